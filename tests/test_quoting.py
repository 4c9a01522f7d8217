"""Values in messages: control characters escaped, at most a short excerpt."""

from __future__ import annotations

import pytest

from noticekit.quoting import EXCERPT_LENGTH
from noticekit.quoting import escape_controls
from noticekit.quoting import excerpt
from noticekit.quoting import quote


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        ("\x1b[2J\x1b[H", "\\x1b[2J\\x1b[H"),  # clear the screen, cursor home
        ("a\rb", "a\\rb"),
        ("a\nb", "a\\nb"),
        ("a\tb", "a\\tb"),
        ("bell\x07", "bell\\x07"),
        ("\x00\x7f", "\\x00\\x7f"),
        ("\x85\x9b31m", "\\x85\\x9b31m"),  # C1: next line, control sequence introducer
        ("\u202eevil\u202c", "\\u202eevil\\u202c"),  # right-to-left override, pop
        ("\u2066\u2067\u2068\u2069", "\\u2066\\u2067\\u2068\\u2069"),  # bidi isolates
        ("\u202a\u202b\u202d", "\\u202a\\u202b\\u202d"),  # bidi embeddings and overrides
        ("line\u2028sep", "line\\u2028sep"),
        ("\u200f\u061c", "\\u200f\\u061c"),
    ],
)
def test_control_characters_are_escaped(raw, shown):
    assert escape_controls(raw) == shown


def test_ordinary_text_is_unchanged():
    text = "Personvernerklæring – Ärendehantering, «sitat» ✔ 1 notice valid, 100 % & <b>"
    assert escape_controls(text) == text


def test_a_long_value_is_cut_to_an_excerpt_with_an_ellipsis():
    secret = "s" * 100_000
    assert quote(secret) == f'"{"s" * EXCERPT_LENGTH}…"'
    assert quote("s" * EXCERPT_LENGTH) == f'"{"s" * EXCERPT_LENGTH}"'


def test_an_excerpt_counts_escapes_and_never_cuts_one_in_half():
    shown = excerpt("\x1b" * 100)
    assert shown == "\\x1b" * (EXCERPT_LENGTH // 4) + "…"
    assert len(excerpt("ab\x1b" * 100)) <= EXCERPT_LENGTH + 1
    assert excerpt("abc\x1bdef", limit=5) == "abc…"


def test_quote_takes_any_value():
    assert quote(42) == '"42"'
    assert quote("a\x1bb") == '"a\\x1bb"'
