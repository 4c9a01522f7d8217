"""NK013: safeguard-based transfers say where to get a copy of the safeguards."""

from __future__ import annotations

from noticekit.lint.rules import nk013_safeguards_copy_missing as rule

from .helpers import check

TRANSFERS = """
transfers:
  - id: us
    countries: [US]
    recipients: [mailer]
    mechanisms: [A46-2-c]
  - id: group
    countries: [IN]
    mechanisms: [A47]
    safeguards_copy: {en: Ask privacy@acme.example., nb: Spør privacy@acme.example.}
  - id: ch
    countries: [CH]
    mechanisms: [A45-3]
  - id: once
    countries: [BR]
    mechanisms: [A49-1-b]
"""


def test_base_notice_passes():
    assert check(rule) == []


def test_scc_without_copy_fails_at_the_mechanism_and_others_pass():
    assert check(rule, TRANSFERS) == [(5, "NK013", "error")]


def test_among_several_mechanisms_the_first_safeguard_is_pointed_at():
    snippet = """
transfers:
  - id: us
    countries: [US]
    mechanisms: [A45-3, A46-2-c]
  - id: once
    countries: [IN]
    mechanisms: [A49-1-b, A49-2]
    compelling_interests: {en: We must find the cause of a fire., nb: Vi må finne årsaken.}
"""
    assert check(rule, snippet) == [(4, "NK013", "error"), (7, "NK013", "error")]
