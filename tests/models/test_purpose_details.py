"""A purpose's own parts: Art. 10 ground, duty to provide, decisions, exemptions, new purpose."""

from __future__ import annotations

import datetime as dt

import pytest
from pydantic import ValidationError

from noticekit.models import AutomatedDecisionDetails
from noticekit.models import CriminalOffenceGround
from noticekit.models import FurtherProcessing
from noticekit.models import InformationExemption
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


def test_an_exemption_is_one_of_the_two_cases_with_its_own_fields():
    exemption = InformationExemption.model_validate(
        {"exemption": "A14-5-b", "ground": "impossible", "sources": ["register"], "measures": TEXT}
    )
    assert (exemption.ground, exemption.sources) == ("impossible", ["register"])
    assert InformationExemption.model_validate({"exemption": "A14-5-c", "law": TEXT}).law == TEXT
    for bad in ({"exemption": "A14-5-a"}, {"exemption": "A14-5-b", "ground": "too-costly"}):
        with pytest.raises(ValidationError):
            InformationExemption.model_validate(bad)


def test_the_ground_belongs_to_b_and_the_law_to_c():
    with pytest.raises(ValidationError, match='"ground" belongs only to the exemption "A14-5-b"'):
        InformationExemption.model_validate({"exemption": "A14-5-c", "ground": "impossible"})
    with pytest.raises(ValidationError, match='"law" belongs only to the exemption "A14-5-c"'):
        InformationExemption.model_validate({"exemption": "A14-5-b", "law": TEXT})


def test_further_processing_names_the_original_purposes_and_a_start_date():
    further = FurtherProcessing.model_validate(
        {"original_purposes": ["contract"], "starts": "2026-11-01", "compatibility": TEXT}
    )
    assert further.starts == dt.date(2026, 11, 1)
    with pytest.raises(ValidationError, match="is not a date"):
        FurtherProcessing.model_validate({"starts": 20261101})
    purpose = Purpose.model_validate({"id": "p", "name": NAME, "further_processing": {}})
    assert purpose.further_processing is not None
