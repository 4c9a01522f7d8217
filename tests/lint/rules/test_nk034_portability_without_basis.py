"""NK034: portability is offered only where a purpose rests on consent or contract."""

from __future__ import annotations

from noticekit.lint.rules import nk034_portability_without_basis as rule

from .helpers import check

NO_CONSENT_OR_CONTRACT = """
purposes:
  - id: bookkeeping
    name: {en: Bookkeeping, nb: Regnskap}
    legal_bases: [A6-1-c]
"""

NOT_APPLICABLE = (
    NO_CONSENT_OR_CONTRACT
    + """
rights:
  - right: A20
    not_applicable: {en: Only legal duties., nb: Bare lovpålagt.}
"""
)

UNDECIDED = """
purposes:
  - id: bookkeeping
    name: {en: Bookkeeping, nb: Regnskap}
    legal_bases: [A6-1-c]
  - id: open
    name: {en: Open, nb: Åpen}
"""


def test_base_notice_passes():
    assert check(rule) == []


def test_portability_without_consent_or_contract_warns_at_the_right():
    results = check(rule, NO_CONSENT_OR_CONTRACT)
    assert [(code, level) for _, code, level in results] == [("NK034", "warning")]
    assert results[0][0] < 0  # the base rights list stands above the snippet


def test_portability_marked_not_applicable_passes():
    assert check(rule, NOT_APPLICABLE) == []


def test_rule_waits_while_a_purpose_has_no_legal_basis():
    assert check(rule, UNDECIDED) == []
