"""NK019: data the person provides says whether providing it is required, and the consequence."""

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

#: Three categories from the person, none of them saying anything on Art. 13(2)(e).
SILENT = """
data_categories:
  - id: contact
    name: {en: Contact details, nb: Kontaktopplysninger}
  - id: credit
    name: {en: Credit score, nb: Kredittscore}
purposes:
  - id: service
    name: {en: Service, nb: Tjeneste}
    data_categories: [contact, credit]
    sources: [customer]
    legal_bases: [A6-1-b]
"""

#: One category says it all; an IP address, observed, says nothing and is not asked to.
OBSERVED = """
data_categories:
  - id: contact
    name: {en: Contact details, nb: Kontaktopplysninger}
    requirement: voluntary
    mandatory: false
  - id: ip
    name: {en: IP address, nb: IP-adresse}
    dpv: pd:IPAddress
  - id: visits
    name: {en: Pages visited, nb: Sider besøkt}
    dpv: pd:BrowsingBehaviour
purposes:
  - id: website
    name: {en: Website, nb: Nettsted}
    data_categories: [contact, ip, visits]
    sources: [customer]
    legal_bases: [A6-1-f]
"""


def test_base_notice_passes():
    assert check(rule) == []


def test_mandatory_without_consequence_fails_and_indirect_category_is_skipped():
    # "credit" comes only from the credit bureau in the base purposes: outside Art. 13(2)(e)
    assert check(rule, CATEGORIES) == [(2, "NK019", "error")]
    assert messages(rule, CATEGORIES) == [
        (
            'data category "contact" is provided by the person but does not give "consequence": '
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


def test_a_notice_silent_on_it_gets_one_finding_not_one_per_category():
    assert check(rule, SILENT) == [(2, "NK019", "error")]
    assert messages(rule, SILENT) == [
        "the notice does not say, for any data the person provides, whether providing it is a "
        "statutory or contractual requirement, whether the person must provide it, and the "
        'consequence of not providing it; give "requirement", "mandatory" and "consequence" on '
        "the data categories the person provides"
    ]


def test_observed_data_is_not_asked_for():
    assert check(rule, OBSERVED) == []


def test_observed_terms_are_an_option():
    assert check(rule, OBSERVED, {"observed_terms": ["pd:IPAddress"]}) == [(9, "NK019", "error")]


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
    # silent for every category: one finding for the notice (see test_silence_is_one_finding)
    assert check(rule, snippet) == [(2, "NK019", "error")]
    assert check(rule, snippet + stated) == []
    without_consequence = stated.split("    consequence")[0]
    both = [(2, "NK019", "error"), (4, "NK019", "error")]
    assert check(rule, snippet + without_consequence) == both
