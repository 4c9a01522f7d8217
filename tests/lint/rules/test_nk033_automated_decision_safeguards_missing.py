"""NK033: automated decisions in use say how to get human intervention and contest them."""

from __future__ import annotations

from noticekit.lint.rules import nk033_automated_decision_safeguards_missing as rule

from .helpers import check

IN_USE = """
automated_decision_making:
  in_use: true
  logic: {en: A score from your payment history., nb: En score fra betalingshistorikken.}
"""

WITH_SAFEGUARDS = (
    IN_USE
    + """\
  safeguards: {en: Ask us and a person reviews it., nb: "Be oss, så vurderer en person saken."}
"""
)

WITH_RIGHT = (
    IN_USE
    + """
rights:
  - {right: A22, contact_point: privacy}
"""
)


def test_base_notice_passes():
    assert check(rule) == []


def test_decisions_in_use_without_safeguards_warn_at_in_use():
    assert check(rule, IN_USE) == [(2, "NK033", "warning")]


def test_safeguards_text_or_a22_right_pass():
    assert check(rule, WITH_SAFEGUARDS) == []
    assert check(rule, WITH_RIGHT) == []


def test_safeguards_in_every_deciding_purpose_pass():
    purpose = """
purposes:
  - id: scoring
    name: {en: Scoring, nb: Scoring}
    legal_bases: [A6-1-b]
    automated_decisions: true
    automated_decision_details:
      safeguards: {en: Ask us and a person reviews it., nb: Spør oss og en person ser på det.}
"""
    assert check(rule, IN_USE + purpose) == []
    assert check(rule, IN_USE + purpose.split("    automated_decision_details")[0]) == [
        (2, "NK033", "warning")
    ]
