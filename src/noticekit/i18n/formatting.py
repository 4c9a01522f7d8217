"""Locale-aware formatting with Babel: dates, language and country names, text direction.

These accept any language Babel knows (a notice may publish in a language noticekit
has no catalog for); an unknown tag raises `UnknownLanguageError`.
"""

from __future__ import annotations

from datetime import date
from functools import lru_cache

from babel.dates import format_date as babel_format_date

from noticekit.i18n.languages import UnknownCodeError
from noticekit.i18n.languages import babel_locale
from noticekit.i18n.languages import did_you_mean


@lru_cache(maxsize=4096)
def format_date(value: date, lang: str, format: str = "long") -> str:
    """Format a date for a page, e.g. `23. november 2026` in nb, `23 November 2026` in en."""
    return babel_format_date(value, format=format, locale=babel_locale(lang))


@lru_cache(maxsize=4096)
def language_name(tag: str, in_lang: str) -> str:
    """Name of language `tag` written in `in_lang`, e.g. `("nb", "nb")` -> `norsk bokmål`."""
    name = babel_locale(tag).get_display_name(babel_locale(in_lang))
    if not name:
        raise UnknownCodeError(f'no name for language "{tag}" in "{in_lang}"')
    return name


@lru_cache(maxsize=4096)
def country_name(code: str, lang: str) -> str:
    """Name of an ISO 3166-1 alpha-2 country in `lang`, e.g. `("US", "de")` -> `Vereinigte
    Staaten`."""
    territories = babel_locale(lang).territories
    key = str(code).upper()
    if len(key) != 2 or key not in territories:
        raise UnknownCodeError(
            f'unknown country code "{code}": expected an ISO 3166-1 alpha-2 code like "NO"'
            + did_you_mean(
                key,
                [
                    name
                    for name in territories
                    if isinstance(name, str) and len(name) == 2 and name.isalpha()
                ],
            )
        )
    return territories[key]


@lru_cache(maxsize=256)
def text_direction(lang: str) -> str:
    """`"rtl"` for right-to-left scripts (Arabic, Hebrew, ...), else `"ltr"`."""
    return "rtl" if babel_locale(lang).character_order == "right-to-left" else "ltr"
