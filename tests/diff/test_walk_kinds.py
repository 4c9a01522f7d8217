"""The remaining kinds of change, one case each (`test_walk.py` has the main ones)."""

from __future__ import annotations

import pytest

from noticekit.diff.rules import BY_KIND

from .support import diff
from .support import found

STAFF = {"id": "staff", "name": {"nb": "Ansatte"}}
CRM = {"id": "crm", "name": "Salesforce", "countries": ["IE"]}
SISTER = {"id": "sister", "legal_name": "Acme AB"}
DESK = {"id": "desk", "name": {"nb": "Skranke"}}


def purpose(d, pid):
    return next(item for item in d["purposes"] if item["id"] == pid)


def nothing(d):
    return None


#: kind -> (edit, where the change is, before: how the base is first edited)
CASES = {
    "notice-id-changed": (lambda d: d.update(id="other"), "id", nothing),
    "language-removed": (
        lambda d: d["languages"].remove("sv"),
        "languages",
        lambda d: d["languages"].append("sv"),
    ),
    "fallback-language-changed": (
        lambda d: d.update(fallback_language="en"),
        "fallback_language",
        nothing,
    ),
    "published-address-changed": (
        lambda d: d.update(canonical_url="https://acme.example/p"),
        "canonical_url",
        nothing,
    ),
    "children-addressed-changed": (
        lambda d: d.update(addressed_to_children=True),
        "addressed_to_children",
        nothing,
    ),
    "jurisdictions-changed": (lambda d: d["jurisdictions"].append("SE"), "jurisdictions", nothing),
    "controller-removed": (
        lambda d: d["controllers"].pop(),
        "controllers.sister",
        lambda d: d["controllers"].append(SISTER),
    ),
    "contact-point-added": (
        lambda d: d["contact_points"].append(DESK),
        "contact_points.desk",
        nothing,
    ),
    "contact-point-removed": (
        lambda d: d["contact_points"].pop(),
        "contact_points.desk",
        lambda d: d["contact_points"].append(DESK),
    ),
    "data-subject-category-added": (
        lambda d: d["data_subjects"].append(STAFF),
        "data_subjects.staff",
        nothing,
    ),
    "data-subject-category-removed": (
        lambda d: d["data_subjects"].pop(),
        "data_subjects.staff",
        lambda d: d["data_subjects"].append(STAFF),
    ),
    "data-category-removed": (
        lambda d: d["data_categories"].pop(),
        "data_categories.credit",
        nothing,
    ),
    "criminal-offence-data-changed": (
        lambda d: d["data_categories"][1].update(criminal_offence=True),
        "data_categories.credit.criminal_offence",
        nothing,
    ),
    "provision-requirement-changed": (
        lambda d: d["data_categories"][0].update(mandatory=False),
        "data_categories.contact.mandatory",
        nothing,
    ),
    "source-removed": (
        lambda d: d["sources"].pop(),
        "sources.bureau",
        lambda d: d["sources"].append({"id": "bureau", "name": {"nb": "Byrå"}}),
    ),
    "source-changed": (
        lambda d: d["sources"][0].update(kind="third-party"),
        "sources.customer.kind",
        nothing,
    ),
    "purpose-controller-added": (
        lambda d: purpose(d, "newsletter").update(controllers=["acme"]),
        "purposes.newsletter.controllers",
        nothing,
    ),
    "purpose-controller-removed": (
        lambda d: purpose(d, "newsletter").update(controllers=[]),
        "purposes.newsletter.controllers",
        lambda d: purpose(d, "newsletter").update(controllers=["acme"]),
    ),
    "purpose-data-subject-added": (
        lambda d: purpose(d, "newsletter")["data_subjects"].append("staff"),
        "purposes.newsletter.data_subjects",
        lambda d: d["data_subjects"].append(STAFF),
    ),
    "purpose-data-subject-removed": (
        lambda d: purpose(d, "bookkeeping").update(data_subjects=[]),
        "purposes.bookkeeping.data_subjects",
        nothing,
    ),
    "purpose-source-removed": (
        lambda d: purpose(d, "newsletter").update(sources=[]),
        "purposes.newsletter.sources",
        nothing,
    ),
    "purpose-recipient-removed": (
        lambda d: purpose(d, "newsletter").update(recipients=[]),
        "purposes.newsletter.recipients",
        nothing,
    ),
    "recipients-statement-changed": (
        lambda d: purpose(d, "bookkeeping").pop("recipients"),
        "purposes.bookkeeping.recipients",
        nothing,
    ),
    "retention-removed": (
        lambda d: purpose(d, "bookkeeping").pop("retention"),
        "purposes.bookkeeping.retention",
        nothing,
    ),
    "automated-decisions-stopped": (
        lambda d: d["automated_decision_making"].update(in_use=False),
        "automated_decision_making.in_use",
        lambda d: d["automated_decision_making"].update(in_use=True),
    ),
    "automated-decisions-stated": (
        lambda d: d.update(automated_decision_making={"in_use": False}),
        "automated_decision_making.in_use",
        lambda d: d.pop("automated_decision_making"),
    ),
    "profiling-stopped": (
        lambda d: purpose(d, "newsletter").pop("profiling"),
        "purposes.newsletter.profiling",
        lambda d: purpose(d, "newsletter").update(profiling={"nb": "Profiler."}),
    ),
    "summary-flag-changed": (
        lambda d: purpose(d, "newsletter").update(high_impact=True),
        "purposes.newsletter.high_impact",
        nothing,
    ),
    "recipient-removed": (
        lambda d: d["recipients"].pop(),
        "recipients.crm",
        lambda d: d["recipients"].append(CRM),
    ),
    "country-removed": (
        lambda d: d["transfers"][0].update(countries=[]),
        "transfers.us.countries",
        nothing,
    ),
    "recipient-examples-changed": (
        lambda d: d["recipients"][0].update(examples=["Mandrill"]),
        "recipients.mailer.examples",
        nothing,
    ),
    "transfer-removed": (lambda d: d["transfers"].pop(), "transfers.us", nothing),
    "transfer-recipient-added": (
        lambda d: d["transfers"][0]["recipients"].append("crm"),
        "transfers.us.recipients",
        lambda d: d["recipients"].append(CRM),
    ),
    "transfer-recipient-removed": (
        lambda d: d["transfers"][0].update(recipients=[]),
        "transfers.us.recipients",
        nothing,
    ),
    "safeguards-address-changed": (
        lambda d: d["transfers"][0].update(safeguards_url="https://acme.example/scc"),
        "transfers.us.safeguards_url",
        nothing,
    ),
    "right-restriction-lifted": (
        lambda d: d["rights"][1].pop("not_applicable"),
        "rights.A21.not_applicable",
        lambda d: d["rights"][1].update(not_applicable={"nb": "Nei."}),
    ),
    "right-contact-changed": (
        lambda d: d["rights"][0].update(contact_point="desk"),
        "rights.A15.contact_point",
        lambda d: d["contact_points"].append(DESK),
    ),
    "cookie-removed": (lambda d: d["cookies"]["items"].pop(), "cookies.items.session", nothing),
    "cookie-changed": (
        lambda d: d["cookies"]["items"][0].update(category="analytics"),
        "cookies.items.session.category",
        nothing,
    ),
    "section-removed": (lambda d: d["sections"].pop(), "sections.more", nothing),
    "security-statement-removed": (lambda d: d["security"].pop(), "security.0", nothing),
    "history-entry-removed": (
        lambda d: d["changes"]["history"].pop(),
        "changes.history.2025-06-01@2.0",
        nothing,
    ),
    "field-changed": (lambda d: d.update(languages=["en", "nb"]), "languages.0", nothing),
}


@pytest.mark.parametrize("kind", list(CASES))
def test_one_change_of_each_kind(kind: str) -> None:
    edit, path, before = CASES[kind]
    assert found(diff(edit, before)) == [(kind, path, BY_KIND[kind].material)]


def test_every_kind_has_a_case() -> None:
    """Here, in test_walk.py or test_walk_newer.py, or (texts, notices added or removed) in
    test_texts.py."""
    from . import test_walk
    from . import test_walk_newer

    walked = {kind for _, expected, *_ in test_walk.CASES.values() for kind, _, _ in expected}
    walked |= set(test_walk_newer.CASES)
    texts = {"text-added", "text-removed", "text-changed", "authoritative-text-changed"}
    others = {"translation-changed", "notice-added", "notice-removed"}
    assert set(BY_KIND) - set(CASES) - walked == texts | others
