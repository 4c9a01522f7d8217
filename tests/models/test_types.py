"""Tests for the shared constrained types: texts per language, flags, ids, codes, durations, DPV
terms."""

from __future__ import annotations

import pytest
from pydantic import TypeAdapter
from pydantic import ValidationError

from noticekit.models import Purpose
from noticekit.models.types import CountryCode
from noticekit.models.types import DpvTerm
from noticekit.models.types import Email
from noticekit.models.types import Flag
from noticekit.models.types import Identifier
from noticekit.models.types import IsoDuration
from noticekit.models.types import LangTag
from noticekit.models.types import LocalizedText
from noticekit.models.types import Phone
from noticekit.models.types import Url
from noticekit.models.types import empty_list


def accepts(annotation, value) -> bool:
    try:
        TypeAdapter(annotation).validate_python(value)
    except ValidationError:
        return False
    return True


def test_localized_text_holds_one_text_per_language():
    assert TypeAdapter(LocalizedText).validate_python({"nb": "Hei", "en": "Hello"}) == {
        "nb": "Hei",
        "en": "Hello",
    }
    assert accepts(LocalizedText, {"en-GB": "Colour"})


@pytest.mark.parametrize(
    "value", [{}, {"nb": ""}, {"nb": "   "}, {"NB": "Hei"}, {"norsk": "Hei"}, "Hei", ["Hei"]]
)
def test_localized_text_rejects_empty_texts_bad_tags_and_plain_strings(value):
    assert not accepts(LocalizedText, value)


@pytest.mark.parametrize(
    ("value", "ok"),
    [
        (True, True),
        (False, True),
        ("yes", False),
        ("true", False),
        (1, False),
        ("on", False),
        (0, False),
    ],
)
def test_flags_accept_only_true_and_false(value, ok):
    assert accepts(Flag, value) is ok


@pytest.mark.parametrize(
    ("value", "ok"),
    [
        ("it-providers", True),
        ("a1", True),
        ("It", False),
        ("a_b", False),
        ("a--b", False),
        ("-a", False),
        ("a-", False),
        ("1a", False),
        ("a" * 64, True),
        ("a" * 65, False),
    ],
)
def test_identifiers_are_kebab_case(value, ok):
    assert accepts(Identifier, value) is ok


@pytest.mark.parametrize(
    ("value", "ok"),
    [
        ("P5Y", True),
        ("P6M", True),
        ("P30D", True),
        ("PT12H", True),
        ("P1Y6M", True),
        ("P2W", True),
        ("P", False),
        ("PT", False),
        ("P1YT", False),
        ("5 years", False),
        ("p5y", False),
        ("P1.5Y", False),
    ],
)
def test_durations_are_iso_8601(value, ok):
    assert accepts(IsoDuration, value) is ok


@pytest.mark.parametrize(
    ("annotation", "good", "bad"),
    [
        (CountryCode, ["NO", "SE", "US"], ["no", "NOR", "N"]),
        (LangTag, ["nb", "en", "en-GB", "sv"], ["NB", "e", "english"]),
        (Email, ["personvern@example.com"], ["personvern", "a@b", "a b@c.no"]),
        (
            Url,
            ["https://www.example.com/a", "http://example.com"],
            ["www.example.com", "ftp://x", "https://a b"],
        ),
        (Phone, ["+47 4000 1451", "22 00 00 00", "+46 (0)8-123 45"], ["call us", "12"]),
        (
            DpvTerm,
            ["dpv:Marketing", "pd:EmailAddress", "eu-gdpr:A6-1-a"],
            ["Marketing", "dpv:", "foo:Bar"],
        ),
    ],
)
def test_text_formats(annotation, good, bad):
    assert all(accepts(annotation, value) for value in good)
    assert not any(accepts(annotation, value) for value in bad)


def test_list_fields_default_to_a_new_empty_list_each():
    first = Purpose(id="a", name={"en": "A"})
    second = Purpose(id="b", name={"en": "B"})
    assert first.dpv == [] and first.legal_bases == []
    first.dpv.append("dpv:Marketing")
    assert second.dpv == [] and empty_list() == [] and empty_list() is not empty_list()


@pytest.mark.parametrize(
    ("annotation", "value"),
    [
        (Identifier, "evil"),
        (LangTag, "nb"),
        (CountryCode, "NO"),
        (Email, "post@example.no"),
        (Url, "https://example.no"),
        (Phone, "+47 4000 1451"),
        (IsoDuration, "P6M"),
        (DpvTerm, "dpv:Marketing"),
    ],
)
def test_patterns_match_the_whole_value_not_up_to_a_trailing_newline(annotation, value):
    """`$` in Python's `re` also matches before a final newline; the patterns must not accept
    one."""
    assert accepts(annotation, value)
    for extra in ("\n", "\r\n", "\nx"):
        assert not accepts(annotation, value + extra)
        assert not accepts(annotation, extra + value)


def test_a_block_text_loses_only_the_line_break_that_yaml_adds():
    texts = TypeAdapter(LocalizedText).validate_python({"nb": "Første linje.\nAndre.\n", "en": "x"})
    assert texts == {"nb": "Første linje.\nAndre.", "en": "x"}
