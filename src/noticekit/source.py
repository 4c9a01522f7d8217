"""A loaded YAML document together with the `line:col` of every node, keyed by data path."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

DataPath = tuple[str | int, ...]


@dataclasses.dataclass
class SourceDocument:
    """Parsed data of one notice file and where each value (and each mapping key) stands in it.

    `positions[path]` is the 1-based (line, col) of the value at `path`;
    `key_positions[path]` is that of the mapping key naming it, where there is one.
    """

    path: Path
    data: Any
    positions: dict[DataPath, tuple[int, int]] = dataclasses.field(default_factory=dict)
    key_positions: dict[DataPath, tuple[int, int]] = dataclasses.field(default_factory=dict)
    text: str = ""

    @property
    def display_path(self) -> str:
        """The file path as shown in messages: relative to the working folder where possible."""
        try:
            return str(self.path.resolve().relative_to(Path.cwd().resolve()))
        except ValueError:
            return str(self.path)

    def locate(self, path: DataPath, *, prefer_key: bool = False) -> tuple[int, int]:
        """Return (line, col) of `path`, or of its nearest ancestor that exists in the file."""
        probe = tuple(path)
        while True:
            if prefer_key and probe in self.key_positions:
                return self.key_positions[probe]
            if probe in self.positions:
                return self.positions[probe]
            if not probe:
                return (1, 1)
            probe = probe[:-1]
