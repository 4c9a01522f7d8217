"""Every data-subject category, data category, source and recipient is used by a purpose.

Article: none. This is a check of the notice's own consistency: an entry no purpose (or, for a
recipient, no transfer) refers to tells the reader nothing about why it is there, and is often
an encoding slip. Ids that do not resolve are validation errors (`noticekit validate`), so lint
only sees orphans.

Beyond the Regulation: entirely; hence a warning.

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
ARTICLE = "none (the notice's own consistency)"
URL = "https://ec.europa.eu/newsroom/article29/items/622227"

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
