"""Write to a console that may not encode every character (a code page, `PYTHONIOENCODING=ascii`).

On such a console, the symbols noticekit prints fall back to plain characters ("✔" → "ok",
"–" → "-") and any other character it cannot show is written as a `\\uXXXX` escape: readable,
and never a crash. Machine output (JSON, SARIF) gets the escapes only, so that it stays valid
JSON with the same data.
"""

from __future__ import annotations

import codecs
import os
import sys
from typing import TextIO

#: Codec error handlers (see `codecs.register_error`): plain symbols, then escapes; escapes only.
PLAIN = "noticekit-plain"
ESCAPE = "noticekit-escape"

#: Plain spellings of the symbols and punctuation in noticekit's own messages and rule texts.
PLAIN_SYMBOLS = {
    "✔": "ok",
    "✖": "x",
    "⚠": "!",
    "–": "-",
    "—": "--",
    "…": "...",
    "“": '"',
    "”": '"',
    "„": '"',
    "‘": "'",
    "’": "'",
    "→": "->",
    "•": "*",
    "≤": "<=",
    "≥": ">=",
    "×": "x",
    "\u00a0": " ",
}


def _plain(error: UnicodeError) -> tuple[str, int]:
    if not isinstance(error, UnicodeEncodeError):
        raise error
    text = error.object[error.start : error.end]
    return "".join(PLAIN_SYMBOLS.get(char) or _escaped(char) for char in text), error.end


def _escape(error: UnicodeError) -> tuple[str, int]:
    if not isinstance(error, UnicodeEncodeError):
        raise error
    return "".join(map(_escaped, error.object[error.start : error.end])), error.end


def _escaped(char: str) -> str:
    """`\\uXXXX`, as a surrogate pair above U+FFFF: the escape JSON and most languages read."""
    code = ord(char)
    if code <= 0xFFFF:
        return f"\\u{code:04x}"
    code -= 0x10000
    return f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}"


codecs.register_error(PLAIN, _plain)
codecs.register_error(ESCAPE, _escape)


def escaped(text: str) -> str:
    """`text` with control characters (newline, escape, bell) as escapes (`\\n`, `\\x1b`)."""
    return "".join(
        char if char.isprintable() else char.encode("unicode_escape").decode("ascii")
        for char in text
    )


def can_encode(text: str, out: TextIO) -> bool:
    """Whether `out`'s encoding can write `text` as it is."""
    try:
        text.encode(getattr(out, "encoding", None) or "utf-8")
    except (UnicodeEncodeError, LookupError):
        return False
    return True


def use_plain_fallback(*streams: TextIO, handler: str = PLAIN) -> None:
    """Make each stream that cannot encode "✔" fall back to plain characters instead of failing.

    `handler=ESCAPE` for machine output: every character it cannot encode becomes `\\uXXXX`.
    """
    for stream in streams:
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None and not can_encode("✔", stream):
            reconfigure(errors=handler)


def printable(line: str, out: TextIO) -> str:
    """`line` as `out` can encode it: symbols in plain characters, other characters escaped."""
    if can_encode(line, out):
        return line
    encoding = getattr(out, "encoding", None) or "utf-8"
    try:
        return line.encode(encoding, errors=PLAIN).decode(encoding)
    except LookupError:
        return line


def say(line: str, out: TextIO | None = None) -> None:
    """Write one line to `out` (standard output by default)."""
    stream = out or sys.stdout
    stream.write(printable(line, stream) + "\n")


#: ANSI styles of terminal output, by what they mark.
STYLES = {"error": "1;31", "warning": "33", "file": "1", "note": "2", "ok": "32"}


def use_colour(out: TextIO) -> bool:
    """Colour for a terminal only, and never when `NO_COLOR` is set (https://no-color.org)."""
    if os.environ.get("NO_COLOR") or os.environ.get("TERM") == "dumb":
        return False
    isatty = getattr(out, "isatty", None)
    return bool(isatty and isatty())


def paint(text: str, style: str, colour: bool) -> str:
    """`text` in the ANSI style named `style` when `colour` is on; as it is otherwise."""
    return f"\x1b[{STYLES[style]}m{text}\x1b[0m" if colour and text else text
