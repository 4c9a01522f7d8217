"""Every shipped notice under notices/ validates and starts with the schema modeline."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import BaseModel

from noticekit.commands.reference import models_in_order
from noticekit.load import load_source
from noticekit.validate import validate_document

NOTICES = Path(__file__).parent.parent / "notices"
SHIPPED = sorted(NOTICES.glob("*/notice.yaml"))
MODELINE = "# yaml-language-server: $schema=../../schemas/notice.schema.json"


def test_notices_are_shipped():
    assert SHIPPED, "notices/ holds no notice"


@pytest.mark.parametrize("path", SHIPPED, ids=[path.parent.name for path in SHIPPED])
def test_shipped_notice_validates(path):
    doc, problems = load_source(path)
    assert problems == [], [str(problem) for problem in problems]
    notice, problems = validate_document(doc)
    assert problems == [], [str(problem) for problem in problems]
    assert notice.id == path.parent.name


@pytest.mark.parametrize("path", SHIPPED, ids=[path.parent.name for path in SHIPPED])
def test_shipped_notice_starts_with_the_schema_modeline(path):
    assert path.read_text(encoding="utf-8").splitlines()[0] == MODELINE


def _fields_used(value: object, used: set[tuple[str, str]]) -> None:
    """Every (model, field) the notice states, walking its validated parts."""
    if isinstance(value, BaseModel):
        for name in value.model_fields_set:
            used.add((type(value).__name__, name))
            _fields_used(getattr(value, name), used)
    elif isinstance(value, list | dict):
        for item in value.values() if isinstance(value, dict) else value:
            _fields_used(item, used)


#: The example lints clean, so it accepts no finding: a suppression there would be unused (NK902).
NOT_IN_THE_EXAMPLE = {"Suppression", "ChangeClassification"}
#: A classification override applies only to a change since the notice's last version.
FIELDS_NOT_IN_THE_EXAMPLE = {("Notice", "change_classifications")}


def test_the_example_uses_every_field_of_the_model():
    doc, problems = load_source(NOTICES / "example" / "notice.yaml")
    notice, problems = validate_document(doc)
    assert notice is not None, problems
    used: set[tuple[str, str]] = set()
    _fields_used(notice, used)
    every = {
        (model.__name__, name)
        for model in models_in_order()
        if model.__name__ not in NOT_IN_THE_EXAMPLE
        for name in model.model_fields
    }
    assert sorted(every - used - FIELDS_NOT_IN_THE_EXAMPLE) == []
