"""A loaded YAML document together with the `line:col` of every node, keyed by data path."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from noticekit.quoting import escape_controls

DataPath = tuple[str | int, ...]
Positions = dict[DataPath, tuple[int, int]]


class SourceDocument:
    """Parsed data of one notice file and where each value (and each mapping key) stands in it.

    `positions[path]` is the 1-based (line, col) of the value at `path`;
    `key_positions[path]` is that of the mapping key naming it, where there is one.
    Given `read_positions` instead of positions, both are read from `text` when first asked for:
    a build needs them only to point at a problem, and reading them is a third of the loading time.
    """

    def __init__(
        self,
        path: Path,
        data: Any,
        positions: Positions | None = None,
        key_positions: Positions | None = None,
        text: str = "",
        *,
        read_positions: Callable[[str], tuple[Positions, Positions]] | None = None,
    ) -> None:
        self.path = path
        self.data = data
        self.text = text
        self._positions = {} if positions is None else positions
        self._key_positions = {} if key_positions is None else key_positions
        self._read_positions = read_positions if positions is None and key_positions is None else None
        self._shown: tuple[Path, str, str] | None = None

    def __repr__(self) -> str:
        return f"SourceDocument({str(self.path)!r})"

    @property
    def positions(self) -> Positions:
        if self._read_positions is not None:
            self._read_now()
        return self._positions

    @property
    def key_positions(self) -> Positions:
        if self._read_positions is not None:
            self._read_now()
        return self._key_positions

    def _read_now(self) -> None:
        self._positions, self._key_positions = self._read_positions(self.text)  # type: ignore[misc]
        self._read_positions = None

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
