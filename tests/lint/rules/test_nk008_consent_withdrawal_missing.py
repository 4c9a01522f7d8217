"""NK008: consent-based purposes say how to withdraw consent."""

from __future__ import annotations

from noticekit.lint.rules import nk008_consent_withdrawal_missing as rule

from .helpers import check

RIGHTS_WITHOUT_WITHDRAWAL = """
rights:
  - {right: A15, contact_point: privacy}
"""

WITHDRAWAL_WITHOUT_HOW = """
rights:
  - {right: A15, contact_point: privacy}
  - right: A7-3
    description: {en: You can withdraw consent., nb: Du kan trekke samtykket.}
"""

WITHDRAWAL_NOT_APPLICABLE = """
rights:
  - right: A7-3
    not_applicable: {en: No consent., nb: Ikke samtykke.}
"""

EXPLICIT_CONSENT = """
purposes:
  - id: health
    name: {en: Health, nb: Helse}
    legal_bases: [A6-1-c, A9-2-a]
"""


def test_base_notice_passes():
    assert check(rule) == []


def test_consent_without_withdrawal_right_fails_at_the_purposes_legal_bases():
    # the base notice's newsletter purpose, above the snippet, relies on consent
    results = check(rule, RIGHTS_WITHOUT_WITHDRAWAL)
    assert [(code, level) for _, code, level in results] == [("NK008", "error")]
    assert results[0][0] < 0


def test_withdrawal_without_how_to_fails_at_the_right():
    assert check(rule, WITHDRAWAL_WITHOUT_HOW) == [(3, "NK008", "error")]


def test_withdrawal_through_a_contact_point_passes():
    snippet = WITHDRAWAL_WITHOUT_HOW + "    contact_point: privacy\n"
    assert check(rule, snippet) == []


def test_withdrawal_marked_not_applicable_fails_at_the_reason():
    assert check(rule, WITHDRAWAL_NOT_APPLICABLE) == [(3, "NK008", "error")]


def test_explicit_consent_under_art9_counts_as_consent():
    assert check(rule, EXPLICIT_CONSENT + RIGHTS_WITHOUT_WITHDRAWAL) == [(4, "NK008", "error")]
