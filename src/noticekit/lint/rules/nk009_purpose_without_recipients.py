"""Every purpose declares its recipients; an explicit empty list says there are none.

Article: GDPR Art. 13(1)(e), 14(1)(e) (the recipients or categories of recipients, if any);
WP260 rev.01 Annex (recipients tied to the processing they receive data for).

A purpose that names no recipients, in a notice that says nothing about recipients at all
(no `recipients`, no `recipients_note`), is an error: the reader cannot learn whether anyone
receives the data. Where the notice does list recipients or speak of them, the purpose that
does not say which of them receive its data gets a warning.

Beyond the Regulation: Art. 13(1)(e) asks for the recipients of the notice's data, not per
purpose; linking each purpose to its recipients is WP260 practice, hence only a warning.

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
ARTICLE = "GDPR Art. 13(1)(e), 14(1)(e); WP260 rev.01 Annex"
URL = "https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_13"


def check(notice: Notice, ctx: RuleContext) -> Iterator[Finding]:
    speaks_of_recipients = bool(notice.recipients) or notice.recipients_note is not None
    for index, purpose in enumerate(notice.purposes):
        if purpose.recipients is not None:
            continue
        path = ("purposes", index, "recipients")
        if speaks_of_recipients:
            yield Finding(
                path,
                f'purpose "{purpose.id}" does not say which of the notice\'s recipients '
                'receive its data; list them, or write "recipients: []" if there are none',
                level="warning",
            )
        else:
            yield Finding(
                path,
                f'purpose "{purpose.id}" does not say who receives the data, and the notice '
                'names no recipients; list them, or write "recipients: []" if there are none',
            )
