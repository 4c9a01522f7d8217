"""A recipient in a country outside the EEA is covered by a transfer.

Article: GDPR Art. 13(1)(f), 14(1)(f), 44. The EEA is the EU plus Norway, Iceland and
Liechtenstein. A transfer covers a recipient when it lists the recipient (and the country,
or no country at all), or lists the country without naming recipients.

Beyond the Regulation: none.

PASS::

    recipients:
      - {id: mailer, name: MailChimp, countries: [US]}
    transfers:
      - {id: us, countries: [US], recipients: [mailer], mechanisms: [A45-3]}

FAIL::

    recipients:
      - {id: mailer, name: MailChimp, countries: [US]}
    transfers: []
"""

from __future__ import annotations

from collections.abc import Iterator

from noticekit.lint.base import Finding
from noticekit.lint.base import RuleContext
from noticekit.models import Notice
from noticekit.models import Transfer
from noticekit.models.types import EEA_COUNTRIES

CODE = "NK011"
NAME = "recipient-outside-eea-without-transfer"
LEVEL = "error"
ARTICLE = "GDPR Art. 13(1)(f), 14(1)(f)"
URL = "https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_13"


def _covers(transfer: Transfer, recipient: str, country: str) -> bool:
    if recipient in transfer.recipients:
        return country in transfer.countries or not transfer.countries
    return not transfer.recipients and country in transfer.countries


def check(notice: Notice, ctx: RuleContext) -> Iterator[Finding]:
    for index, recipient in enumerate(notice.recipients):
        for position, country in enumerate(recipient.countries or []):
            if country in EEA_COUNTRIES:
                continue
            if not any(_covers(transfer, recipient.id, country) for transfer in notice.transfers):
                yield Finding(
                    ("recipients", index, "countries", position),
                    f'recipient "{recipient.id}" processes data in "{country}", outside the EEA, '
                    "but no transfer covers it",
                )
