"""Tests for purposes, data categories, sources, recipients, retention and transfers."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from noticekit.models import DataCategory
from noticekit.models import Purpose
from noticekit.models import Recipient
from noticekit.models import Retention
from noticekit.models import Source
from noticekit.models import Transfer

NAME = {"nb": "Navn"}


def test_a_recipient_is_named_or_a_category():
    assert Recipient.model_validate({"id": "mailchimp", "name": "MailChimp"}).category is None
    assert (
        Recipient.model_validate({"id": "auditors", "category": {"nb": "Revisorer"}}).name is None
    )
    with pytest.raises(ValidationError, match="a recipient needs a name"):
        Recipient.model_validate({"id": "nobody", "role": "processor"})


def test_retention_states_a_duration_an_event_or_criteria():
    assert Retention.model_validate({"duration": "P5Y"}).duration == "P5Y"
    assert Retention.model_validate({"event": {"nb": "til du melder deg av"}}).duration is None
    with pytest.raises(ValidationError, match="retention needs a duration, an event or criteria"):
        Retention.model_validate({})


def test_legal_bases_are_the_closed_gdpr_set():
    purpose = Purpose.model_validate({"id": "p", "name": NAME, "legal_bases": ["A6-1-f", "A9-2-a"]})
    assert purpose.legal_bases == ["A6-1-f", "A9-2-a"]
    for bad in ("A6-1-g", "A9-2-k", "6(1)(a)", "consent"):
        with pytest.raises(ValidationError):
            Purpose.model_validate({"id": "p", "name": NAME, "legal_bases": [bad]})


def test_recipients_absent_differs_from_none():
    assert Purpose.model_validate({"id": "p", "name": NAME}).recipients is None
    assert Purpose.model_validate({"id": "p", "name": NAME, "recipients": []}).recipients == []


def test_purpose_flags_are_strict():
    with pytest.raises(ValidationError):
        Purpose.model_validate({"id": "p", "name": NAME, "automated_decisions": "yes"})


def test_data_category_flags_and_requirement():
    category = DataCategory.model_validate(
        {"id": "health", "name": NAME, "special_category": True, "requirement": "statutory"}
    )
    assert category.special_category and not category.criminal_offence
    for bad in ({"special_category": "yes"}, {"mandatory": "no"}, {"requirement": "required"}):
        with pytest.raises(ValidationError):
            DataCategory.model_validate({"id": "c", "name": NAME, **bad})


def test_source_publicly_available_is_true_false_or_absent():
    assert Source.model_validate({"id": "s", "name": NAME}).publicly_available is None
    assert Source.model_validate(
        {"id": "s", "name": NAME, "publicly_available": True}
    ).publicly_available
    with pytest.raises(ValidationError):
        Source.model_validate({"id": "s", "name": NAME, "publicly_available": "y"})


def test_transfer_mechanisms_and_countries():
    transfer = Transfer.model_validate({"id": "us", "countries": ["US"], "mechanisms": ["A46-2-c"]})
    assert transfer.recipients == []
    bad_values = ({"mechanisms": ["SCC"]}, {"mechanisms": "A46-2-c"}, {"countries": ["usa"]})
    for bad in (*bad_values, {"safeguards_url": "example.com"}):
        with pytest.raises(ValidationError):
            Transfer.model_validate({"id": "us", **bad})


def test_a_transfer_rests_on_several_mechanisms_each_once():
    both = ["A45-3", "A46-2-c"]
    assert Transfer.model_validate({"id": "us", "mechanisms": both}).mechanisms == both
    assert Transfer.model_validate({"id": "us"}).mechanisms == []
    with pytest.raises(ValidationError, match='mechanism "A46-2-c" is listed twice'):
        Transfer.model_validate({"id": "us", "mechanisms": ["A46-2-c", "A45-3", "A46-2-c"]})


def test_the_old_single_mechanism_field_is_refused():
    with pytest.raises(ValidationError, match="mechanism"):
        Transfer.model_validate({"id": "us", "mechanism": "A46-2-c"})


def test_an_international_organisation_is_a_destination_named_per_language():
    who = [{"en": "World Health Organization"}]
    transfer = Transfer.model_validate({"id": "who", "international_organisations": who})
    assert transfer.countries == [] and transfer.international_organisations == who
    with pytest.raises(ValidationError):
        Transfer.model_validate({"id": "who", "international_organisations": ["WHO"]})


def test_compelling_interests_belong_to_an_a49_2_transfer_only():
    interests = {"en": "We must find the cause of a fire hazard."}
    transfer = {"id": "t", "mechanisms": ["A49-2"], "compelling_interests": interests}
    assert Transfer.model_validate(transfer).compelling_interests == interests
    with pytest.raises(ValidationError, match='belongs only to a transfer with mechanism "A49-2"'):
        Transfer.model_validate({**transfer, "mechanisms": ["A46-2-c"]})


def test_a_recipient_may_give_its_postal_address():
    address = {"lines": ["1 Example Road"], "city": "Singapore", "country": "SG"}
    recipient = Recipient.model_validate({"id": "lab", "name": "Lab", "address": address})
    assert recipient.address is not None and recipient.address.city == "Singapore"
    assert Recipient.model_validate({"id": "lab", "name": "Lab"}).address is None
