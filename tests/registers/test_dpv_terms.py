"""The shipped DPV 2.3 term list, its moves table, and the check of every DPV term in a notice."""

from __future__ import annotations

import re

import pytest

from noticekit.load import load_source
from noticekit.models.types import DpvTerm
from noticekit.registers import dpv_terms
from noticekit.render.jsonld.document import context
from noticekit.validate import validate_document

#: The modules the issue asks for, each with a term DPV 2.3 has in it.
EXPECTED = [
    "dpv:Marketing", "pd:EmailAddress", "loc:NO", "eu-gdpr:A6-1-a", "legal-eu:law-GDPR",
    "legal-no:DPA-NO", "legal-se:DPA-SE", "sector-finance:CreditChecking",
    "sector-health:AppointmentScheduling",
]  # fmt: skip


@pytest.mark.parametrize("term", EXPECTED)
def test_the_list_has_a_term_of_each_module(term):
    assert term in dpv_terms.terms()


def test_the_list_is_a_frozenset_of_compact_iris():
    listed = dpv_terms.terms()
    assert isinstance(listed, frozenset) and len(listed) > 7000
    assert all(re.fullmatch(r"[a-z][a-z\-]*:[A-Za-z][\w\-]*", term) for term in listed)


def test_every_shipped_prefix_is_declared_in_the_context_with_the_same_namespace():
    declared = context()
    for prefix, namespace in dpv_terms.prefixes().items():
        assert declared.get(prefix) == namespace, prefix


def test_every_prefix_the_model_admits_is_a_shipped_module():
    pattern = next(meta.pattern for meta in DpvTerm.__metadata__ if hasattr(meta, "pattern"))
    for prefix in dpv_terms.prefixes():
        assert re.match(pattern, f"{prefix}:Term"), prefix


def test_credit_checking_moved_to_the_finance_sector_in_2_1():
    assert dpv_terms.moves()["dpv:CreditChecking"] == ("sector-finance:CreditChecking", "2.1")
    message = dpv_terms.term_problem("dpv:CreditChecking")
    assert message == (
        '"dpv:CreditChecking" is not a DPV 2.3 term: '
        'it moved to "sector-finance:CreditChecking" in DPV 2.1'
    )


@pytest.mark.parametrize(
    ("term", "suggestion"),
    [
        ("dpv:EmailAddress", "pd:EmailAddress"),  # the same name in another module
        ("dpv:DirectMarketting", "dpv:DirectMarketing"),  # a close spelling in the same module
        ("sector-finanse:CreditChecking", "sector-finance:"),  # an unknown module
    ],
)
def test_an_unknown_term_gets_a_did_you_mean(term, suggestion):
    assert f'(did you mean "{suggestion}' in dpv_terms.term_problem(term)


def test_known_and_own_terms_pass():
    assert dpv_terms.term_problem("dpv:Marketing") is None
    assert dpv_terms.term_problem("nk:AnythingOfOurOwn") is None


def validate(write_notice, text):
    doc, problems = load_source(write_notice(text))
    assert problems == []
    return validate_document(doc)


def test_an_unknown_term_is_reported_at_its_line_and_column(minimal_text, write_notice):
    text = minimal_text.replace(
        "    data_subjects: [customers]\n    recipients",
        "    dpv: [dpv:Marketing, dpv:DirectMarketting]\n"
        "    data_subjects: [customers]\n    recipients",
    )
    notice, problems = validate(write_notice, text)
    assert notice is None
    assert [(p.line, p.col, p.message) for p in problems] == [
        (
            22,
            26,
            '"dpv:DirectMarketting" is not a DPV 2.3 term (did you mean "dpv:DirectMarketing"?)',
        )
    ]


def test_a_moved_term_in_a_data_subject_is_reported_with_its_move(minimal_text, write_notice):
    text = minimal_text.replace(
        "name: {nb: Kunder, en: Customers}",
        "name: {nb: Kunder, en: Customers}\n    dpv: dpv:CreditChecking",
    )
    _, problems = validate(write_notice, text)
    assert [(p.line, p.col) for p in problems] == [(17, 10)]
    assert "moved to" in problems[0].message


def test_sector_terms_are_accepted(minimal_text, write_notice):
    text = minimal_text.replace(
        "    data_subjects: [customers]\n    recipients",
        "    dpv: [sector-finance:CreditChecking]\n    data_subjects: [customers]\n    recipients",
    )
    notice, problems = validate(write_notice, text)
    assert problems == [] and notice.purposes[0].dpv == ["sector-finance:CreditChecking"]
