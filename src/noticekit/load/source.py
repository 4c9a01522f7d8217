"""A loaded YAML document together with the `line:col` of every node, keyed by data path."""

from __future__ import annotations

import hashlib
import os
from functools import cached_property
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

    @cached_property
    def digest(self) -> str:
        """The SHA-256 of the text as UTF-8, made once per document: the render cache's key of a
        notice (`render.keys`) hashes it, and `serve` keeps unchanged documents between builds."""
        return digest(self.text)

    @property
    def display_path(self) -> str:
        """The file path as shown in messages: relative to the working folder where possible,
        control characters escaped."""
        cwd = os.getcwd()
        # kept for the same path and working folder: lint asks once per finding, and resolving costs
        # ~70 µs
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


def digest(text: str) -> str:
    """The SHA-256 of a notice's text as UTF-8: that of the file's bytes (`load.files`)."""
    return hashlib.sha256(text.encode()).hexdigest()


def dotted(path: DataPath, data: Any) -> str:
    """A data path as every message and suppression writes it: `purposes.newsletter.name`.

    `data` is the parsed document or the notice model. A list item is named by its id, or by its
    0-based index where it has none (`rights.0.how_to_exercise`).
    """
    parts: list[str] = []
    node = data
    for part in path:
        if isinstance(part, int):
            node = node[part] if isinstance(node, list) and 0 <= part < len(node) else None
            parts.append(_item_id(node) or str(part))
        else:
            node = _child(node, part)
            parts.append(str(part))
    return ".".join(parts) or "(document)"


def _item_id(item: Any) -> str | None:
    value = item.get("id") if isinstance(item, dict) else getattr(item, "id", None)
    return value if isinstance(value, str) and value else None


def _child(node: Any, key: str) -> Any:
    if isinstance(node, dict):
        return node.get(key)
    return getattr(node, key, None) if hasattr(type(node), "model_fields") else None
