"""Language checks: shipped catalogs, Babel locales and the errors for unknown codes."""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from functools import cache

from babel import Locale
from babel import UnknownLocaleError

from noticekit.catalog_languages import catalog_language
from noticekit.catalog_languages import not_shipped_message
from noticekit.errors import BuildError
from noticekit.models.types import SHIPPED_LANGUAGES  # noqa: F401 (imported from here too)

#: The language of the msgids; its catalogs repeat the msgid as msgstr.
SOURCE_LANGUAGE = "en"


class UnknownLanguageError(BuildError, LookupError):
    """A language noticekit has no catalog for, or Babel has no locale data for."""


class UnknownCodeError(BuildError, LookupError):
    """A code (right, legal basis, mechanism, label value, country) with no standard text."""


def did_you_mean(value: str, choices: Iterable[str]) -> str:
    """Return `; did you mean "x"?` for the closest choice, or an empty string."""
    close = difflib.get_close_matches(value, list(choices), n=1, cutoff=0.5)
    return f'; did you mean "{close[0]}"?' if close else ""


def require_shipped(lang: str) -> str:
    """Return the shipped catalog language for `lang` (`nb`, or `nb` for `nb-NO`, as gettext
    does for a region), else raise UnknownLanguageError."""
    shipped = catalog_language(lang)
    if shipped is None:
        raise UnknownLanguageError(not_shipped_message(lang))
    return shipped


@cache
def babel_locale(tag: str) -> Locale:
    """Return the Babel locale for a BCP 47 tag (`nb`, `nn`, `en-GB`, `zh-Hant-TW`)."""
    try:
        return Locale.parse(str(tag).replace("_", "-"), sep="-")
    except (UnknownLocaleError, ValueError, TypeError) as error:
        raise UnknownLanguageError(
            f'unknown language "{tag}": Babel has no locale data for it ({error})'
        ) from None
