"""Retention given only as a vague phrase ("as long as necessary") gets a warning.

Article: GDPR Art. 13(2)(a), 14(2)(a); WP260 rev.01 Annex: it is not enough to say that data
is kept "as long as necessary for legitimate purposes"; give the period, or the criteria
that determine it. The rule fires when the retention has no `duration` and a text of its
`event` or `criteria` matches a vague phrase, unless a `criteria` text without one exists.
Matching is case-insensitive and covers nb, nn, sv, da, en and de in every text.

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

CODE = "NK015"
NAME = "vague-retention"
LEVEL = "warning"
ARTICLE = "GDPR Art. 13(2)(a), 14(2)(a); WP260 rev.01 Annex"
URL = "https://ec.europa.eu/newsroom/article29/items/622227"

_GAP = r"\s+(?:[\w-]+,?\s+){0,6}?"
OPTIONS = {
    "phrases": [
        rf"\bas\s+long\s+as{_GAP}(?:necessary|needed|required)\b",
        rf"\blonger\s+than{_GAP}(?:necessary|needed|required)\b",
        rf"\bså\s+lenge{_GAP}(?:nødvendig|naudsynt|påkrevd)",
        rf"\bleng(?:er|re)\s+enn{_GAP}(?:nødvendig|naudsynt|påkrevd)",
        rf"\bså\s+länge{_GAP}(?:nödvändig|behövs|erforderlig)",
        rf"\blängre\s+än{_GAP}(?:nödvändig|behövs|erforderlig)",
        rf"\bså\s+længe{_GAP}(?:nødvendig|påkrævet)",
        rf"\blængere\s+end{_GAP}(?:nødvendig|påkrævet)",
        rf"\bso\s*lange{_GAP}(?:nötig|erforderlich|notwendig)",
        rf"\blänger\s+als{_GAP}(?:nötig|erforderlich|notwendig)",
    ]
}


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
            f'the retention of purpose "{purpose.id}" is only a vague phrase ("{phrase}"); '
            "give the period, or the criteria that set it",
        )
