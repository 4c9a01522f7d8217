"""Values as messages show them: control characters escaped, and at most a short excerpt.

A notice is untrusted input. A value quoted into a message must not be able to move the
cursor, clear a terminal, reorder the text around it (bidi overrides) or start a new line
of CI output, and it must not print a whole file: messages show an escaped excerpt.
"""

from __future__ import annotations

from typing import Any

#: How many characters of a value a message shows at most (an ellipsis marks the cut).
EXCERPT_LENGTH = 60

_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}
#: C0 controls and DEL, C1 controls, and the format characters that change the order or the
#: lines of displayed text: the Arabic letter mark, LRM/RLM, line and paragraph separators,
#: bidi embeddings and overrides (U+202A-U+202E) and bidi isolates (U+2066-U+2069).
_CONTROL_CODES = [
    *range(0x00, 0x20), *range(0x7F, 0xA0), 0x061C, 0x200E, 0x200F, 0x2028, 0x2029,
    *range(0x202A, 0x202F), *range(0x2066, 0x206A),
]  # fmt: skip
ESCAPES = {
    code: _NAMED.get(chr(code)) or (f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}")
    for code in _CONTROL_CODES
}


def escape_controls(text: str) -> str:
    """`text` with every control character as an escape: ESC as `\\x1b`, a newline as `\\n`."""
    return text.translate(ESCAPES)


def excerpt(text: str, limit: int = EXCERPT_LENGTH) -> str:
    """At most `limit` characters of `text`, controls escaped, cut before an escape, `…` if cut."""
    pieces: list[str] = []
    size = 0
    for char in text[: limit + 1]:
        piece = ESCAPES.get(ord(char), char)
        size += len(piece)
        if size > limit:
            return "".join(pieces) + "…"
        pieces.append(piece)
    return "".join(pieces)


def quote(value: Any, limit: int = EXCERPT_LENGTH) -> str:
    """A value in double quotes for a message: `"newsletter"`, `"a\\x1b[2J…"`."""
    return f'"{excerpt(str(value), limit)}"'
