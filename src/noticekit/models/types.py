"""Reusable constrained types shared by the notice model."""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated
from typing import Any

from pydantic import AfterValidator
from pydantic import BaseModel
from pydantic import BeforeValidator
from pydantic import ConfigDict
from pydantic import Field
from pydantic import Strict
from pydantic import StringConstraints

from noticekit.quoting import quote

#: Languages noticekit ships catalogs for. A notice is published only in these (or a regional
#: variant, `nb-NO`): its headings, labels and standard legal texts come from the catalogs.
SHIPPED_LANGUAGES: tuple[str, ...] = ("nb", "nn", "sv", "da", "en", "de")

#: EEA = the 27 EU member states plus Norway, Iceland and Liechtenstein.
EU_COUNTRIES = frozenset(
    [
        "AT",
        "BE",
        "BG",
        "HR",
        "CY",
        "CZ",
        "DK",
        "EE",
        "FI",
        "FR",
        "DE",
        "GR",
        "IE",
        "IT",
        "LV",
        "LT",
        "LU",
        "MT",
        "NL",
        "PL",
        "PT",
        "RO",
        "SK",
        "SI",
        "ES",
        "SE",
        "HU",
    ]
)
EEA_COUNTRIES = EU_COUNTRIES | {"NO", "IS", "LI"}


class StrictModel(BaseModel):
    """Base for every notice part: unknown keys are errors, text is never coerced."""

    model_config = ConfigDict(
        extra="forbid",
        str_strip_whitespace=False,
        coerce_numbers_to_str=True,
        use_attribute_docstrings=False,
        frozen=False,
    )


def empty_list() -> list[Any]:
    """A new list: the default of list fields (Pydantic reads the builtin `list`'s signature
    slowly)."""
    return []


#: A yes/no field: only `true` or `false`; never the strings "yes", "no", "on", "1" that lax mode
#: would accept.
Flag = Annotated[bool, Strict()]


def _date_as_written(value: Any) -> Any:
    if isinstance(value, dt.date) or (
        isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value)
    ):
        return value
    shown = (
        quote(value)
        if isinstance(value, (str, int)) and not isinstance(value, bool)
        else "this value"
    )
    raise ValueError(f"{shown} is not a date; write it as YYYY-MM-DD, e.g. 2025-06-01")


#: A calendar date written `YYYY-MM-DD`; never a number (which lax mode would read as seconds since
#: 1970).
IsoDate = Annotated[dt.date, BeforeValidator(_date_as_written)]

LangTag = Annotated[
    str,
    StringConstraints(pattern=r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$"),
    Field(description="A BCP 47 language tag, e.g. `nb`, `nn`, `sv`, `da`, `en`, `de`."),
]


def _non_blank_texts(value: dict[str, str]) -> dict[str, str]:
    """Refuse an empty text; drop the line break that ends a block text (`|`): it is YAML's."""
    for lang, text in value.items():
        if not text.strip():
            raise ValueError(f'the "{lang}" text is empty')
    return {lang: text.removesuffix("\n") for lang, text in value.items()}


LocalizedText = Annotated[
    dict[LangTag, str],
    Field(
        min_length=1,
        description=(
            "One text per language, keyed by BCP 47 tag (`nb: ...`, `en: ...`). "
            "Inline Markdown (links, emphasis, lists) is allowed."
        ),
    ),
    AfterValidator(_non_blank_texts),
]

Identifier = Annotated[
    str,
    StringConstraints(pattern=r"^[a-z][a-z0-9]*(-[a-z0-9]+)*$", max_length=64),
    Field(
        description=(
            "A short id in kebab-case (`newsletter`, `it-providers`), used for cross-references."
        )
    ),
]

CountryCode = Annotated[
    str,
    StringConstraints(pattern=r"^[A-Z]{2}$"),
    Field(description="ISO 3166-1 alpha-2 country code in capitals, e.g. `NO`, `SE`, `US`."),
]

Email = Annotated[
    str,
    StringConstraints(pattern=r"^[^@\s]+@[^@\s]+\.[^@\s]+$"),
    Field(description="An e-mail address."),
]

AuthorityCode = Annotated[
    str,
    StringConstraints(pattern=r"^[A-Z]{2}(-[A-Z0-9]+)+$"),
    Field(
        description="A supervisory-authority code of noticekit's register, e.g. `NO-DATATILSYNET`."
    ),
]

Url = Annotated[
    str,
    StringConstraints(pattern=r"^https?://[^\s]+$"),
    Field(description="An absolute `http://` or `https://` address."),
]

Phone = Annotated[
    str,
    StringConstraints(pattern=r"^[+0-9][0-9 ()\-–/.]{3,30}$"),
    Field(
        description=(
            "A phone number as published, preferably in international form (`+47 4000 1451`)."
        )
    ),
]


def _duration_has_a_part(value: str) -> str:
    if value in ("P", "PT") or value.endswith("T"):
        raise ValueError(f'"{value}" is not an ISO 8601 duration; write e.g. "P6M" or "P5Y"')
    return value


IsoDuration = Annotated[
    str,
    StringConstraints(pattern=r"^P(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(\d+H)?(\d+M)?(\d+S)?)?$"),
    Field(description="An ISO 8601 duration, e.g. `P6M` (six months), `P5Y` (five years), `P30D`."),
    AfterValidator(_duration_has_a_part),
]

#: A DPV term as a compact IRI. The pattern admits the prefixes of the shipped DPV modules (`dpv`,
#: `pd`, `loc`, `eu-gdpr`, `legal-xx`, `sector-xx`) and noticekit's `nk`; validation then checks
#: the term itself against the DPV 2.3 term list (`noticekit.registers.dpv_terms`).
DpvTerm = Annotated[
    str,
    StringConstraints(
        pattern=r"^(dpv|pd|loc|eu-gdpr|legal-[a-z]{2}|sector-[a-z]+|nk):[A-Za-z][A-Za-z0-9_\-]*$"
    ),
    Field(
        description=(
            "A W3C DPV 2.3 term as a compact IRI, e.g. `dpv:Marketing`, `pd:EmailAddress`, "
            "`sector-finance:CreditChecking`. It must be a term of DPV 2.3 (`dpv`, `pd`, `loc`, "
            "`eu-gdpr`, `legal-xx` or `sector-xx`), or noticekit's own `nk:`."
        )
    ),
]
