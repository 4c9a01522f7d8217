"""The kinds of change of the newer model fields, one case each: joint control, a purpose's
storage periods, Art. 14(5) exemptions, further processing, direct marketing, the Art. 10 ground
and automated-decision details, international organisations, the language fields, no transfers."""

from __future__ import annotations

import pytest

from noticekit.diff.rules import BY_KIND

from .support import diff
from .support import found

SISTER = {"id": "sister", "legal_name": "Acme AB"}
JOINT = {"id": "group", "controllers": ["acme", "sister"], "purposes": ["newsletter"]}
PERIOD = {"data_categories": ["credit"], "duration": "P3M"}
EXEMPTION = {"exemption": "A14-5-b", "ground": "disproportionate-effort", "sources": ["customer"]}
WHO = {"nb": "Verdens helseorganisasjon", "en": "World Health Organization"}


def newsletter(d):
    return d["purposes"][0]


def with_sister(d):
    d["controllers"].append(SISTER)


def with_joint(d):
    with_sister(d)
    d["joint_arrangements"] = [dict(JOINT)]


def nothing(d):
    return None


#: kind -> (edit, where the change is, before: how the base is first edited)
CASES = {
    "joint-arrangement-added": (
        lambda d: d.update(joint_arrangements=[JOINT]),
        "joint_arrangements.group",
        with_sister,
    ),
    "joint-arrangement-removed": (
        lambda d: d.pop("joint_arrangements"),
        "joint_arrangements.group",
        with_joint,
    ),
    "joint-arrangement-changed": (
        lambda d: d["joint_arrangements"][0].update(purposes=["newsletter", "bookkeeping"]),
        "joint_arrangements.group.purposes",
        with_joint,
    ),
    "retention-period-added": (
        lambda d: newsletter(d).update(retention_periods=[PERIOD]),
        "purposes.newsletter.retention_periods.credit",
        nothing,
    ),
    "retention-period-removed": (
        lambda d: newsletter(d).pop("retention_periods"),
        "purposes.newsletter.retention_periods.credit",
        lambda d: newsletter(d).update(retention_periods=[PERIOD]),
    ),
    "information-exemption-added": (
        lambda d: newsletter(d).update(information_exemptions=[EXEMPTION]),
        "purposes.newsletter.information_exemptions.A14-5-b",
        nothing,
    ),
    "information-exemption-removed": (
        lambda d: newsletter(d).pop("information_exemptions"),
        "purposes.newsletter.information_exemptions.A14-5-b",
        lambda d: newsletter(d).update(information_exemptions=[EXEMPTION]),
    ),
    "information-exemption-changed": (
        lambda d: newsletter(d)["information_exemptions"][0].update(ground="impossible"),
        "purposes.newsletter.information_exemptions.A14-5-b.ground",
        lambda d: newsletter(d).update(information_exemptions=[dict(EXEMPTION)]),
    ),
    "further-processing-added": (
        lambda d: d["purposes"][1].update(further_processing={"starts": "2025-09-01"}),
        "purposes.bookkeeping.further_processing",
        nothing,
    ),
    "further-processing-removed": (
        lambda d: d["purposes"][1].pop("further_processing"),
        "purposes.bookkeeping.further_processing",
        lambda d: d["purposes"][1].update(further_processing={"starts": "2025-09-01"}),
    ),
    "further-processing-changed": (
        lambda d: d["purposes"][1]["further_processing"].update(starts="2025-08-01"),
        "purposes.bookkeeping.further_processing.starts",
        lambda d: d["purposes"][1].update(further_processing={"starts": "2025-09-01"}),
    ),
    "direct-marketing-started": (
        lambda d: newsletter(d).update(direct_marketing=True),
        "purposes.newsletter.direct_marketing",
        nothing,
    ),
    "direct-marketing-stopped": (
        lambda d: newsletter(d).update(direct_marketing=False),
        "purposes.newsletter.direct_marketing",
        lambda d: newsletter(d).update(direct_marketing=True),
    ),
    "international-organisation-added": (
        lambda d: d["transfers"][0].update(international_organisations=[WHO]),
        "transfers.us.international_organisations.Verdens helseorganisasjon",
        nothing,
    ),
    "international-organisation-removed": (
        lambda d: d["transfers"][0].pop("international_organisations"),
        "transfers.us.international_organisations.Verdens helseorganisasjon",
        lambda d: d["transfers"][0].update(international_organisations=[WHO]),
    ),
    "recipient-address-changed": (
        lambda d: d["recipients"][0].update(address={"lines": ["Ponce de Leon Ave 675"]}),
        "recipients.mailer.address",
        nothing,
    ),
    "authoritative-language-changed": (
        lambda d: d.update(authoritative_language="nb"),
        "authoritative_language",
        nothing,
    ),
    "language-status-changed": (
        lambda d: d.update(language_versions={"en": {"status": "machine-translation"}}),
        "language_versions.en",
        lambda d: d.update(language_versions={"en": {"status": "translation"}}),
    ),
    "no-transfers-stated": (
        lambda d: d.update(no_transfers=True, transfers=[]),
        "no_transfers",
        lambda d: None,
    ),
    "no-transfers-statement-removed": (
        lambda d: d.update(no_transfers=False),
        "no_transfers",
        lambda d: d.update(no_transfers=True, transfers=[]),
    ),
}


@pytest.mark.parametrize("kind", list(CASES))
def test_one_change_of_each_newer_kind(kind: str) -> None:
    edit, path, before = CASES[kind]
    changes = found(diff(edit, before))
    if kind == "no-transfers-stated":  # the transfer went at the same time
        changes = [change for change in changes if change[0] != "transfer-removed"]
    assert changes == [(kind, path, BY_KIND[kind].material)]


def test_a_cookie_now_said_to_be_third_party_is_a_cookie_change() -> None:
    result = diff(lambda d: d["cookies"]["items"][0].update(party="third-party"))
    assert found(result) == [("cookie-changed", "cookies.items.session.party", True)]
    assert (result.changes[0].old, result.changes[0].new) == (None, "third-party")


def test_a_storage_period_lengthened_for_some_data_is_material() -> None:
    result = diff(
        lambda d: newsletter(d)["retention_periods"][0].update(duration="P6M"),
        lambda d: newsletter(d).update(retention_periods=[dict(PERIOD)]),
    )
    path = "purposes.newsletter.retention_periods.credit.duration"
    assert found(result) == [("retention-lengthened", path, True)]


def test_retention_by_criteria_reworded_is_a_text_change_and_replacing_a_duration_is_not() -> None:
    criteria = {"nb": "Så lenge du er kunde.", "en": "While you are a customer."}
    reworded = {**criteria, "en": "For as long as you are a customer."}
    to_criteria = diff(lambda d: newsletter(d).update(retention={"criteria": criteria}))
    assert [kind for kind, _, _ in found(to_criteria)] == ["retention-changed", "retention-changed"]
    assert found(
        diff(
            lambda d: newsletter(d).update(retention={"criteria": reworded}),
            lambda d: newsletter(d).update(retention={"criteria": criteria}),
        )
    ) == [("translation-changed", "purposes.newsletter.retention.criteria", False)]


def test_automated_decision_details_and_the_art_10_ground_are_texts() -> None:
    logic = {"nb": "Poengsum.", "en": "A score."}
    result = diff(
        lambda d: d["purposes"][1].update(
            automated_decision_details={"logic": logic},
            criminal_offence_ground={"law": {"nb": "Lov X § 1", "en": "Act X s. 1"}},
        ),
        lambda d: d["purposes"][1].update(automated_decisions=True),
    )
    assert found(result) == [
        ("text-added", "purposes.bookkeeping.criminal_offence_ground.law", False),
        ("text-added", "purposes.bookkeeping.automated_decision_details.logic", False),
    ]


def test_a_joint_arrangement_follows_a_renamed_purpose() -> None:
    def rename(d):
        d["purposes"][0]["id"] = "mail"
        d["joint_arrangements"][0]["purposes"] = ["mail"]

    assert found(diff(rename, with_joint)) == [("id-renamed", "purposes.mail", False)]


def test_an_exemption_follows_a_renamed_source() -> None:
    def rename(d):
        d["sources"][0]["id"] = "you"
        newsletter(d)["sources"] = ["you"]
        newsletter(d)["information_exemptions"][0]["sources"] = ["you"]

    before = lambda d: newsletter(d).update(information_exemptions=[dict(EXEMPTION)])  # noqa: E731
    assert found(diff(rename, before)) == [("id-renamed", "sources.you", False)]
