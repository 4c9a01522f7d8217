"""Retention given only as a vague phrase ("as long as necessary") gets a warning.

Article: GDPR Art. 13(2)(a), 14(2)(a); WP260 rev.01 Annex: it is not enough to say that data
is kept "as long as necessary for legitimate purposes"; give the period, or the criteria
that determine it. The rule fires when the retention has no `duration` and a text of its
`event` or `criteria` matches a vague phrase, unless a `criteria` text without one exists.
Matching is case-insensitive and covers nb, nn, sv, da, en and de in every text. A phrase
followed by a named law ("as long as required by the Bookkeeping Act", "så lenge det er
påkrevd etter bokføringsloven") is taken as a criterion, not as vague.

Options:
    phrases: regular expressions of vague phrases (replaces the default list).

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
from noticekit.models import Notice
from noticekit.quoting import quote

CODE = "NK015"
NAME = "vague-retention"
LEVEL = "warning"
ARTICLE = "GDPR Art. 13(2)(a), 14(2)(a); WP260 rev.01 Annex"
URL = "https://ec.europa.eu/newsroom/article29/items/622227"

#: Words that bring in a named law ("by the Bookkeeping Act", "etter bokføringsloven", "nach dem HGB"):
#: a phrase with one of them inside or right after it states a criterion and is not vague.
_LAW = (
    r"(?:by|under|pursuant|according|in\s+accordance|etter|ifølge|i\s+henhold|jf|iht|enligt|"
    r"i\s+enlighet|efter|nach|gemäß|laut)\b"
)
_GAP = rf"\s+(?:(?!{_LAW})[\w-]+,?\s+){{0,6}}?"
_NO_LAW = rf"\w*+(?!\s+{_LAW})"
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
OPTIONS = {"phrases": [rf"\b{lead}{_GAP}(?:{words}){_NO_LAW}" for lead, words in _LEADS_AND_WORDS]}


def check(notice: Notice, ctx: RuleContext) -> Iterator[Finding]:
    vague = re.compile(
        "|".join(f"(?:{phrase})" for phrase in ctx.option("phrases", OPTIONS["phrases"])),
        re.IGNORECASE,
    )
    for index, purpose in enumerate(notice.purposes):
        retention = purpose.retention
        if retention is None or retention.duration is not None:
            continue
        hits = {
            (field, lang): match.group(0)
            for field in ("event", "criteria")
            for lang, text in (getattr(retention, field) or {}).items()
            if (match := vague.search(text))
        }
        criteria = retention.criteria or {}
        if not hits or any(("criteria", lang) not in hits for lang in criteria):
            continue
        (field, lang), phrase = next(iter(hits.items()))
        yield Finding(
            ("purposes", index, "retention", field, lang),
            f'the retention of purpose "{purpose.id}" is only a vague phrase ({quote(phrase)}); '
            "give the period, or the criteria that set it",
        )
