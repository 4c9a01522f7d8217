"""Every data-subject category, data category, source and recipient is used by a purpose or transfer.

Article: GDPR Art. 12(1), 13(1)(c)/(e), 14(1)(d) (each category and recipient should be tied
to the processing it belongs to; an orphan entry tells the reader nothing about why). Ids that
do not resolve are validation errors (`noticekit validate`), so lint only sees orphans.

PASS::

    recipients:
      - {id: mailer, name: MailChimp}
    purposes:
      - {id: newsletter, recipients: [mailer]}

FAIL::

    recipients:
      - {id: mailer, name: MailChimp}
    purposes:
      - {id: newsletter, recipients: []}
"""

from __future__ import annotations

from collections.abc import Iterator

from noticekit.lint.base import Finding
from noticekit.lint.base import RuleContext
from noticekit.models import Notice

CODE = "NK028"
NAME = "unused-definition"
LEVEL = "warning"
ARTICLE = "GDPR Art. 12(1), 13(1)(c), 13(1)(e), 14(1)(d)"
URL = "https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_12"

#: (list of definitions, what it is called, purpose field referring to it)
DEFINITIONS = (
    ("data_subjects", "data-subject category", "data_subjects"),
    ("data_categories", "data category", "data_categories"),
    ("sources", "source", "sources"),
    ("recipients", "recipient", "recipients"),
)


def check(notice: Notice, ctx: RuleContext) -> Iterator[Finding]:
    for field, noun, reference in DEFINITIONS:
        used = {ref for purpose in notice.purposes for ref in getattr(purpose, reference) or []}
        if field == "recipients":
            used.update(ref for transfer in notice.transfers for ref in transfer.recipients)
        for index, item in enumerate(getattr(notice, field)):
            if item.id not in used:
                yield Finding(
                    (field, index, "id"), f'{noun} "{item.id}" is not used by any purpose'
                )
