"""Checks that need the whole notice: ids are unique, references resolve, languages are consistent."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from noticekit.messages import SINGULAR
from noticekit.messages import Located
from noticekit.messages import did_you_mean
from noticekit.models import Notice
from noticekit.quoting import excerpt
from noticekit.quoting import quote
from noticekit.source import DataPath

NOTICE_FILE = "notice.yaml"
MAX_LISTED = 12

#: Lists whose items carry an `id`, as data paths from the notice root.
ID_LISTS: tuple[DataPath, ...] = (
    ("controllers",), ("data_subjects",), ("data_categories",), ("sources",), ("purposes",),
    ("recipients",), ("transfers",), ("contact_points",), ("cookies", "items"), ("sections",),
)  # fmt: skip

#: (list of referring items, field holding the reference(s), list of the items referred to).
REFERENCES: tuple[tuple[str, str, str], ...] = (
    ("purposes", "controllers", "controllers"),
    ("purposes", "data_subjects", "data_subjects"),
    ("purposes", "data_categories", "data_categories"),
    ("purposes", "sources", "sources"),
    ("purposes", "recipients", "recipients"),
    ("transfers", "recipients", "recipients"),
    ("rights", "contact_point", "contact_points"),
    ("contact_points", "controller", "controllers"),
)

#: Every list the checks read: the lists with ids, then the referring lists without (`rights`).
LISTS: tuple[DataPath, ...] = tuple(dict.fromkeys([*ID_LISTS, *((referring,) for referring, _, _ in REFERENCES)]))


def check_notice(notice: Notice, data: dict[str, Any], file: Path) -> Iterator[Located]:
    """Every cross-part problem of a notice that passed the schema."""
    yield from check_references(data)
    yield from _languages(notice)
    yield from _id_matches_folder(notice, file)


def check_references(data: Any) -> Iterator[Located]:
    """Duplicate ids and unknown references, read from the raw data (so also when the schema fails)."""
    if isinstance(data, dict):
        lists = {path: _items(data, path) for path in LISTS}  # each list read once, not once per check
        yield from _duplicate_ids(lists)
        yield from _unknown_references(data, lists)


def _items(data: Any, path: DataPath) -> list[dict[str, Any]]:
    """The mappings with a text `id` in the list at `path`; anything malformed is the schema's to report."""
    for part in path:
        data = data.get(part) if isinstance(data, dict) else None
    if not isinstance(data, list):
        return []
    return [item if isinstance(item, dict) and isinstance(item.get("id"), str) else {} for item in data]


def _duplicate_ids(lists: dict[DataPath, list[dict[str, Any]]]) -> Iterator[Located]:
    for path in ID_LISTS:
        first: dict[str, int] = {}
        for index, item in enumerate(lists[path]):
            item_id = item.get("id")
            if item_id is None:
                continue
            if item_id in first:
                noun = SINGULAR.get(path[-1], "item")
                used = f"already used by {path[-1]}[{first[item_id]}]"
                yield Located((*path, index, "id"), f"duplicate {noun} id {quote(item_id)} ({used})")
            first.setdefault(item_id, index)


def _unknown_references(data: dict[str, Any], lists: dict[DataPath, list[dict[str, Any]]]) -> Iterator[Located]:
    for referring, field, target in REFERENCES:
        known = [item["id"] for item in lists[(target,)] if item]
        known_set = set(known)
        noun = SINGULAR[target]
        for index, item in enumerate(lists[(referring,)]):
            value = item.get(field)
            if value is None:
                continue
            refs = value if isinstance(value, list) else [value]
            for position, ref in enumerate(refs):
                if not isinstance(ref, str) or ref in known_set:
                    continue
                path = (referring, index, field, position) if isinstance(value, list) else (referring, index, field)
                hint = _suggest(ref, known, target, data)
                yield Located(path, f"unknown {noun} {quote(ref)}{hint}")


def _suggest(ref: str, known: list[str], target: str, data: dict[str, Any]) -> str:
    for other in ID_LISTS:
        if other != (target,) and any(item.get("id") == ref for item in _items(data, other)):
            kind = SINGULAR.get(other[-1], "item")
            return f"; {quote(ref)} is a {kind} in {'.'.join(other)}, not a {SINGULAR[target]}"
    hint = did_you_mean(ref, known)
    if hint:
        return hint
    if not known:
        return f'; the notice has no "{target}"'
    listed = ", ".join(excerpt(item_id) for item_id in known[:MAX_LISTED])
    listed += ", …" if len(known) > MAX_LISTED else ""
    return f"; known ids: {listed}"


def _languages(notice: Notice) -> Iterator[Located]:
    seen: set[str] = set()
    for index, lang in enumerate(notice.languages):
        if lang in seen:
            yield Located(("languages", index), f'"{lang}" is listed twice in languages')
        seen.add(lang)
    fallback = notice.fallback_language
    if fallback is not None and fallback not in seen:
        listed = ", ".join(notice.languages)
        yield Located(("fallback_language",), f'fallback language "{fallback}" is not one of the languages ({listed})')


def _id_matches_folder(notice: Notice, file: Path) -> Iterator[Located]:
    if file.name != NOTICE_FILE:
        return
    folder = os.path.basename(os.path.dirname(os.path.realpath(file)))  # Path.resolve: the same, with one more stat
    if notice.id != folder:
        yield Located(
            ("id",),
            f'the id "{notice.id}" does not match the folder name {quote(folder)}; '
            "a notice lives at notices/<id>/notice.yaml",
        )
