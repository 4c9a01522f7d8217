"""What an import makes: the notice's data, the comments that go with it, and the report.

Every source value the model has no place for is kept as a `## <format> <path>: <value>` comment
beside the part it belongs to; every mapping a person must check gets a `## review:` comment. Both
are listed in the import report with the source path.
"""

from __future__ import annotations

import dataclasses
from typing import Any
from typing import Literal

from noticekit.importers.values import text
from noticekit.load.source import DataPath

Kind = Literal["review", "kept"]


@dataclasses.dataclass(frozen=True)
class Finding:
    """One line of the import report: a source path and what happened to its value."""

    source_path: str
    message: str
    kind: Kind


@dataclasses.dataclass
class ImportRecord:
    """The notice data built so far, its comments by data path, and the report's findings."""

    source: str
    data: dict[str, Any] = dataclasses.field(default_factory=dict)
    comments: dict[DataPath, list[str]] = dataclasses.field(default_factory=dict)
    findings: list[Finding] = dataclasses.field(default_factory=list)

    def keep(self, at: DataPath, source_path: str, value: Any) -> None:
        """Keep a value the model cannot take as a comment at `at`, and report it."""
        shown = _shown(value)
        if shown is None:
            return
        self.comments.setdefault(tuple(at), []).append(f"## {self.source} {source_path}: {shown}")
        self.findings.append(Finding(source_path, _one_line(shown), "kept"))

    def review(self, at: DataPath, source_path: str, message: str) -> None:
        """Mark a mapping a person must check, at `at`, and report it."""
        self.comments.setdefault(tuple(at), []).append(f"## review: {message} ({source_path})")
        self.findings.append(Finding(source_path, message, "review"))

    def of_kind(self, kind: Kind) -> list[Finding]:
        return [finding for finding in self.findings if finding.kind == kind]


def _shown(value: Any) -> str | None:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dict):
        pairs = [(key, _shown(item)) for key, item in value.items()]
        return "; ".join(f"{key}: {shown}" for key, shown in pairs if shown) or None
    if isinstance(value, list):
        return "; ".join(shown for shown in map(_shown, value) if shown) or None
    return text(value)


def _one_line(value: str, limit: int = 90) -> str:
    flat = " ".join(value.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"
