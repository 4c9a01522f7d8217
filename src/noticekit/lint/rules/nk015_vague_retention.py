"""Retention given only as a vague phrase ("as long as necessary") gets a warning.

Article: GDPR Art. 13(2)(a), 14(2)(a); WP260 rev.01 Annex: it is not enough to say that data
is kept "as long as necessary for legitimate purposes"; give the period, or the criteria
that determine it. Each period (`retention` and every one of `retention_periods`) is read on its
own. The rule fires when the period has no `duration` and a text of its
`event` or `criteria` matches a vague phrase, unless a `criteria` text without one exists.
Matching is case-insensitive and covers nb, nn, sv, da, en and de in every text. A text that
cites a named law is taken as a criterion, not as vague: a word such as "by", "under",
"etter", "i henhold til", "enligt", "efter", "nach" or "gemäß", followed within six words by a
statute name ("the Bookkeeping Act", "bokføringsloven", "bokföringslagen", "Handelsgesetzbuch",
"HGB") or a section sign. A bare "etter" ("så lenge det er nødvendig etter at kundeforholdet er
avsluttet"), "the law" or the GDPR itself names no criterion.

Beyond the Regulation: none; the Regulation asks for the period or the criteria, and WP260 says
a phrase like this is neither.

Options:
    phrases: regular expressions of vague phrases (replaces the default list).
    citation: regular expression of a named law; a text it matches is not vague.

PASS::

    retention:
      event: {en: After the contract ends.}
      criteria: {en: Five years under the Bookkeeping Act.}

FAIL::

    retention:
      criteria: {nb: Vi lagrer aldri opplysningene lenger enn det som er nødvendig.}
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from noticekit.lint.base import Finding
from noticekit.lint.base import RuleContext
from noticekit.load.source import DataPath
from noticekit.models import Notice
from noticekit.models import Purpose
from noticekit.models import Retention
from noticekit.quoting import quote

CODE = "NK015"
NAME = "vague-retention"
LEVEL = "warning"
ARTICLE = "GDPR Art. 13(2)(a), 14(2)(a); WP260 rev.01 Annex"
URL = "https://ec.europa.eu/newsroom/article29/items/622227"

#: Words that bring in a law: "by", "etter", "enligt", "nach" ...
_LAW_WORD = (
    r"(?:by|under|pursuant\s+to|according\s+to|in\s+accordance\s+with|etter|ifølge|jf\.?|iht\.?|"
    r"i\s+henhold\s+til|enligt|i\s+enlighet\s+med|efter|nach|gemäß|gem\.|laut)"
)
#: The GDPR itself, and the EU/EEA: naming them sets no retention period.
_NOT_A_CRITERION = (
    r"(?:GDPR|DSGVO|EU|EEA|EØS|EES|EWR|Protection\s+Regulation|\w*-?grundverordnung|"
    r"personvernforordning|dataskyddsförordning|databeskyttelsesforordning)"
)
#: A statute named: a compound ending in a word for a law, a capitalised name before "Act",
#: "Code", "Regulation" or "Directive", an abbreviation (HGB, AO), an SFS number or a section sign.
_STATUTE = (
    rf"(?!{_NOT_A_CRITERION}\w*\b)(?:§|\w+(?:lov|loven|lova|lovens|forskrift|forskriften|"
    r"forskrifta|lagen|förordning|förordningen|bekendtgørelse|bekendtgørelsen|gesetz|gesetzes|"
    r"gesetzbuch|gesetzbuchs|ordnung|verordnung)\b|(?-i:[A-Z]\w*\s+(?:Act|Code|Regulation|"
    r"Directive)\b|\b[A-ZÆØÅÄÖÜ]{2,}\b)|\(\d{4}:\d+\))"
)
_LEADS_AND_WORDS = [
    (r"as\s+long\s+as", "necessary|needed|required"),
    (r"longer\s+than", "necessary|needed|required"),
    (r"så\s+lenge", "nødvendig|naudsynt|påkrevd"),
    (r"leng(?:er|re)\s+enn", "nødvendig|naudsynt|påkrevd"),
    (r"så\s+länge", "nödvändig|behövs|erforderlig"),
    (r"längre\s+än", "nödvändig|behövs|erforderlig"),
    (r"så\s+længe", "nødvendig|påkrævet"),
    (r"længere\s+end", "nødvendig|påkrævet"),
    (r"so\s*lange", "nötig|erforderlich|notwendig"),
    (r"länger\s+als", "nötig|erforderlich|notwendig"),
]
OPTIONS = {
    "phrases": [
        rf"\b{lead}\s+(?:[\w-]+,?\s+){{0,6}}?(?:{words})\w*" for lead, words in _LEADS_AND_WORDS
    ],
    "citation": rf"\b{_LAW_WORD}\s+(?:\S+\s+){{0,6}}?{_STATUTE}",
}
#: Options whose texts are regular expressions (the config checks that they compile).
PATTERN_OPTIONS = ("phrases", "citation")


def check(notice: Notice, ctx: RuleContext) -> Iterator[Finding]:
    vague = re.compile(
        "|".join(f"(?:{phrase})" for phrase in ctx.option("phrases", OPTIONS["phrases"])),
        re.IGNORECASE,
    )
    cited = re.compile(ctx.option("citation", OPTIONS["citation"]), re.IGNORECASE)
    for index, purpose in enumerate(notice.purposes):
        for at, retention in _periods(purpose, index):
            if retention.duration is not None:
                continue
            hits = {
                (field, lang): match.group(0)
                for field in ("event", "criteria")
                for lang, text in (getattr(retention, field) or {}).items()
                if (match := vague.search(text)) and not cited.search(text)
            }
            criteria = retention.criteria or {}
            if not hits or any(("criteria", lang) not in hits for lang in criteria):
                continue
            (field, lang), phrase = next(iter(hits.items()))
            yield Finding(
                (*at, field, lang),
                f'the retention of purpose "{purpose.id}" is only a vague phrase '
                f"({quote(phrase)}); "
                "give the period, or the criteria that set it",
            )


def _periods(purpose: Purpose, index: int) -> Iterator[tuple[DataPath, Retention]]:
    """The purpose's retention and its further periods, each with its data path."""
    if purpose.retention is not None:
        yield ("purposes", index, "retention"), purpose.retention
    for position, period in enumerate(purpose.retention_periods):
        yield ("purposes", index, "retention_periods", position), period
