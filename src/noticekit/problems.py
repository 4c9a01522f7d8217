"""One record for every problem noticekit reports: load errors, schema errors and lint findings."""

from __future__ import annotations

import dataclasses
from typing import Literal

Level = Literal["error", "warning"]


@dataclasses.dataclass(frozen=True, order=True)
class Problem:
    """A problem at `file:line:col` (1-based). Sorts by file, line, column."""

    file: str
    line: int
    col: int
    message: str
    level: Level = "error"
    code: str | None = None
    path: tuple[str | int, ...] = ()

    def __str__(self) -> str:
        suffix = f" ({self.code})" if self.code else ""
        return f"{self.file}:{self.line}:{self.col}: [{self.level}] {self.message}{suffix}"
