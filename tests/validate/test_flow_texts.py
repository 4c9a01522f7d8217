"""A comma inside a text written in braces is one piece of advice at its line, not many errors."""

from __future__ import annotations

import pytest

from noticekit.load import load_source
from noticekit.validate import validate_document

FLOW = "    name: {nb: Kunder, en: Customers}"


def problems(write_notice, minimal_text: str, line: str) -> list[tuple[int, int, str]]:
    assert FLOW in minimal_text
    doc, loaded = load_source(write_notice(minimal_text.replace(FLOW, line)))
    assert loaded == []
    _, found = validate_document(doc)
    return [(problem.line, problem.col, problem.message) for problem in found]


@pytest.mark.parametrize(
    ("line", "language"),
    [
        ("    name: {nb: Kunder, adresse og telefon, en: Customers}", "nb"),
        ("    name: {nb: Kunder, en: Customers, privately, and businesses}", "en"),
        ("    name: {nb: Kunder, tlf, en: Customers}", "nb"),
    ],
)
def test_the_text_that_holds_the_comma_is_named_once_at_its_line(
    write_notice, minimal_text, line, language
):
    assert problems(write_notice, minimal_text, line) == [
        (16, 11, f"the text for {language} contains a comma; quote it or use block style")
    ]


def test_a_split_before_any_language_names_no_language(write_notice, minimal_text):
    found = problems(write_notice, minimal_text, "    name: {Kunder, og mer, en: Customers}")
    assert found == [(16, 11, "a text contains a comma; quote it or use block style")]


def test_a_bad_key_in_block_style_keeps_its_own_message(write_notice, minimal_text):
    block = "    name:\n      nb: Kunder\n      adresse: Customers"
    found = problems(write_notice, minimal_text, block)
    assert found and all("comma" not in message for _, _, message in found)
    assert any('"adresse" is not a language tag' in message for _, _, message in found)
