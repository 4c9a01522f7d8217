"""NK020: automated decision-making is declared explicitly; logic and consequences when in use."""

from __future__ import annotations

from noticekit.lint.rules import nk020_automated_decisions_undeclared as rule

from .helpers import check

UNDECLARED = """
automated_decision_making: null
"""

IN_USE_WITH_LOGIC_ONLY = """
automated_decision_making:
  in_use: true
  logic: {en: A score from your payment history., nb: En score fra betalingshistorikken.}
"""

IN_USE_COMPLETE = (
    IN_USE_WITH_LOGIC_ONLY
    + """\
  significance: {en: It decides your credit limit., nb: Den avgjør kredittgrensen.}
  consequences: {en: A low score lowers the limit., nb: Lav score gir lavere grense.}
"""
)

PURPOSE_WITH_DECISIONS = """
purposes:
  - id: scoring
    name: {en: Scoring, nb: Scoring}
    legal_bases: [A6-1-b]
    automated_decisions: true
"""


def test_base_notice_passes():
    assert check(rule) == []


def test_undeclared_is_a_warning():
    # Art. 13(2)(f) applies where automated decisions exist; saying "none" is noticekit's practice
    assert check(rule, UNDECLARED) == [(1, "NK020", "warning")]


def test_in_use_without_significance_and_consequences_fails_at_the_block():
    assert check(rule, IN_USE_WITH_LOGIC_ONLY) == [(2, "NK020", "error"), (2, "NK020", "error")]


def test_in_use_and_complete_passes():
    assert check(rule, IN_USE_COMPLETE) == []


def test_purpose_with_automated_decisions_while_not_in_use_fails_at_the_flag():
    assert check(rule, PURPOSE_WITH_DECISIONS) == [(5, "NK020", "error")]


def test_each_deciding_purpose_may_explain_its_own_decisions():
    in_use = "automated_decision_making:\n  in_use: true\n"
    details = """    automated_decision_details:
      logic: {en: A score from your payment history., nb: En score fra betalingshistorikken.}
      significance: {en: It decides your credit limit., nb: Den avgjør kredittgrensen.}
      consequences: {en: A low score lowers the limit., nb: Lav score gir lavere grense.}
"""
    assert check(rule, in_use + PURPOSE_WITH_DECISIONS + details) == []
    without_consequences = details.split("      consequences")[0]
    assert check(rule, in_use + PURPOSE_WITH_DECISIONS + without_consequences) == [
        (2, "NK020", "error")
    ]
    assert check(rule, in_use) == [(2, "NK020", "error")] * 3  # no deciding purpose explains them
