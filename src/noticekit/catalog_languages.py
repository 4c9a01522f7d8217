"""The languages noticekit ships texts for, and the tags people write for them by mistake.

Light on purpose: `validate` and `lint` check a notice's languages with this, without Babel.
"""

from __future__ import annotations

import difflib

from noticekit.models.types import SHIPPED_LANGUAGES

#: Tags people write for a shipped language: `no` is the macrolanguage (bokmål is meant most
#: often), three-letter codes, and the country codes `se`, `dk` and `ge` (as languages: Northern
#: Sami, none and none).
ALIASES = {
    "no": "nb",
    "nob": "nb",
    "nor": "nb",
    "nno": "nn",
    "se": "sv",
    "swe": "sv",
    "dk": "da",
    "dan": "da",
    "eng": "en",
    "ge": "de",
    "ger": "de",
    "deu": "de",
}


def catalog_language(tag: str) -> str | None:
    """The shipped language whose texts `tag` uses (`nb` for `nb` and for `nb-NO`), or None."""
    if tag in SHIPPED_LANGUAGES:
        return tag
    primary = str(tag).split("-")[0]
    return primary if primary in SHIPPED_LANGUAGES else None


def not_shipped_message(tag: str) -> str:
    """Why `tag` cannot be built, with the closest shipped language."""
    primary = str(tag).split("-")[0]
    alias = ALIASES.get(str(tag).lower()) or ALIASES.get(primary.lower())
    close = difflib.get_close_matches(str(tag), SHIPPED_LANGUAGES, n=1, cutoff=0.5)
    suggestion = alias or (close[0] if close else None)
    hint = f'; did you mean "{suggestion}"?' if suggestion else ""
    return (
        f'no built-in catalog for language "{tag}": '
        f"expected one of {', '.join(SHIPPED_LANGUAGES)}{hint}"
    )
