"""Pretty JSON for the JSON-LD documents, twice as fast as `json.dumps` with `indent` and
byte-identical.

`json.dumps(value, sort_keys=True, ensure_ascii=False, indent=2)` falls back to the pure-Python
encoder when `indent` is set; this writer keeps that exact layout but joins the pieces in one pass
and escapes strings with the C `encode_basestring`. A subtree written before (the inlined
`@context`) can be given as `Written` text and is reused as it is. A test checks the two agree.
"""

from __future__ import annotations

import json
from json.encoder import encode_basestring
from typing import Any

INDENT = "  "

#: indentation -> key -> `,<newline><indentation>"key": `; keys are a small vocabulary written
#: hundreds of times per document, so each is escaped once per depth
_NAMES: dict[str, dict[str, str]] = {}


class Written(str):
    """A subtree already written by `dumps` at the top level; `dumps` indents it where it stands."""


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
    elif kind is Written:
        # strings hold no raw newline, so every newline is the layout's
        pieces.append(value.replace("\n", newline))
    elif kind is list or kind is tuple:
        _write_array(value, newline, pieces)
    else:
        pieces.append(json.dumps(value, ensure_ascii=False))


def _write_object(value: dict[str, Any], newline: str, pieces: list[str]) -> None:
    if not value:
        pieces.append("{}")
        return
    inner = newline + INDENT
    names = _NAMES.get(inner)
    if names is None:
        names = _NAMES[inner] = {}
    first = len(pieces)
    for key in sorted(value):
        name = names.get(key)
        if name is None:
            name = names[key] = "," + inner + encode_basestring(key) + ": "
        pieces.append(name)
        item = value[key]
        if type(item) is str:  # most values: written without a call
            pieces.append(encode_basestring(item))
        else:
            _write(item, inner, pieces)
    pieces[first] = "{" + pieces[first][1:]
    pieces.append(newline + "}")


def _write_array(value: list[Any] | tuple[Any, ...], newline: str, pieces: list[str]) -> None:
    if not value:
        pieces.append("[]")
        return
    inner = newline + INDENT
    separator = "[" + inner
    for item in value:
        pieces.append(separator)
        if type(item) is str:
            pieces.append(encode_basestring(item))
        else:
            _write(item, inner, pieces)
        separator = "," + inner
    pieces.append(newline + "]")
