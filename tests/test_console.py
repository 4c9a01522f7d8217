"""Output on a console that cannot encode every character: plain symbols, escapes, no crash."""

from __future__ import annotations

import io
import json

from noticekit.console import ESCAPE
from noticekit.console import PLAIN
from noticekit.console import printable
from noticekit.console import use_plain_fallback


def console(encoding: str) -> io.TextIOWrapper:
    return io.TextIOWrapper(io.BytesIO(), encoding=encoding)


def test_symbols_become_plain_characters_and_letters_escapes() -> None:
    line = "✔ 3 notices valid – “Personvernerklæring” …"
    assert printable(line, console("ascii")) == (
        'ok 3 notices valid - "Personvernerkl\\u00e6ring" ...'
    )
    assert printable(line, console("latin-1")) == 'ok 3 notices valid - "Personvernerklæring" ...'
    assert printable(line, console("utf-8")) == line


def test_characters_beyond_the_basic_plane_are_escaped_as_json_reads_them() -> None:
    escaped = "😀".encode("ascii", errors=ESCAPE).decode("ascii")
    assert escaped == "\\ud83d\\ude00"
    assert json.loads(f'"{escaped}"') == "😀"


def test_the_escape_handler_keeps_symbols_for_machine_output() -> None:
    assert "✔ –".encode("ascii", errors=ESCAPE) == b"\\u2714 \\u2013"
    assert "✔ –".encode("ascii", errors=PLAIN) == b"ok -"


def test_only_a_stream_that_cannot_encode_the_symbols_is_changed() -> None:
    narrow, wide = console("cp437"), console("utf-8")
    use_plain_fallback(narrow, wide)
    assert narrow.errors == PLAIN
    assert wide.errors == "strict"
    narrow.write("✖ ø\n")
    narrow.flush()
    assert narrow.buffer.getvalue() == b"x \\u00f8\n"
