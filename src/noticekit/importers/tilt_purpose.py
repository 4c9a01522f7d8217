"""One noticekit purpose from a TILT purpose name and the data categories that list it."""

from __future__ import annotations

import dataclasses
from typing import Any

from noticekit.importers.record import ImportRecord


@dataclasses.dataclass
class Storage:
    """One `storage` entry: its periods and texts, and the purposes it is limited to (if any)."""

    durations: list[str]
    criteria: list[str]
    purposes: list[str]

    def applies_to(self, name: str) -> bool:
        return not self.purposes or name.casefold() in self.purposes


@dataclasses.dataclass
class Facts:
    """What one TILT data category (`dataDisclosed[i]`) states, for each of its purposes."""

    category: str | None
    path: str
    purposes: int = 0
    bases: list[str] = dataclasses.field(default_factory=list)
    notes: list[str] = dataclasses.field(default_factory=list)
    interests: list[str] = dataclasses.field(default_factory=list)
    recipients: list[str] = dataclasses.field(default_factory=list)
    storage: list[Storage] = dataclasses.field(default_factory=list)
    sources: list[str] = dataclasses.field(default_factory=list)

    def states_anything(self) -> bool:
        return any((self.bases, self.notes, self.interests, self.recipients, self.storage))


@dataclasses.dataclass
class PurposeDraft:
    """A purpose being assembled from every data category that names it."""

    id: str
    name: str
    descriptions: list[str]
    facts: list[Facts] = dataclasses.field(default_factory=list)

    def collected(self, field: str) -> list[Any]:
        """The values of one fact over all the purpose's categories, each once, in order."""
        values: list[Any] = []
        for facts in self.facts:
            values += [value for value in getattr(facts, field) if value not in values]
        return values

    def stored(self, field: str) -> list[str]:
        """Storage periods or texts of the storage entries that apply to this purpose."""
        values: list[str] = []
        for facts in self.facts:
            for storage in facts.storage:
                if storage.applies_to(self.name):
                    values += [value for value in getattr(storage, field) if value not in values]
        return values


def assemble(draft: PurposeDraft, index: int, record: ImportRecord, lang: str) -> dict[str, Any]:
    """The purpose's data, with review notes where TILT leaves a decision to a person."""
    at = ("purposes", index)
    purpose: dict[str, Any] = {"id": draft.id, "name": {lang: draft.name}}
    if draft.descriptions:
        purpose["description"] = {lang: "\n\n".join(draft.descriptions)}
    if len(draft.descriptions) > 1:
        record.review(
            (*at, "description"),
            _paths(draft),
            "TILT describes this purpose under several data categories; the texts are joined",
        )
    for field, key in (
        ("category", "data_categories"),
        ("sources", "sources"),
        ("recipients", "recipients"),
        ("bases", "legal_bases"),
    ):
        values = (
            [facts.category for facts in draft.facts if facts.category]
            if field == "category"
            else draft.collected(field)
        )
        if values:
            purpose[key] = list(dict.fromkeys(values))
    for field, key in (("notes", "legal_basis_note"), ("interests", "legitimate_interest")):
        if texts := draft.collected(field):
            purpose[key] = {lang: "\n\n".join(texts)}
    retention = _retention(draft, at, record, lang)
    if retention:
        purpose["retention"] = retention
    shared = [facts.path for facts in draft.facts if facts.purposes > 1 and facts.states_anything()]
    if shared:
        record.review(
            at,
            ", ".join(shared),
            "TILT gives legal bases, recipients and storage per data category, and this category "
            "serves several purposes: check that each applies to this one",
        )
    return purpose


def _retention(draft: PurposeDraft, at: tuple, record: ImportRecord, lang: str) -> dict[str, Any]:
    durations, criteria = draft.stored("durations"), draft.stored("criteria")
    retention: dict[str, Any] = {}
    if len(durations) == 1:
        retention["duration"] = durations[0]
    elif durations:
        record.review(
            (*at, "retention"),
            _paths(draft),
            f"TILT gives several storage periods ({', '.join(durations)}); choose this purpose's",
        )
    if criteria:
        retention["criteria"] = {lang: "\n\n".join(criteria)}
        record.review(
            (*at, "retention"),
            _paths(draft),
            "TILT's storage description is kept as criteria; if it names the event that ends "
            "storage, move it to event",
        )
    return retention


def _paths(draft: PurposeDraft) -> str:
    return ", ".join(dict.fromkeys(facts.path for facts in draft.facts))
