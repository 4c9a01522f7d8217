"""Every purpose says how long its data is kept: a period, an end event, or the criteria used.

Article: GDPR Art. 13(2)(a), 14(2)(a); WP260 rev.01 Annex (periods per purpose or category).

Beyond the Regulation: none on what is asked; stating it per purpose is WP260 practice
(different periods for different purposes or categories).

PASS::

    purposes:
      - id: bookkeeping
        retention: {duration: P5Y}

FAIL::

    purposes:
      - id: bookkeeping
        legal_bases: [A6-1-c]
"""

from __future__ import annotations

from collections.abc import Iterator

from noticekit.lint.base import Finding
from noticekit.lint.base import RuleContext
from noticekit.models import Notice

CODE = "NK014"
NAME = "purpose-without-retention"
LEVEL = "error"
ARTICLE = "GDPR Art. 13(2)(a), 14(2)(a)"
URL = "https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_13"


def check(notice: Notice, ctx: RuleContext) -> Iterator[Finding]:
    for index, purpose in enumerate(notice.purposes):
        if purpose.retention is None and not purpose.retention_periods:
            yield Finding(
                ("purposes", index, "retention"),
                f'purpose "{purpose.id}" does not say how long the data is kept '
                '(a "duration", an "event" or the "criteria" used)',
            )
