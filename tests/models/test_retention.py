"""Tests for retention: one period per purpose, and further periods for some data or a condition."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from noticekit.models import Purpose
from noticekit.models import RetentionPeriod

NAME = {"en": "Name"}


def test_a_further_period_names_its_data_or_its_condition():
    period = RetentionPeriod.model_validate({"data_categories": ["cv"], "duration": "P1Y"})
    assert period.data_categories == ["cv"] and period.condition is None
    conditional = {"condition": {"en": "If you ask us"}, "duration": "P1Y"}
    assert RetentionPeriod.model_validate(conditional).data_categories == []
    with pytest.raises(ValidationError, match='names its "data_categories" or its "condition"'):
        RetentionPeriod.model_validate({"duration": "P1Y"})


def test_a_further_period_still_states_a_period():
    with pytest.raises(ValidationError, match="retention needs a duration, an event or criteria"):
        RetentionPeriod.model_validate({"data_categories": ["cv"]})


def test_a_purpose_has_several_periods():
    purpose = Purpose.model_validate(
        {
            "id": "p",
            "name": NAME,
            "retention": {"duration": "P6M"},
            "retention_periods": [
                {"data_categories": ["cv"], "duration": "P1Y"},
                {"condition": {"en": "If you ask us"}, "duration": "P2Y"},
            ],
        }
    )
    assert [period.duration for period in purpose.retention_periods] == ["P1Y", "P2Y"]
