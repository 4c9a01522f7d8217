"""Tests for controllers, the DPO, representatives, addresses and contact points."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from noticekit.models import ContactPoint
from noticekit.models import Controller
from noticekit.models import DataProtectionOfficer
from noticekit.models import JointArrangement
from noticekit.models import PostalAddress


def test_an_appointed_dpo_needs_a_contact_detail():
    with pytest.raises(ValidationError, match="an appointed DPO needs at least one contact detail"):
        DataProtectionOfficer.model_validate({"appointed": True, "name": "Kari Nordmann"})
    assert DataProtectionOfficer.model_validate(
        {"appointed": True, "email": "dpo@example.com"}
    ).appointed


def test_no_dpo_can_be_stated_without_contact_details():
    dpo = DataProtectionOfficer.model_validate(
        {"appointed": False, "statement": {"nb": "Vi har ikke personvernombud."}}
    )
    assert dpo.appointed is False


def test_dpo_appointed_must_be_true_or_false():
    with pytest.raises(ValidationError):
        DataProtectionOfficer.model_validate({"appointed": "no"})


def test_controller_with_representative():
    controller = Controller.model_validate(
        {
            "id": "acme-inc",
            "legal_name": "Acme Inc.",
            "country": "US",
            "representative": {"name": "Acme EU Rep", "email": "rep@example.eu"},
            "address": {
                "lines": ["1 Main St"],
                "postal_code": "02110",
                "city": "Boston",
                "country": "US",
            },
        }
    )
    assert controller.representative.name == "Acme EU Rep"
    with pytest.raises(
        ValidationError
    ):  # joint control is a `joint_arrangements` entry, not a role
        Controller.model_validate({"id": "x", "legal_name": "X", "role": "joint-controller"})


def test_joint_arrangement_says_what_it_covers():
    arrangement = JointArrangement.model_validate(
        {
            "id": "app",
            "controllers": ["acme", "beta"],
            "purposes": ["app"],
            "essence": {"en": "Acme answers requests."},
            "rights_against_each": {"en": "You can turn to each of us."},
            "contact_point": "requests",
        }
    )
    assert arrangement.purposes == ["app"] and arrangement.scope is None
    assert (
        JointArrangement.model_validate(
            {"id": "web", "controllers": ["acme"], "scope": {"nb": "Nettstedene våre."}}
        ).purposes
        == []
    )
    with pytest.raises(ValidationError, match='needs "purposes" or "scope"'):
        JointArrangement.model_validate({"id": "app", "controllers": ["acme", "beta"]})
    with pytest.raises(ValidationError):
        JointArrangement.model_validate({"id": "app", "controllers": [], "purposes": ["app"]})


def test_an_address_needs_a_line():
    with pytest.raises(ValidationError):
        PostalAddress.model_validate({"lines": [], "city": "Oslo"})


def test_contact_point_fields():
    point = ContactPoint.model_validate(
        {
            "id": "requests",
            "name": {"nb": "Henvendelser"},
            "phone": "+47 4000 1451",
            "fee_policy": {"nb": "Gratis."},
        }
    )
    assert point.controller is None
    with pytest.raises(ValidationError):
        ContactPoint.model_validate(
            {"id": "requests", "name": {"nb": "x"}, "email": "not-an-address"}
        )


def test_a_contact_point_has_further_phone_numbers_each_with_a_label():
    point = ContactPoint.model_validate(
        {
            "id": "privacy",
            "name": {"en": "Privacy"},
            "phone": "+47 22 00 00 00",
            "other_phones": [
                {"number": "+47 22 00 00 01", "label": {"en": "Text phone"}},
                {"number": "+47 22 00 00 02"},
            ],
        }
    )
    assert [phone.number for phone in point.other_phones] == ["+47 22 00 00 01", "+47 22 00 00 02"]
    assert point.other_phones[1].label is None
    with pytest.raises(ValidationError):
        ContactPoint.model_validate({"id": "p", "name": {"en": "P"}, "other_phones": ["+47 22"]})


def test_every_party_with_a_phone_may_give_more():
    more = {"other_phones": [{"number": "+47 22 00 00 01"}]}
    assert Controller.model_validate({"id": "c", "legal_name": "C", **more}).other_phones
    controller = Controller.model_validate(
        {"id": "c", "legal_name": "C", "representative": {"name": "Rep", **more}}
    )
    assert controller.representative is not None and controller.representative.other_phones


def test_an_appointed_dpo_reachable_by_a_further_phone_has_a_contact_detail():
    dpo = {"appointed": True, "other_phones": [{"number": "+47 22 00 00 01"}]}
    assert DataProtectionOfficer.model_validate(dpo).other_phones
