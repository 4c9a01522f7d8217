"""Tests for the root Notice model and its non-processing parts: strictness, rights, cookies,
changes."""

from __future__ import annotations

import datetime as dt

import pytest
from pydantic import BaseModel
from pydantic import ValidationError

from noticekit.commands.reference import models_in_order
from noticekit.models import Notice
from noticekit.models import Right

TEXT = {"nb": "Tekst", "en": "Text"}


def minimal(**changes):
    data = {
        "id": "acme",
        "title": TEXT,
        "version": "1.0",
        "languages": ["nb", "en"],
        "collection": ["direct"],
        "controllers": [{"id": "acme-as", "legal_name": "Acme AS"}],
        "purposes": [{"id": "service", "name": TEXT}],
    }
    data.update(changes)
    return data


def error_types(data) -> set[tuple[tuple, str]]:
    with pytest.raises(ValidationError) as caught:
        Notice.model_validate(data)
    return {(tuple(error["loc"]), error["type"]) for error in caught.value.errors()}


def test_a_minimal_notice_is_valid_with_empty_defaults():
    notice = Notice.model_validate(minimal())
    assert notice.rights == [] and notice.dpo is None and notice.addressed_to_children is False
    assert notice.joint_arrangements == [] and notice.purposes[0].controllers == []


def test_unknown_fields_are_refused_at_every_level():
    data = minimal(summary=TEXT)
    data["controllers"][0]["legalname"] = "x"
    assert error_types(data) == {
        (("summary",), "extra_forbidden"),
        (("controllers", 0, "legalname"), "extra_forbidden"),
    }


@pytest.mark.parametrize(
    "field", ["id", "title", "version", "languages", "collection", "controllers", "purposes"]
)
def test_required_fields(field):
    data = minimal()
    del data[field]
    assert error_types(data) == {((field,), "missing")}


@pytest.mark.parametrize("field", ["languages", "collection", "controllers", "purposes"])
def test_required_lists_need_an_entry(field):
    assert error_types(minimal(**{field: []})) == {((field,), "too_short")}


def test_numbers_where_text_is_expected_become_text_but_booleans_do_not():
    assert Notice.model_validate(minimal(version=2)).version == "2"
    assert error_types(minimal(version=True)) == {(("version",), "string_type")}


def test_dates_are_parsed_from_text_and_checked():
    assert Notice.model_validate(minimal(effective_date="2025-06-01")).effective_date == dt.date(
        2025, 6, 1
    )
    assert error_types(minimal(effective_date="2025-02-30")) == {
        (("effective_date",), "date_from_datetime_parsing")
    }


@pytest.mark.parametrize("value", [0, 86400, 20250601, "2025-06-01T00:00:00", "1/6/2025", True])
def test_dates_are_written_yyyy_mm_dd_never_as_numbers(value):
    with pytest.raises(ValidationError, match="is not a date; write it as YYYY-MM-DD"):
        Notice.model_validate(minimal(effective_date=value))


def test_the_addressed_to_children_flag_is_strict():
    assert error_types(minimal(addressed_to_children="yes")) == {
        (("addressed_to_children",), "bool_type")
    }


def test_authority_belongs_only_to_the_complaint_right():
    authority = {"name": "Datatilsynet", "country": "NO"}
    assert (
        Right.model_validate({"right": "A77", "authority": authority}).authority.name
        == "Datatilsynet"
    )
    with pytest.raises(
        ValidationError, match='"authority" belongs only to the complaint right "A77"'
    ):
        Right.model_validate({"right": "A15", "authority": authority})


def test_right_codes_are_a_closed_list():
    with pytest.raises(ValidationError):
        Right.model_validate({"right": "A23"})


def test_cookies_and_changes():
    notice = Notice.model_validate(
        minimal(
            cookies={
                "items": [{"id": "ga", "name": TEXT, "purpose": TEXT, "category": "analytics"}]
            },
            changes={"history": [{"date": "2025-01-31", "summary": TEXT}]},
        )
    )
    assert notice.cookies.items[0].provider is None
    assert notice.changes.history[0].date == dt.date(2025, 1, 31)
    assert error_types(
        minimal(cookies={"items": [{"id": "ga", "name": TEXT, "purpose": TEXT, "category": "ads"}]})
    )


def test_every_field_of_every_model_has_a_description():
    for model in models_in_order():
        assert issubclass(model, BaseModel)
        assert model.__doc__, model.__name__
        for name, field in model.model_fields.items():
            assert field.description, f"{model.__name__}.{name} has no description"
