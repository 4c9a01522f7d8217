"""Language checks: shipped catalogs, Babel locales and the errors for unknown codes."""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from functools import cache

from babel import Locale
from babel import UnknownLocaleError

from noticekit.errors import BuildError
from noticekit.models.types import SHIPPED_LANGUAGES

#: The language of the msgids; its catalogs repeat the msgid as msgstr.
SOURCE_LANGUAGE = "en"

#: Tags people write for a shipped language (`no` is the macrolanguage; bokmål is meant most often).
ALIASES = {"no": "nb", "nob": "nb", "nno": "nn", "swe": "sv", "dan": "da", "eng": "en", "deu": "de"}


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
    if lang in SHIPPED_LANGUAGES:
        return lang
    primary = str(lang).split("-")[0]
    if primary != lang and primary in SHIPPED_LANGUAGES:
        return primary
    shipped = ", ".join(SHIPPED_LANGUAGES)
    raise UnknownLanguageError(
        f'no built-in catalog for language "{lang}": expected one of {shipped}'
        + (f'; did you mean "{ALIASES[lang]}"?' if lang in ALIASES else did_you_mean(str(lang), SHIPPED_LANGUAGES))
    )


@cache
def babel_locale(tag: str) -> Locale:
    """Return the Babel locale for a BCP 47 tag (`nb`, `nn`, `en-GB`, `zh-Hant-TW`)."""
    try:
        return Locale.parse(str(tag).replace("_", "-"), sep="-")
    except (UnknownLocaleError, ValueError, TypeError) as error:
        raise UnknownLanguageError(
            f'unknown language "{tag}": Babel has no locale data for it ({error})'
        ) from None
