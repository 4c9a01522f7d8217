"""A named recipient says where it processes the data.

Article: GDPR Art. 13(1)(e)–(f), 14(1)(e)–(f); WP260 rev.01 Annex (recipients: name them,
and give their location, so that the reader can tell whether data leaves the EEA).

Without `countries`, neither the reader nor lint (NK011) can tell whether giving data to the
recipient is a transfer to a third country that needs a Chapter V mechanism. The rule asks for
the location only; it never assumes one.

Beyond the Regulation: Art. 13(1)(e) does not ask where a recipient is; noticekit asks, so that
a transfer to a third country can be ruled out. Hence a warning.

PASS::

    recipients:
      - id: mailer
        name: MailChimp
        countries: [US]

FAIL::

    recipients:
      - id: mailer
        name: MailChimp
"""

from __future__ import annotations

from collections.abc import Iterator

from noticekit.lint.base import Finding
from noticekit.lint.base import RuleContext
from noticekit.models import Notice
from noticekit.quoting import quote

CODE = "NK035"
NAME = "recipient-location-unknown"
LEVEL = "warning"
ARTICLE = "GDPR Art. 13(1)(e)–(f), 14(1)(e)–(f); WP260 rev.01 Annex"
URL = "https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_13"


def check(notice: Notice, ctx: RuleContext) -> Iterator[Finding]:
    for index, recipient in enumerate(notice.recipients):
        if recipient.name is not None and not recipient.countries:
            yield Finding(
                ("recipients", index, "name"),
                f"recipient {quote(recipient.name)} does not say in which countries it processes "
                'the data ("countries"), so a transfer outside the EEA cannot be ruled out',
            )
