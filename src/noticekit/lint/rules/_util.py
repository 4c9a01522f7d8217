"""Shared helpers for the lint rules: walking texts, resolving ids and rights, quoting values."""

from __future__ import annotations

from collections.abc import Iterable
from collections.abc import Iterator
from typing import Any

from pydantic import BaseModel

from noticekit.load.source import DataPath
from noticekit.models import DataCategory
from noticekit.models import Notice
from noticekit.models import Purpose
from noticekit.models import Right
from noticekit.quoting import quote

#: What each right code means, for messages.
RIGHT_NAMES = {
    "A15": "access", "A16": "rectification", "A17": "erasure", "A18": "restriction",
    "A19": "notification", "A20": "data portability", "A21": "objection",
    "A21-2": "objection to direct marketing", "A22": "automated decisions",
    "A7-3": "withdrawing consent", "A77": "complaint",
}  # fmt: skip

#: DPV 2.3 purposes read as direct marketing (Art. 21(2)): `dpv:Marketing` (a notice's purpose
#: that uses the person's data for marketing markets to them), its narrower `dpv:DirectMarketing`
#: and `dpv:SocialMediaMarketing`, `dpv:PersonalisedAdvertising`, its narrower
#: `dpv:TargetedAdvertising` and that one's narrower `dpv:RecruitmentTargetedAdvertising`. Not
#: `dpv:Advertising` or `dpv:PublicRelations`, which need not address anyone in person. A
#: purpose's `direct_marketing` flag overrides the terms either way.
MARKETING_TERMS = frozenset({
    "dpv:DirectMarketing", "dpv:Marketing", "dpv:SocialMediaMarketing",
    "dpv:PersonalisedAdvertising", "dpv:TargetedAdvertising", "dpv:RecruitmentTargetedAdvertising",
})  # fmt: skip


def quoted(values: Iterable[Any]) -> str:
    """`"a", "b"`: values as messages quote them (escaped excerpts, see `noticekit.quoting`)."""
    return ", ".join(quote(value) for value in values)


def iter_texts(model: BaseModel, path: DataPath = ()) -> Iterator[tuple[DataPath, dict[str, str]]]:
    """Every localized text in `model`, with its data path, in field order."""
    for name in type(model).model_fields:
        yield from _walk(getattr(model, name), (*path, name))


def iter_strings(model: BaseModel, path: DataPath = ()) -> Iterator[tuple[DataPath, str]]:
    """Every string in `model` with its data path, a localized text's languages included."""
    for name in type(model).model_fields:
        yield from _strings(getattr(model, name), (*path, name))


def _strings(value: Any, path: DataPath) -> Iterator[tuple[DataPath, str]]:
    if isinstance(value, str):
        yield path, value
    elif isinstance(value, BaseModel):
        yield from iter_strings(value, path)
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _strings(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _strings(item, (*path, index))


def _walk(value: Any, path: DataPath) -> Iterator[tuple[DataPath, dict[str, str]]]:
    if isinstance(value, BaseModel):
        yield from iter_texts(value, path)
    elif isinstance(value, dict):
        if value and all(isinstance(text, str) for text in value.values()):
            yield path, value  # a text per language
        else:  # a mapping of parts by key (`language_versions`)
            for key, item in value.items():
                yield from _walk(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _walk(item, (*path, index))


def base_language(tag: str) -> str:
    """`nb-NO` -> `nb`."""
    return tag.split("-", 1)[0].lower()


def rights_with(notice: Notice, *codes: str) -> list[tuple[int, Right]]:
    """The rights entries (index, right) whose code is one of `codes`."""
    return [(index, right) for index, right in enumerate(notice.rights) if right.right in codes]


def offers_right(notice: Notice, *codes: str) -> bool:
    """Whether one of `codes` is listed and not marked not applicable."""
    return any(right.not_applicable is None for _, right in rights_with(notice, *codes))


def is_direct_marketing(purpose: Purpose) -> bool:
    """The purpose's own `direct_marketing` flag, else whether one of its DPV terms is marketing."""
    if purpose.direct_marketing is not None:
        return purpose.direct_marketing
    return bool(MARKETING_TERMS & set(purpose.dpv))


def purpose_categories(notice: Notice, purpose: Purpose) -> list[DataCategory]:
    """The data categories a purpose refers to (unknown ids are skipped)."""
    wanted = set(purpose.data_categories)
    return [category for category in notice.data_categories if category.id in wanted]
