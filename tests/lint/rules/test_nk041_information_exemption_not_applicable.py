"""NK041: an Art. 14(5) exemption covers only data not obtained from the person."""

from __future__ import annotations

from noticekit.lint.rules import nk041_information_exemption_not_applicable as rule

from .helpers import check
from .helpers import messages

PURPOSE = """
purposes:
  - id: scoring
    name: {{en: Scoring, nb: Scoring}}
    sources: {sources}
    legal_bases: [A6-1-f]
    information_exemptions:
      - {{exemption: A14-5-b, ground: impossible, sources: {covered}}}
"""


def test_base_notice_passes():
    assert check(rule) == []


def test_an_exemption_for_data_from_elsewhere_passes():
    assert check(rule, PURPOSE.format(sources="[customer, bureau]", covered="[bureau]")) == []
    assert check(rule, PURPOSE.format(sources="[bureau]", covered="[]")) == []


def test_an_exemption_for_data_from_the_person_fails():
    named = PURPOSE.format(sources="[customer, bureau]", covered="[customer]")
    assert check(rule, named) == [(7, "NK041", "error")]
    assert messages(rule, named) == [
        'purpose "scoring" claims an Art. 14(5) exemption, but source "customer" is the person; '
        "Art. 14(5) applies only to data not obtained from the person "
        "(Art. 13 has no such exemption)"
    ]
    assert check(rule, PURPOSE.format(sources="[customer]", covered="[]")) == [
        (7, "NK041", "error")
    ]


def test_a_notice_without_indirect_collection_has_no_art_14_5_exemption():
    direct_only = PURPOSE.format(sources="[bureau]", covered="[bureau]") + "collection: [direct]\n"
    assert check(rule, direct_only) == [(7, "NK041", "error")]
