"""Babel formatting: dates, language and country names, text direction."""

from __future__ import annotations

from datetime import date

import pytest

from noticekit.i18n.formatting import country_name
from noticekit.i18n.formatting import format_date
from noticekit.i18n.formatting import language_name
from noticekit.i18n.formatting import text_direction
from noticekit.i18n.languages import UnknownCodeError
from noticekit.i18n.languages import UnknownLanguageError

DAY = date(2026, 11, 23)


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("nb", "23. november 2026"),
        ("nn", "23. november 2026"),
        ("sv", "23 november 2026"),
        ("da", "23. november 2026"),
        ("en", "November 23, 2026"),
        ("en-GB", "23 November 2026"),
        ("de", "23. November 2026"),
    ],
)
def test_format_date_uses_the_language_month_name(lang, expected):
    assert format_date(DAY, lang) == expected


def test_format_date_in_nb_is_norwegian():
    assert format_date(date(2026, 5, 17), "nb") == "17. mai 2026"


@pytest.mark.parametrize(
    ("tag", "in_lang", "expected"),
    [
        ("nb", "nb", "norsk bokmål"),
        ("nn", "nn", "norsk nynorsk"),
        ("sv", "sv", "svenska"),
        ("da", "da", "dansk"),
        ("de", "de", "Deutsch"),
        ("en", "nb", "engelsk"),
        ("nb", "en", "Norwegian Bokmål"),
        ("en-GB", "en", "English (United Kingdom)"),
    ],
)
def test_language_name(tag, in_lang, expected):
    assert language_name(tag, in_lang) == expected


def test_country_name_in_the_page_language():
    assert country_name("US", "de") == "Vereinigte Staaten"
    assert country_name("DE", "nb") == "Tyskland"
    assert country_name("se", "da") == "Sverige"


def test_unknown_country_code_suggests_a_close_one():
    with pytest.raises(UnknownCodeError, match='unknown country code "UX".*did you mean'):
        country_name("UX", "en")


def test_text_direction():
    assert text_direction("nb") == "ltr"
    assert text_direction("ar") == "rtl"
    assert text_direction("he") == "rtl"


@pytest.mark.parametrize(
    "call",
    [
        lambda: format_date(DAY, "xx"),
        lambda: language_name("nb", "qq"),
        lambda: text_direction("zz-ZZ"),
        lambda: country_name("NO", "not a tag"),
    ],
)
def test_unknown_language_is_a_clear_error(call):
    with pytest.raises(
        UnknownLanguageError, match=r'^unknown language ".+": Babel has no locale data'
    ):
        call()
