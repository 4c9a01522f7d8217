"""A loaded YAML document together with the `line:col` of every node, keyed by data path."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from noticekit.quoting import escape_controls

DataPath = tuple[str | int, ...]
Positions = dict[DataPath, tuple[int, int]]


class SourceDocument:
    """Parsed data of one notice file and where each value (and each mapping key) stands in it.

    `positions[path]` is the 1-based (line, col) of the value at `path`;
    `key_positions[path]` is that of the mapping key naming it, where there is one.
    """

    def __init__(
        self,
        path: Path,
        data: Any,
        positions: Positions | None = None,
        key_positions: Positions | None = None,
        text: str = "",
    ) -> None:
        self.path = path
        self.data = data
        self.text = text
        self.positions: Positions = {} if positions is None else positions
        self.key_positions: Positions = {} if key_positions is None else key_positions
        self._shown: tuple[Path, str, str] | None = None

    def __repr__(self) -> str:
        return f"SourceDocument({str(self.path)!r})"

    @property
    def display_path(self) -> str:
        """The file path as shown in messages: relative to the working folder where possible,
        control characters escaped."""
        cwd = os.getcwd()
        # kept for the same path and working folder: lint asks once per finding, and resolving costs ~70 µs
        if self._shown is None or self._shown[0] is not self.path or self._shown[1] != cwd:
            self._shown = (self.path, cwd, self._relative_path())
        return self._shown[2]

    def _relative_path(self) -> str:
        try:
            # realpath, not Path.resolve: it does not raise on a symbolic link loop
            real = Path(os.path.realpath(self.path))
            shown = str(real.relative_to(os.path.realpath(os.getcwd())))
        except ValueError:
            shown = str(self.path)
        return escape_controls(shown)  # a folder name can hold an escape sequence

    def locate(self, path: DataPath, *, prefer_key: bool = False) -> tuple[int, int]:
        """Return (line, col) of `path`, or of its nearest ancestor that exists in the file."""
        positions, key_positions = self.positions, self.key_positions
        probe = tuple(path)
        while True:
            if prefer_key and probe in key_positions:
                return key_positions[probe]
            if probe in positions:
                return positions[probe]
            if not probe:
                return (1, 1)
            probe = probe[:-1]
