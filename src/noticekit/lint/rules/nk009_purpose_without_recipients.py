"""Every purpose declares its recipients; an explicit empty list says there are none.

Article: GDPR Art. 13(1)(e), 14(1)(e).

PASS::

    purposes:
      - id: bookkeeping
        recipients: []

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

CODE = "NK009"
NAME = "purpose-without-recipients"
LEVEL = "error"
ARTICLE = "GDPR Art. 13(1)(e), 14(1)(e)"
URL = "https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_13"


def check(notice: Notice, ctx: RuleContext) -> Iterator[Finding]:
    for index, purpose in enumerate(notice.purposes):
        if purpose.recipients is None:
            yield Finding(
                ("purposes", index, "recipients"),
                f'purpose "{purpose.id}" does not say who receives the data; '
                'list the recipients, or write "recipients: []" if there are none',
            )
