"""The Markdown filters: lists and blocks built in Python read as the template loops did."""

from __future__ import annotations

from noticekit.render.markdown.filters import contact
from noticekit.render.markdown.filters import line
from noticekit.render.markdown.filters import purpose_facts
from noticekit.render.markdown.filters import with_flag
from noticekit.render.view.picker import Text

LABELS = {
    key: key.upper() for key in ("Address", "E-mail", "Phone", "Web", "Not stated in this notice")
}
CONTEXT = {"label": LABELS, "fallback_note": "in English", "title": {"objection": "Object"}}


def _purpose(**fields):
    keys = (
        "controllers", "data_subjects", "data_categories", "sources", "legal_bases",
        "legitimate_interest",
        "law", "legal_basis_note", "retention", "recipients", "profiling", "automated_decisions",
        "objection_right", "objection", "controllers_not_stated", "joint_arrangements",
        "criminal_offence_ground", "requirement", "mandatory",
        "consequence", "automated_decision_details", "further_processing",
    )  # fmt: skip
    lists = {
        "data_categories": [], "legal_bases": [], "retention_periods": [],
        "information_exemptions": [],
    }  # fmt: skip
    return {key: None for key in keys} | lists | fields


def test_line_folds_a_text_and_notes_a_fallback():
    assert line(CONTEXT, Text("two\n  lines [x](javascript:y)", lang="en")) == (
        "two lines \\[x\\](javascript:y) *(in English)*"
    )
    assert line(CONTEXT, "a_b _c_\n d") == "a_b \\_c\\_ d"


def test_contact_lists_address_lines_then_links():
    item = {
        "address": {"lines": ["Gate 1", "0150 Oslo"]},
        "email": "a@b.no",
        "phone": "+47 22 (0)",
        "url": None,
    }
    assert contact(CONTEXT, item) == (
        "\nADDRESS:\\\nGate 1\\\n0150 Oslo\n\n- E-MAIL: [a@b.no](mailto:a@b.no)\n- PHONE: [+47 22 "
        "(0)](tel:+4722)\n\n"
    )


def test_purpose_without_legal_basis_or_retention_says_not_stated():
    labels = LABELS | {
        key: key
        for key in ("Data we process", "Legal basis", "Retention", "Recipients", "No recipients")
    }
    facts = purpose_facts(CONTEXT | {"label": labels}, _purpose(recipients=[]))
    assert facts.split("\n") == [
        "- **Data we process**: *NOT STATED IN THIS NOTICE*",
        "- **Legal basis**: *NOT STATED IN THIS NOTICE*",
        "- **Retention**: *NOT STATED IN THIS NOTICE*",
        "- **Recipients**: No recipients",
    ]


def test_with_flag_leaves_out_what_is_not_given():
    assert with_flag("Kind", True, "yes", "no") == "Kind · yes"
    assert with_flag(None, False, "yes", "no") == "no"
    assert with_flag("Kind", None, "yes", "no") == "Kind"
