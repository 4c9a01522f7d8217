"""The semantic diff of the model: every kind of change, material or editorial, and renames."""

from __future__ import annotations

import pytest

from noticekit.diff.compare import diff_notice
from noticekit.diff.rules import BY_KIND

from .support import BASE
from .support import diff
from .support import found
from .support import notice


def purpose(data, pid):
    return next(item for item in data["purposes"] if item["id"] == pid)


ANALYTICS = {
    "id": "analytics",
    "name": {"nb": "Analyse", "en": "Analytics"},
    "legal_bases": ["A6-1-f"],
}

CASES = {
    "nothing": (lambda d: None, []),
    "purpose added": (
        lambda d: d["purposes"].append(ANALYTICS),
        [("purpose-added", "purposes.analytics", True)],
    ),
    "purpose removed": (
        lambda d: d["purposes"].pop(1),
        [("purpose-removed", "purposes.bookkeeping", False)],
    ),
    "purpose renamed (same content)": (
        lambda d: d["purposes"][1].update(id="accounting"),
        [("id-renamed", "purposes.accounting", False)],
    ),
    "purpose renamed, same name, new basis": (
        lambda d: d["purposes"][0].update(id="mail", legal_bases=["A6-1-b"]),
        [
            ("id-renamed", "purposes.mail", False),
            ("legal-basis-added", "purposes.mail.legal_bases", True),
            ("legal-basis-removed", "purposes.mail.legal_bases", True),
        ],
    ),
    "data category renamed, references follow": (
        lambda d: (
            d["data_categories"][0].update(id="contact-details"),
            purpose(d, "newsletter").update(data_categories=["contact-details"]),
            purpose(d, "bookkeeping").update(data_categories=["contact-details"]),
        ),
        [("id-renamed", "data_categories.contact-details", False)],
    ),
    "legal basis added": (
        lambda d: purpose(d, "newsletter")["legal_bases"].append("A6-1-b"),
        [("legal-basis-added", "purposes.newsletter.legal_bases", True)],
    ),
    "data category added": (
        lambda d: d["data_categories"].append(
            {"id": "health", "name": {"nb": "Helse"}, "special_category": True}
        ),
        [("data-category-added", "data_categories.health", True)],
    ),
    "data category added to a purpose": (
        lambda d: purpose(d, "newsletter")["data_categories"].append("credit"),
        [("purpose-data-category-added", "purposes.newsletter.data_categories", True)],
    ),
    "data category removed from a purpose": (
        lambda d: purpose(d, "bookkeeping").update(data_categories=[]),
        [("purpose-data-category-removed", "purposes.bookkeeping.data_categories", False)],
    ),
    "recipient added and used": (
        lambda d: (
            d["recipients"].append({"id": "crm", "name": "Salesforce", "countries": ["IE"]}),
            purpose(d, "newsletter")["recipients"].append("crm"),
        ),
        [
            ("recipient-added", "recipients.crm", True),
            ("purpose-recipient-added", "purposes.newsletter.recipients", True),
        ],
    ),
    "recipient renamed": (
        lambda d: d["recipients"][0].update(name="Brevo"),
        [("recipient-changed", "recipients.mailer.name", True)],
    ),
    "third country added": (
        lambda d: d["recipients"][0]["countries"].append("IN"),
        [("third-country-added", "recipients.mailer.countries", True)],
    ),
    "EEA country added": (
        lambda d: d["recipients"][0]["countries"].append("SE"),
        [("recipient-country-added", "recipients.mailer.countries", False)],
    ),
    "transfer mechanism changed": (
        lambda d: d["transfers"][0].update(mechanisms=["A45-3"]),
        [("transfer-mechanism-changed", "transfers.us.mechanisms", True)],
    ),
    "transfer added": (
        lambda d: d["transfers"].append(
            {"id": "in", "countries": ["IN"], "mechanisms": ["A46-2-c"]}
        ),
        [("transfer-added", "transfers.in", True)],
    ),
    "retention lengthened": (
        lambda d: purpose(d, "newsletter")["retention"].update(duration="P2Y"),
        [("retention-lengthened", "purposes.newsletter.retention.duration", True)],
    ),
    "retention shortened": (
        lambda d: purpose(d, "newsletter")["retention"].update(duration="P6M"),
        [("retention-shortened", "purposes.newsletter.retention.duration", False)],
    ),
    "retention respelled (P1Y is P12M)": (
        lambda d: purpose(d, "newsletter")["retention"].update(duration="P12M"),
        [],
    ),
    "retention end event no longer stated": (
        lambda d: purpose(d, "bookkeeping")["retention"].pop("event"),
        [("retention-changed", "purposes.bookkeeping.retention.event", True)],
    ),
    "retention stated": (
        lambda d: purpose(d, "analytics").update(retention={"duration": "P1M"}),
        [("retention-stated", "purposes.analytics.retention", False)],
        lambda d: d["purposes"].append(dict(ANALYTICS)),
    ),
    "controller added": (
        lambda d: d["controllers"].append(
            {"id": "sister", "legal_name": "Acme AB", "country": "SE"}
        ),
        [("controller-added", "controllers.sister", True)],
    ),
    "controller name changed": (
        lambda d: d["controllers"][0].update(legal_name="Acme Holding AS"),
        [("controller-changed", "controllers.acme.legal_name", True)],
    ),
    "DPO contact changed": (
        lambda d: d["dpo"].update(email="ombud@acme.example"),
        [("dpo-changed", "dpo", True)],
    ),
    "contact point changed": (
        lambda d: d["contact_points"][0].update(email="help@acme.example"),
        [("contact-point-changed", "contact_points.privacy.email", True)],
    ),
    "right added": (
        lambda d: d["rights"].append({"right": "A20"}),
        [("right-added", "rights.A20", False)],
    ),
    "right removed": (lambda d: d["rights"].pop(1), [("right-removed", "rights.A21", True)]),
    "right no longer applies": (
        lambda d: d["rights"][1].update(
            not_applicable={"nb": "Gjelder ikke.", "en": "Does not apply."}
        ),
        [("right-restricted", "rights.A21.not_applicable", True)],
    ),
    "automated decisions started": (
        lambda d: d["automated_decision_making"].update(in_use=True),
        [("automated-decisions-started", "automated_decision_making.in_use", True)],
    ),
    "automated decisions for a purpose": (
        lambda d: purpose(d, "newsletter").update(automated_decisions=True),
        [("automated-decisions-started", "purposes.newsletter.automated_decisions", True)],
    ),
    "profiling started": (
        lambda d: purpose(d, "newsletter").update(
            profiling={"nb": "Vi lager profiler.", "en": "We profile."}
        ),
        [("profiling-started", "purposes.newsletter.profiling", True)],
    ),
    "source added": (
        lambda d: (
            d["sources"].append(
                {"id": "bureau", "name": {"nb": "Kredittbyrå"}, "kind": "third-party"}
            ),
            purpose(d, "newsletter")["sources"].append("bureau"),
        ),
        [
            ("source-added", "sources.bureau", True),
            ("purpose-source-added", "purposes.newsletter.sources", True),
        ],
    ),
    "special category flag": (
        lambda d: d["data_categories"][1].update(special_category=True),
        [("special-category-changed", "data_categories.credit.special_category", True)],
    ),
    "collection": (
        lambda d: d["collection"].append("indirect"),
        [("collection-changed", "collection", True)],
    ),
    "DPV term": (
        lambda d: purpose(d, "newsletter").update(dpv=["dpv:Marketing"]),
        [("dpv-term-changed", "purposes.newsletter.dpv", False)],
    ),
    "version and date": (
        lambda d: d.update(version="2.1", effective_date="2025-09-01"),
        [
            ("version-changed", "version", False),
            ("effective-date-changed", "effective_date", False),
        ],
    ),
    "language added": (
        lambda d: d["languages"].append("sv"),
        [("language-added", "languages", False)],
    ),
    "cookie added": (
        lambda d: d["cookies"]["items"].append(
            {"id": "ga", "name": {"nb": "GA"}, "purpose": {"nb": "Statistikk"}}
        ),
        [("cookie-added", "cookies.items.ga", True)],
    ),
    "section added": (
        lambda d: d["sections"].append(
            {"id": "kids", "title": {"nb": "Barn"}, "body": {"nb": "Tekst."}}
        ),
        [("section-added", "sections.kids", False)],
    ),
    "security statement added": (
        lambda d: d["security"].append({"nb": "Tilgangskontroll."}),
        [("security-statement-added", "security.1", False)],
    ),
    "history entry added": (
        lambda d: d["changes"]["history"].insert(
            0, {"date": "2025-09-01", "version": "2.1", "summary": {"nb": "Ny."}}
        ),
        [("history-entry-added", "changes.history.2025-09-01@2.1", False)],
    ),
    "authority named by its code": (
        lambda d: d["rights"][2]["authority"].update(code="NO-DATATILSYNET"),
        [("complaint-authority-details-changed", "rights.A77.authority", False)],
    ),
    "another authority": (
        lambda d: d["rights"][2].update(
            authority={"code": "SE-IMY", "name": "IMY", "country": "SE"}
        ),
        [("complaint-authority-changed", "rights.A77.authority", True)],
    ),
}


@pytest.mark.parametrize("case", list(CASES))
def test_each_change_is_found_with_its_kind_path_and_class(case: str) -> None:
    edit, expected, *before = CASES[case]
    assert found(diff(edit, *before)) == expected


def test_every_reported_kind_is_a_row_of_the_table() -> None:
    kinds = {kind for _, expected, *_ in CASES.values() for kind, _, _ in expected}
    assert kinds <= set(BY_KIND)


def test_a_change_carries_its_old_and_new_value_and_its_place_in_the_new_file() -> None:
    result = diff(lambda d: purpose(d, "newsletter")["retention"].update(duration="P2Y"))
    change = result.changes[0]
    assert (change.old, change.new) == ("P1Y", "P2Y")
    assert change.at == ("purposes", 0, "retention", "duration")


def test_a_removed_item_is_placed_at_its_list_in_the_new_file() -> None:
    change = diff(lambda d: d["purposes"].pop(1)).changes[0]
    assert change.at == ("purposes",)
    assert change.old["id"] == "bookkeeping" and change.new is None


def test_added_and_removed_notices() -> None:
    current = notice(BASE)
    added, removed = diff_notice(None, current), diff_notice(current, None)
    assert [(c.kind, c.material) for c in added.changes] == [("notice-added", True)]
    assert [(c.kind, c.material) for c in removed.changes] == [("notice-removed", True)]
    assert (added.from_version, added.to_version) == (None, "2.0")
    assert (removed.from_version, removed.to_version) == ("2.0", None)


def test_a_notice_is_material_when_one_change_is() -> None:
    assert diff(lambda d: d["purposes"].append(ANALYTICS)).material
    assert not diff(lambda d: d["purposes"].pop(1)).material
