"""NK019: directly collected data says whether providing it is required and the consequence."""

from __future__ import annotations

from noticekit.lint.rules import nk019_provision_requirement_missing as rule

from .helpers import check
from .helpers import messages

CATEGORIES = """
data_categories:
  - id: contact
    name: {en: Contact details, nb: Kontaktopplysninger}
    requirement: contractual
    mandatory: true
  - id: credit
    name: {en: Credit score, nb: Kredittscore}
"""

INDIRECT_ONLY = (
    CATEGORIES
    + """
collection: [indirect]
"""
)


def test_base_notice_passes():
    assert check(rule) == []


def test_mandatory_without_consequence_fails_and_indirect_category_is_skipped():
    # "credit" comes only from the credit bureau in the base purposes, so Art. 13(2)(e) does not reach it
    assert check(rule, CATEGORIES) == [(2, "NK019", "error")]
    assert messages(rule, CATEGORIES) == [
        (
            'data category "contact" is collected from the person but does not give "consequence": '
            "whether providing it is required, and the consequence of not providing it"
        )
    ]


def test_category_from_the_person_without_requirement_fails_at_the_category():
    snippet = (
        CATEGORIES
        + """
purposes:
  - id: scoring
    name: {en: Scoring, nb: Scoring}
    data_categories: [contact, credit]
    sources: [customer]
    legal_bases: [A6-1-b]
"""
    )
    assert check(rule, snippet) == [(2, "NK019", "error"), (6, "NK019", "error")]


def test_indirect_collection_only_passes():
    assert check(rule, INDIRECT_ONLY) == []


def test_a_purpose_that_states_the_requirement_covers_its_data():
    stated = """
    requirement: contractual
    mandatory: true
    consequence: {en: Without the score we do not sign., nb: Uten scoren inngår vi ikke avtale.}
"""
    snippet = (
        CATEGORIES.replace("    requirement: contractual\n    mandatory: true\n", "")
        + """
purposes:
  - id: scoring
    name: {en: Scoring, nb: Scoring}
    data_categories: [contact, credit]
    sources: [customer]
    legal_bases: [A6-1-b]
"""
    )
    assert check(rule, snippet) == [(2, "NK019", "error"), (4, "NK019", "error")]
    assert check(rule, snippet + stated) == []
    without_consequence = stated.split("    consequence")[0]
    both = [(2, "NK019", "error"), (4, "NK019", "error")]
    assert check(rule, snippet + without_consequence) == both
