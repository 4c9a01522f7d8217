"""Every field of the notice model is compared by the diff, or left out on purpose: a new field
without a rule fails here, so that no change of the notice goes unreported or unclassified."""

from __future__ import annotations

import types
import typing
from typing import Any

import pytest
from pydantic import BaseModel

from noticekit.diff import details
from noticekit.diff.match import RENAME_ORDER
from noticekit.diff.rules import BY_KIND
from noticekit.diff.specs import IGNORED
from noticekit.diff.specs import NOTICE_FIELDS
from noticekit.diff.specs import NOTICE_PARTS
from noticekit.diff.specs import NOTICE_TEXTS
from noticekit.diff.specs import PART_FIELDS
from noticekit.diff.specs import SPECS
from noticekit.models import Notice
from noticekit.models.types import LocalizedText


def models_in(annotation: Any) -> list[type[BaseModel]]:
    """The models an annotation holds (`list[Purpose]`, `Retention | None` -> the model)."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return [annotation]
    return [model for arg in typing.get_args(annotation) for model in models_in(arg)]


def model_at(dotted: str) -> type[BaseModel]:
    """The model of the items at a dotted path of fields from the notice (`cookies.items`)."""
    model: type[BaseModel] = Notice
    for name in dotted.split("."):
        [model] = models_in(model.model_fields[name].annotation)
    return model


def is_text(annotation: Any) -> bool:
    """A `LocalizedText` field, alone or optional: compared language by language."""
    texts = typing.get_args(LocalizedText)[0]
    union = typing.get_origin(annotation) in (typing.Union, types.UnionType)
    options = typing.get_args(annotation) if union else (annotation,)
    bare = [
        typing.get_args(o)[0] if typing.get_origin(o) is typing.Annotated else o for o in options
    ]
    return texts in bare and set(bare) <= {texts, type(None)}


def test_every_field_of_the_notice_is_compared_or_ignored_on_purpose() -> None:
    named = [*NOTICE_FIELDS, *NOTICE_TEXTS, *NOTICE_PARTS, *IGNORED]
    named += [name for name in RENAME_ORDER if "." not in name]
    assert len(named) == len(set(named))
    assert sorted(named) == sorted(Notice.model_fields)


@pytest.mark.parametrize("list_name", list(SPECS))
def test_every_field_of_a_list_item_has_a_kind(list_name: str) -> None:
    spec = SPECS[list_name]
    unnamed = [
        name
        for name, field in model_at(list_name).model_fields.items()
        if name not in (*spec.keys, *spec.fields, *spec.refs, *spec.special)
        and not is_text(field.annotation)
    ]
    assert unnamed == [], f"give {list_name}'s fields a kind in noticekit.diff.specs.SPECS"
    for name in spec.special:
        assert (list_name, name) in details.SPECIAL
    kinds = [spec.added, spec.removed, spec.changed, *spec.fields.values()]
    kinds += [kind for pair in spec.refs.values() for kind in pair]
    assert [kind for kind in kinds if kind not in BY_KIND] == []


@pytest.mark.parametrize("part", list(PART_FIELDS))
def test_parts_compared_field_by_field_name_every_field(part: str) -> None:
    assert sorted(PART_FIELDS[part]) == sorted(model_at(part).model_fields)


def test_texts_are_recognised_by_their_annotation() -> None:
    fields = model_at("purposes").model_fields
    assert is_text(fields["description"].annotation)
    assert is_text(model_at("sections").model_fields["body"].annotation)
    assert not is_text(fields["legal_bases"].annotation)
    assert not is_text(fields["retention"].annotation)
