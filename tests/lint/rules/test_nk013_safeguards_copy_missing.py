"""NK013: safeguard-based transfers say where to get a copy of the safeguards."""

from __future__ import annotations

from noticekit.lint.rules import nk013_safeguards_copy_missing as rule

from .helpers import check

TRANSFERS = """
transfers:
  - id: us
    countries: [US]
    recipients: [mailer]
    mechanism: A46-2-c
  - id: group
    countries: [IN]
    mechanism: A47
    safeguards_copy: {en: Ask privacy@acme.example., nb: Spør privacy@acme.example.}
  - id: ch
    countries: [CH]
    mechanism: A45-3
  - id: once
    countries: [BR]
    mechanism: A49-1-b
"""


def test_base_notice_passes():
    assert check(rule) == []


def test_scc_without_copy_fails_at_the_mechanism_and_others_pass():
    assert check(rule, TRANSFERS) == [(5, "NK013", "error")]
