"""Reading values from messy documents: texts, flags, country codes, durations and ids.

Each reader returns the value the model takes, or None where the source gives nothing usable;
none of them guesses. What a reader cannot read stays for the importer to keep as a comment.
"""

from __future__ import annotations

import functools
import html
import re
import unicodedata
from typing import Any

from noticekit.models.types import EEA_COUNTRIES

#: Two-letter codes of regions and groups in the locale data, not countries.
NOT_COUNTRIES = frozenset({"EU", "EZ", "UN", "QO", "XA", "XB", "ZZ"})
#: Spellings of countries that are not their name in the locale data.
COUNTRY_ALIASES = {
    "usa": "US", "u.s.": "US", "u.s.a.": "US", "uk": "GB", "england": "GB",
    "great britain": "GB", "grossbritannien": "GB", "großbritannien": "GB", "vae": "AE",
    "schweiz": "CH", "luxemburg": "LU", "holland": "NL",
}  # fmt: skip
ISO_DURATION = re.compile(r"P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?")
#: A duration whose hours, minutes or seconds lack the `T` (`P48H`): unambiguous, since
#: only the time part has hours and seconds.
TIME_WITHOUT_T = re.compile(r"P(\d+H)(\d+M)?(\d+S)?|P(\d+S)")
EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
URL = re.compile(r"https?://\S+")
PHONE = re.compile(r"[+0-9][0-9 ()\-–/.]{3,30}")
TRANSLITERATION = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "æ": "ae", "ø": "o"})


def text(value: Any) -> str | None:
    """A text as written: HTML entities decoded, control characters and tabs made spaces,
    outer whitespace trimmed; None for null, `[]`, an empty text or anything not a text."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str):
        return None
    value = html.unescape(value).replace("\r\n", "\n").replace("\t", " ")
    value = "".join(char if char == "\n" or char.isprintable() else " " for char in value)
    value = "\n".join(line.rstrip() for line in value.strip().splitlines())
    return value or None


def flag(value: Any) -> bool | None:
    """`true` or `false`; anything else (null, `[]`, "yes") is unknown."""
    return value if isinstance(value, bool) else None


def mapping(value: Any) -> dict[str, Any]:
    """`value` if it is a mapping, else an empty one."""
    return value if isinstance(value, dict) else {}


def items(value: Any) -> list[dict[str, Any]]:
    """The mappings of a list (a single mapping counts as a list of one); nothing else."""
    if isinstance(value, dict):
        return [value]
    return [item for item in value if isinstance(item, dict)] if isinstance(value, list) else []


def strays(value: Any) -> list[Any]:
    """What `items` leaves out: the entries of a list (or the value) that are not mappings."""
    values = value if isinstance(value, list) else [value]
    return [
        item for item in values if not isinstance(item, (dict, list)) and text(item) is not None
    ]


def strings(value: Any) -> list[str]:
    """The texts of a list, or of a single text."""
    values = value if isinstance(value, list) else [value]
    return [found for found in map(text, values) if found]


@functools.cache
def _country_names() -> dict[str, str]:
    from babel import Locale

    names: dict[str, str] = {}
    for language in ("en", "de", "nb", "sv", "da", "fr"):
        for code, name in Locale(language).territories.items():
            if len(code) == 2 and code.isalpha() and code not in NOT_COUNTRIES:
                names[name.casefold()] = code
    return names


def country(value: Any) -> tuple[str | None, str]:
    """An ISO 3166-1 code and how it was read: `code`, `name`, `address` or `` (not a country)."""
    written = text(value)
    if written is None:
        return None, ""
    names = _country_names()
    if re.fullmatch(r"[A-Za-z]{2}", written) and written.upper() in names.values():
        return written.upper(), "code" if written.isupper() else "name"
    candidate = written.casefold().strip(" .")
    code = COUNTRY_ALIASES.get(candidate) or names.get(candidate)
    if code is not None:
        return code, "name"
    last = written.splitlines()[-1].casefold().strip(" .")
    code = COUNTRY_ALIASES.get(last) or names.get(last)
    return (code, "address") if code is not None and "\n" in written else (None, "")


def in_eea(code: str | None) -> bool:
    return code in EEA_COUNTRIES


def duration(value: Any) -> tuple[str | None, bool]:
    """An ISO 8601 duration the model takes, and whether it was corrected (`P48H` -> `PT48H`)."""
    written = text(value)
    if written is None:
        return None, False
    written = written.upper().replace(" ", "")
    if ISO_DURATION.fullmatch(written):
        return written, False
    if TIME_WITHOUT_T.fullmatch(written):
        return "PT" + written[1:], True
    return None, False


def email(value: Any) -> str | None:
    written = text(value)
    return written if written and EMAIL.fullmatch(written) else None


def url(value: Any) -> str | None:
    written = text(value)
    return written if written and URL.fullmatch(written) else None


def phone(value: Any) -> str | None:
    written = text(value)
    return written if written and PHONE.fullmatch(written) else None


def slug(name: str, fallback: str) -> str:
    """An id from a name: `Bestellung durchführen` -> `bestellung-durchfuehren`, at most 40 long."""
    folded = unicodedata.normalize("NFKD", name.casefold().translate(TRANSLITERATION))
    ascii_only = folded.encode("ascii", "ignore").decode("ascii")
    words = re.findall(r"[a-z0-9]+", ascii_only)
    kept: list[str] = []
    for word in words:
        if len("-".join([*kept, word])) > 40:
            break
        kept.append(word)
    candidate = "-".join(kept)
    return candidate if re.match(r"[a-z]", candidate) else f"{fallback}-{candidate}".rstrip("-")


class Ids:
    """Unique ids within one list of the notice: a second `newsletter` becomes `newsletter-2`."""

    def __init__(self) -> None:
        self.used: set[str] = set()

    def new(self, name: str, fallback: str) -> str:
        base = slug(name, fallback)[:40]
        candidate, number = base, 2
        while candidate in self.used:
            candidate, number = f"{base}-{number}", number + 1
        self.used.add(candidate)
        return candidate
