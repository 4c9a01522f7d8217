"""NK027: purposes with profiling, automated decisions or special data are flagged high_impact."""

from __future__ import annotations

from noticekit.lint.rules import nk027_high_impact_not_flagged as rule

from .helpers import check
from .helpers import messages

PURPOSES = """
data_categories:
  - id: contact
    name: {en: Health, nb: Helse}
    special_category: true
    requirement: voluntary
    mandatory: false
purposes:
  - id: scoring
    name: {en: Scoring, nb: Scoring}
    legal_bases: [A6-1-b]
    profiling: {en: We score your payment history., nb: Vi gir betalingshistorikken en score.}
  - id: care
    name: {en: Care, nb: Omsorg}
    data_categories: [contact]
    legal_bases: [A6-1-c, A9-2-h]
  - id: flagged
    name: {en: Flagged, nb: Flagget}
    legal_bases: [A6-1-b]
    automated_decisions: true
    high_impact: true
"""


def test_base_notice_passes():
    assert check(rule) == []


def test_profiling_and_special_data_without_flag_warn_at_the_purpose():
    assert check(rule, PURPOSES) == [(8, "NK027", "warning"), (12, "NK027", "warning")]
    assert messages(rule, PURPOSES)[1] == (
        'purpose "care" involves special-category data but does not say whether a reader would '
        "expect "
        'it: set "high_impact: true" to put it in the summary, or "high_impact: false" where the '
        "purpose is the service itself"
    )


def test_high_impact_false_states_the_purpose_is_expected_and_passes():
    expected = PURPOSES.replace(
        "    profiling: {en: We score your payment history., nb: Vi gir betalingshistorikken en "
        "score.}\n",
        "    profiling: {en: We score your payment history., nb: Vi gir betalingshistorikken en "
        "score.}\n"
        "    high_impact: false\n",
    )
    assert expected != PURPOSES
    assert check(rule, expected) == [(13, "NK027", "warning")]  # only "care" is left
