"""NK011: a recipient outside the EEA has a matching transfer."""

from __future__ import annotations

from noticekit.lint.rules import nk011_recipient_outside_eea_without_transfer as rule

from .helpers import check
from .helpers import messages

NO_TRANSFER = """
transfers: []
"""

OTHER_RECIPIENT = """
transfers:
  - {id: us, countries: [US], recipients: [auditor], mechanisms: [A45-3]}
"""

COUNTRY_ONLY = """
transfers:
  - {id: us, countries: [US], mechanisms: [A45-3]}
"""

RECIPIENTS = """
recipients:
  - {id: mailer, name: MailChimp, countries: [IE, "NO", IS, LI, US]}
  - {id: auditor, name: Revisor AS, countries: [CH]}
"""


def test_base_notice_passes():
    assert check(rule) == []


def test_recipient_in_the_us_without_transfer_fails_at_the_country():
    results = check(rule, NO_TRANSFER)
    assert [(code, level) for _, code, level in results] == [("NK011", "error")]
    assert messages(rule, NO_TRANSFER) == [
        'recipient "mailer" processes data in "US", outside the EEA, but no transfer covers it'
    ]


def test_transfer_for_another_recipient_does_not_cover_it():
    assert len(check(rule, OTHER_RECIPIENT)) == 1


def test_transfer_naming_only_the_country_covers_it():
    assert check(rule, COUNTRY_ONLY) == []


def test_eea_countries_need_no_transfer_and_each_third_country_is_reported():
    # the base transfer covers MailChimp in the US, but nothing covers the auditor in Switzerland
    assert check(rule, RECIPIENTS) == [(3, "NK011", "error")]
