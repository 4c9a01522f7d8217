"""NK012: a transfer names its third countries and mechanism."""

from __future__ import annotations

from noticekit.lint.rules import nk012_transfer_incomplete as rule

from .helpers import check

TRANSFERS = """
transfers:
  - id: us
    recipients: [mailer]
    description: {en: We use suppliers outside the EU., nb: Vi bruker leverandører utenfor EU.}
  - id: ch
    countries: [CH]
    mechanisms: [A45-3]
"""


def test_base_notice_passes():
    assert check(rule) == []


def test_missing_country_and_mechanism_fail_at_the_transfer():
    assert check(rule, TRANSFERS) == [(2, "NK012", "error"), (2, "NK012", "error")]


def test_an_international_organisation_is_a_destination_without_a_country():
    snippet = """
transfers:
  - id: who
    international_organisations: [{en: World Health Organization, nb: Verdens helseorganisasjon}]
    mechanisms: [A49-1-a]
"""
    assert check(rule, snippet) == []
