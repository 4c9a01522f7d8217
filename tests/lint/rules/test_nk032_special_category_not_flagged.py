"""NK032: data categories typed as special-category or criminal data carry the flag."""

from __future__ import annotations

import pytest

from noticekit.lint.rules import nk032_special_category_not_flagged as rule

from .helpers import check
from .helpers import messages

CATEGORIES = """
data_categories:
  - id: contact
    name: {en: Health, nb: Helse}
    dpv: pd:MedicalHealth
    requirement: voluntary
    mandatory: false
  - id: credit
    name: {en: Convictions, nb: Straffedommer}
    dpv: pd:CriminalConviction
    criminal_offence: true
    requirement: voluntary
    mandatory: false
  - id: religion
    name: {en: Religion, nb: Religion}
    dpv: pd:Religion
    special_category: true
"""


def test_base_notice_passes():
    assert check(rule) == []


def test_unflagged_health_data_warns_at_its_dpv_term():
    assert check(rule, CATEGORIES) == [(4, "NK032", "warning")]
    assert messages(rule, CATEGORIES) == [
        (
            'data category "contact" is "pd:MedicalHealth", a special category of data '
            '(Art. 9(1)), but is not marked "special_category: true"'
        )
    ]


def test_unflagged_criminal_data_warns_and_terms_are_options():
    snippet = CATEGORIES.replace("    criminal_offence: true\n", "")
    assert check(rule, snippet, {"special_terms": []}) == [(9, "NK032", "warning")]


ONE = """
data_categories:
  - id: contact
    name: {{en: Data, nb: Data}}
    dpv: {term}
    requirement: voluntary
    mandatory: false
  - id: credit
    name: {{en: Credit score, nb: Kredittscore}}
"""


@pytest.mark.parametrize(
    "term",
    [
        "pd:Genetic",
        "pd:Race",
        "pd:PoliticalOpinion",
        "pd:ReligiousBelief",
        "pd:Health",
        "pd:MentalHealth",
        "pd:PhysicalHealth",
        "pd:HealthRecord",
        "pd:SexualHistory",
        "pd:SexualPreference",
    ],
)
def test_dpv_special_category_terms_warn(term):
    snippet = ONE.format(term=term)
    assert check(rule, snippet) == [(4, "NK032", "warning")]
    assert "a special category of data (Art. 9(1))" in messages(rule, snippet)[0]


@pytest.mark.parametrize(
    "term", ["pd:Criminal", "pd:CriminalCharge", "pd:CriminalOffence", "pd:CriminalPardon"]
)
def test_dpv_criminal_terms_warn(term):
    snippet = ONE.format(term=term)
    assert check(rule, snippet) == [(4, "NK032", "warning")]
    assert "data on criminal convictions (Art. 10)" in messages(rule, snippet)[0]
