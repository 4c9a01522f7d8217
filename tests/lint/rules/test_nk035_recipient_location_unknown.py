"""NK035: a named recipient says where it processes the data."""

from __future__ import annotations

from noticekit.lint.rules import nk035_recipient_location_unknown as rule

from .helpers import check

RECIPIENTS = """
recipients:
  - id: mailer
    name: MailChimp
    countries: [US]
  - id: analytics
    name: Google Analytics
  - id: auditor
    category: {en: Auditors, nb: Revisorer}
"""


def test_base_notice_passes():
    assert check(rule) == []


def test_named_recipient_without_countries_warns_at_its_name():
    assert check(rule, RECIPIENTS) == [(6, "NK035", "warning")]


def test_a_category_without_countries_is_left_to_nk010():
    snippet = RECIPIENTS.replace("  - id: analytics\n    name: Google Analytics\n", "")
    assert check(rule, snippet) == []
