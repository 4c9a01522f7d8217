"""Tests for a purpose's own parts: the Art. 10 ground, its duty to provide data, its decisions."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from noticekit.models import AutomatedDecisionDetails
from noticekit.models import CriminalOffenceGround
from noticekit.models import Purpose

NAME = {"en": "Name"}
TEXT = {"en": "Text"}


def test_the_art_10_ground_is_a_law_or_an_official_authority():
    assert CriminalOffenceGround.model_validate({"law": TEXT}).official_authority is None
    assert CriminalOffenceGround.model_validate({"official_authority": TEXT}).law is None
    with pytest.raises(ValidationError, match='needs the "law" or the "official_authority"'):
        CriminalOffenceGround.model_validate({})


def test_the_art_10_ground_is_apart_from_the_art_6_3_law():
    purpose = Purpose.model_validate(
        {"id": "p", "name": NAME, "law": TEXT, "criminal_offence_ground": {"law": {"en": "Other"}}}
    )
    assert purpose.law == TEXT and purpose.criminal_offence_ground.law == {"en": "Other"}


def test_a_purpose_states_its_own_duty_to_provide_data():
    purpose = Purpose.model_validate(
        {
            "id": "p",
            "name": NAME,
            "requirement": "statutory",
            "mandatory": True,
            "consequence": TEXT,
        }
    )
    assert (purpose.requirement, purpose.mandatory, purpose.consequence) == (
        "statutory",
        True,
        TEXT,
    )
    for bad in ({"requirement": "legal"}, {"mandatory": "yes"}):
        with pytest.raises(ValidationError):
            Purpose.model_validate({"id": "p", "name": NAME, **bad})


def test_decision_details_state_something_and_need_automated_decisions():
    assert AutomatedDecisionDetails.model_validate({"logic": TEXT}).significance is None
    with pytest.raises(ValidationError, match="need the logic, significance, consequences or"):
        AutomatedDecisionDetails.model_validate({})
    details = {"automated_decision_details": {"logic": TEXT}}
    assert Purpose.model_validate({"id": "p", "name": NAME, "automated_decisions": True, **details})
    with pytest.raises(ValidationError, match='need "automated_decisions: true"'):
        Purpose.model_validate({"id": "p", "name": NAME, **details})
