"""Pretty JSON for the JSON-LD documents, twice as fast as `json.dumps` with `indent` and byte-identical.

`json.dumps(value, sort_keys=True, ensure_ascii=False, indent=2)` falls back to the pure-Python encoder
when `indent` is set; this writer keeps that exact layout but joins the pieces in one pass and escapes
strings with the C `encode_basestring`. A test checks the two agree.
"""

from __future__ import annotations

import json
from json.encoder import encode_basestring
from typing import Any

INDENT = "  "


def dumps(value: Any) -> str:
    """`value` as `json.dumps(value, sort_keys=True, ensure_ascii=False, indent=2)` writes it."""
    pieces: list[str] = []
    _write(value, "\n", pieces)
    return "".join(pieces)


def _write(value: Any, newline: str, pieces: list[str]) -> None:
    kind = type(value)
    if kind is str:
        pieces.append(encode_basestring(value))
    elif kind is dict:
        _write_object(value, newline, pieces)
    elif kind is list or kind is tuple:
        _write_array(value, newline, pieces)
    else:
        pieces.append(json.dumps(value, ensure_ascii=False))


def _write_object(value: dict[str, Any], newline: str, pieces: list[str]) -> None:
    if not value:
        pieces.append("{}")
        return
    inner = newline + INDENT
    separator = "{" + inner
    for key in sorted(value):
        pieces.append(separator + encode_basestring(key) + ": ")
        _write(value[key], inner, pieces)
        separator = "," + inner
    pieces.append(newline + "}")


def _write_array(value: list[Any] | tuple[Any, ...], newline: str, pieces: list[str]) -> None:
    if not value:
        pieces.append("[]")
        return
    inner = newline + INDENT
    separator = "[" + inner
    for item in value:
        pieces.append(separator)
        _write(item, inner, pieces)
        separator = "," + inner
    pieces.append(newline + "]")
