"""Pair the items of a list in two versions: by id, then renamed ids by content.

An item whose id is gone is paired with a new item when everything but the id is the same (its
references read through the renames found so far), or else when both have the same name in the
authoritative language: a renamed purpose is a rename, not a removal plus an addition.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

from pydantic import BaseModel

from noticekit.validate.crossrefs import REFERENCES

#: Lists with ids, in the order renames are looked for: referred-to lists before the referring ones.
RENAME_ORDER = (
    "controllers", "data_subjects", "data_categories", "sources", "recipients", "contact_points",
    "purposes", "joint_arrangements", "transfers", "cookies.items", "sections",
)  # fmt: skip

Renames = dict[str, dict[str, str]]


@dataclasses.dataclass
class Matched:
    """Old and new indexes of the items found in both (renamed ones too), and those in one only."""

    pairs: list[tuple[int, int]]
    removed: list[int]
    added: list[int]
    renamed: dict[str, str] = dataclasses.field(default_factory=dict)


def match_items(
    old: list[Any],
    new: list[Any],
    key: Callable[[Any], Any],
    similar: Callable[[Any, Any], bool] | None = None,
) -> Matched:
    """Pair items with equal keys, then those `similar` pairs (first match, in order)."""
    new_index = {key(item): index for index, item in enumerate(new)}
    pairs = [
        (index, new_index[key(item)]) for index, item in enumerate(old) if key(item) in new_index
    ]
    paired_new = {new_at for _, new_at in pairs}
    removed = [index for index, item in enumerate(old) if key(item) not in new_index]
    added = [index for index in range(len(new)) if index not in paired_new]
    renamed: dict[str, str] = {}
    if similar is not None:
        for old_at in list(removed):
            for new_at in added:
                if similar(old[old_at], new[new_at]):
                    pairs.append((old_at, new_at))
                    renamed[key(old[old_at])] = key(new[new_at])
                    removed.remove(old_at)
                    added.remove(new_at)
                    break
    return Matched(sorted(pairs, key=lambda pair: pair[1]), removed, added, renamed)


def references_of(list_name: str) -> dict[str, str]:
    """Fields of the items of `list_name` that hold ids, and the list each refers to."""
    return {field: target for source, field, target in REFERENCES if source == list_name}


def content(item: BaseModel, list_name: str, renames: Renames) -> dict[str, Any]:
    """The item without its id, references in the new version's ids, as comparable data."""
    data = item.model_dump(mode="json", exclude={"id"})
    for field, target in references_of(list_name).items():
        mapping = renames.get(target, {})
        value = data.get(field)
        if isinstance(value, list):
            data[field] = [mapping.get(ref, ref) for ref in value]
        elif isinstance(value, str):
            data[field] = mapping.get(value, value)
    return data


def display_name(item: BaseModel, lang: str) -> str | None:
    """The item's name as people read it: `name` in `lang` (or its first text), or its `name`."""
    name = getattr(item, "name", None) or getattr(item, "title", None)
    if isinstance(name, dict):
        return name.get(lang) or next(iter(name.values()), None)
    return name if isinstance(name, str) else None


def renamed_by_content(list_name: str, renames: Renames, lang: str) -> Callable[[Any, Any], bool]:
    """Whether an old and a new item are one item under a new id: same content, or the same name."""

    def similar(old: BaseModel, new: BaseModel) -> bool:
        if content(old, list_name, renames) == content(new, list_name, {}):
            return True
        name = display_name(old, lang)
        return name is not None and name == display_name(new, lang)

    return similar
