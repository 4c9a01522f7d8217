"""Checks that need the whole notice: ids are unique, references resolve, languages are
consistent."""

from __future__ import annotations

import functools
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from noticekit.catalog_languages import catalog_language
from noticekit.catalog_languages import not_shipped_message
from noticekit.load.source import DataPath
from noticekit.models import Notice
from noticekit.models.types import DpvTerm
from noticekit.quoting import excerpt
from noticekit.quoting import quote
from noticekit.registers.dpv_terms import term_problem
from noticekit.validate.fieldwalk import strip_optional
from noticekit.validate.fieldwalk import type_hints
from noticekit.validate.messages import SINGULAR
from noticekit.validate.messages import Located
from noticekit.validate.messages import did_you_mean

NOTICE_FILE = "notice.yaml"
MAX_LISTED = 12

#: Lists whose items carry an `id`, as data paths from the notice root.
ID_LISTS: tuple[DataPath, ...] = (
    ("controllers",), ("data_subjects",), ("data_categories",), ("sources",), ("purposes",),
    ("recipients",), ("transfers",), ("contact_points",), ("cookies", "items"), ("sections",),
    ("joint_arrangements",),
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
    ("joint_arrangements", "controllers", "controllers"),
    ("joint_arrangements", "purposes", "purposes"),
    ("joint_arrangements", "contact_point", "contact_points"),
)

#: Every list the checks read: the lists with ids, then the referring lists without (`rights`).
LISTS: tuple[DataPath, ...] = tuple(
    dict.fromkeys([*ID_LISTS, *((referring,) for referring, _, _ in REFERENCES)])
)


def check_notice(notice: Notice, data: dict[str, Any], file: Path) -> Iterator[Located]:
    """Every cross-part problem of a notice that passed the schema."""
    yield from check_references(data)
    yield from _languages(notice)
    yield from _id_matches_folder(notice, file)
    yield from _dpv_terms(notice)
    yield from _no_transfers_but_listed(notice)
    yield from _change_kinds(notice)


def check_references(data: Any) -> Iterator[Located]:
    """Duplicate ids and unknown references, read from the raw data (so also when the schema
    fails)."""
    if isinstance(data, dict):
        lists = {
            path: _items(data, path) for path in LISTS
        }  # each list read once, not once per check
        yield from _duplicate_ids(lists)
        yield from _unknown_references(data, lists)
        yield from _purpose_part_references(data, lists)


def _items(data: Any, path: DataPath) -> list[dict[str, Any]]:
    """The mappings with a text `id` in the list at `path`; anything malformed is the schema's to
    report."""
    for part in path:
        data = data.get(part) if isinstance(data, dict) else None
    if not isinstance(data, list):
        return []
    return [
        item if isinstance(item, dict) and isinstance(item.get("id"), str) else {} for item in data
    ]


def _duplicate_ids(lists: dict[DataPath, list[dict[str, Any]]]) -> Iterator[Located]:
    for path in ID_LISTS:
        first: dict[str, int] = {}
        for index, item in enumerate(lists[path]):
            item_id = item.get("id")
            if item_id is None:
                continue
            if item_id in first:
                noun = SINGULAR.get(str(path[-1]), "item")
                used = f"already used by {path[-1]}[{first[item_id]}]"
                yield Located(
                    (*path, index, "id"), f"duplicate {noun} id {quote(item_id)} ({used})"
                )
            first.setdefault(item_id, index)


def _unknown_references(
    data: dict[str, Any], lists: dict[DataPath, list[dict[str, Any]]]
) -> Iterator[Located]:
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
                path = (
                    (referring, index, field, position)
                    if isinstance(value, list)
                    else (referring, index, field)
                )
                hint = _suggest(ref, known, target, data)
                yield Located(path, f"unknown {noun} {quote(ref)}{hint}")


#: References inside a purpose's parts: (part, field of the part or of each of its items, list
#: referred to, whether the ids must also be the purpose's own). A retention period for data the
#: purpose does not process, or an exemption for a source it does not use, is void.
PURPOSE_PART_REFERENCES: tuple[tuple[str, str, str, bool], ...] = (
    ("retention_periods", "data_categories", "data_categories", True),
    ("information_exemptions", "sources", "sources", True),
    ("further_processing", "original_purposes", "purposes", False),
)


def _purpose_part_references(
    data: dict[str, Any], lists: dict[DataPath, list[dict[str, Any]]]
) -> Iterator[Located]:
    for part, field, target, own in PURPOSE_PART_REFERENCES:
        known = [item["id"] for item in lists[(target,)] if item]
        for index, purpose in enumerate(lists[("purposes",)]):
            listed = purpose.get(target)
            mine = listed if own and isinstance(listed, list) else []
            for at, refs in _part_refs(purpose.get(part), ("purposes", index, part), field):
                for position, ref in enumerate(refs):
                    if not isinstance(ref, str):
                        continue
                    path = (*at, field, position)
                    if ref not in known:
                        hint = _suggest(ref, known, target, data)
                        yield Located(path, f'unknown {SINGULAR[target]} "{ref}"{hint}')
                    elif own and ref not in mine:
                        yield Located(
                            path,
                            f'{SINGULAR[target]} "{ref}" is not one of the '
                            f'{target.replace("_", " ")} of purpose "{purpose["id"]}"',
                        )
                    elif ref == purpose.get("id"):
                        yield Located(path, f'purpose "{ref}" is not a new purpose for itself')


def _part_refs(part: Any, at: DataPath, field: str) -> Iterator[tuple[DataPath, list[Any]]]:
    """(path, ids) of `field` in a part that is one mapping or a list of them."""
    items = [(at, part)] if isinstance(part, dict) else []
    if isinstance(part, list):
        items = [((*at, k), item) for k, item in enumerate(part)]
    for path, item in items:
        refs = item.get(field) if isinstance(item, dict) else None
        if isinstance(refs, list):
            yield path, refs


def _suggest(ref: str, known: list[str], target: str, data: dict[str, Any]) -> str:
    for other in ID_LISTS:
        if other != (target,) and any(item.get("id") == ref for item in _items(data, other)):
            kind = SINGULAR.get(str(other[-1]), "item")
            where = ".".join(map(str, other))
            return f"; {quote(ref)} is a {kind} in {where}, not a {SINGULAR[target]}"
    hint = did_you_mean(ref, known)
    if hint:
        return hint
    if not known:
        return f'; the notice has no "{target}"'
    listed = ", ".join(excerpt(item_id) for item_id in known[:MAX_LISTED])
    listed += ", …" if len(known) > MAX_LISTED else ""
    return f"; known ids: {listed}"


def _languages(notice: Notice) -> Iterator[Located]:
    """Each language once, each one noticekit ships texts for, and a fallback among them.

    The headings, labels and standard legal texts of a page come from the shipped catalogs,
    and a notice has no way to give them itself: another language cannot be built.
    """
    seen: set[str] = set()
    for index, lang in enumerate(notice.languages):
        if lang in seen:
            yield Located(("languages", index), f'"{lang}" is listed twice in languages')
        elif catalog_language(lang) is None:
            yield Located(("languages", index), not_shipped_message(lang))
        seen.add(lang)
    listed = ", ".join(notice.languages)
    fallback = notice.fallback_language
    if fallback is not None and fallback not in seen:
        yield Located(
            ("fallback_language",),
            f'fallback language "{fallback}" is not one of the languages ({listed})',
        )
    authoritative = notice.authoritative_language
    if authoritative is not None and authoritative not in seen:
        yield Located(
            ("authoritative_language",),
            f'authoritative language "{authoritative}" is not one of the languages ({listed})',
        )
    for lang in notice.language_versions:
        if lang not in seen:
            yield Located(
                ("language_versions", lang),
                f'"{lang}" is not one of the languages ({listed})',
                at_key=True,
            )


def _change_kinds(notice: Notice) -> Iterator[Located]:
    """Every `change_classifications` entry names a kind of change `noticekit diff` reports."""
    from noticekit.diff.rules import BY_KIND

    for index, entry in enumerate(notice.change_classifications):
        if entry.kind not in BY_KIND:
            hint = did_you_mean(entry.kind, BY_KIND)
            message = f'"{entry.kind}" is not a kind of change{hint}; docs/versions.md lists them'
            yield Located(("change_classifications", index, "kind"), message)


def _id_matches_folder(notice: Notice, file: Path) -> Iterator[Located]:
    if file.name != NOTICE_FILE:
        return
    folder = os.path.basename(
        os.path.dirname(os.path.realpath(file))
    )  # Path.resolve: the same, with one more stat
    if notice.id != folder:
        yield Located(
            ("id",),
            f'the id "{notice.id}" does not match the folder name {quote(folder)}; '
            "a notice lives at notices/<id>/notice.yaml",
        )


@functools.cache
def _dpv_fields(model: type[BaseModel]) -> tuple[str, ...]:
    """The fields of `model` that hold a DPV term or a list of them."""
    return tuple(
        name
        for name, hint in type_hints(model).items()
        if strip_optional(hint) in (DpvTerm, list[DpvTerm])
    )


def _dpv_terms(model: BaseModel, path: DataPath = ()) -> Iterator[Located]:
    """Every DPV term not in DPV 2.3, at its place; the term list loads on the first term."""
    for name in type(model).model_fields:
        value = getattr(model, name)
        if name in _dpv_fields(type(model)):
            values = value if isinstance(value, list) else [value]
            for index, term in enumerate(values):
                problem = term_problem(term) if term is not None else None
                if problem:
                    where = (*path, name, index) if isinstance(value, list) else (*path, name)
                    yield Located(where, problem)
        elif isinstance(value, BaseModel):
            yield from _dpv_terms(value, (*path, name))
        elif isinstance(value, list):
            for index, item in enumerate(value):
                if isinstance(item, BaseModel):
                    yield from _dpv_terms(item, (*path, name, index))


def _no_transfers_but_listed(notice: Notice) -> Iterator[Located]:
    if notice.no_transfers and notice.transfers:
        yield Located(
            ("no_transfers",),
            '"no_transfers: true" states there are no transfers, but "transfers" lists some',
        )
