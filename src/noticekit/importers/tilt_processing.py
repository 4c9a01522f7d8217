"""TILT's data categories, purposes, legal bases, recipients, storage and sources, by purpose.

TILT attaches legal bases, legitimate interests, recipients, storage and sources to a data
category (`dataDisclosed[]`), which lists its purposes; noticekit attaches them to a purpose,
which lists its data categories. Each TILT purpose name becomes one purpose, holding the data
categories it appears under and everything those categories state. Where a category serves
several purposes, TILT does not say which basis or period goes with which: the purpose is marked
for review (docs/import-tilt.md).
"""

from __future__ import annotations

from typing import Any

from noticekit.importers import values as read
from noticekit.importers.record import ImportRecord
from noticekit.importers.tilt_bases import is_prose
from noticekit.importers.tilt_bases import legal_basis_codes
from noticekit.importers.tilt_purpose import Facts
from noticekit.importers.tilt_purpose import PurposeDraft
from noticekit.importers.tilt_purpose import Storage
from noticekit.importers.tilt_purpose import assemble
from noticekit.importers.tilt_sources import map_sources


class Processing:
    """Reads `dataDisclosed` and `sources` of one document into `record`."""

    def __init__(self, doc: dict[str, Any], record: ImportRecord, lang: str) -> None:
        self.doc, self.record, self.lang = doc, record, lang
        self.categories: list[dict[str, Any]] = []
        self.recipients: dict[tuple[str | None, str | None], dict[str, Any]] = {}
        self.purposes: dict[str, PurposeDraft] = {}
        self.ids = {kind: read.Ids() for kind in ("category", "purpose", "recipient")}
        self.by_category: dict[str, Facts] = {}

    def run(self) -> None:
        for index, entry in enumerate(read.items(self.doc.get("dataDisclosed"))):
            self._category(entry, f"dataDisclosed[{index}]")
        for field in ("dataDisclosed", "sources"):
            self.record.keep((), field, read.strays(self.doc.get(field)))
        sources = map_sources(self.doc, self.record, self.lang, self.by_category)
        if self.categories:
            self.record.data["data_categories"] = self.categories
        if sources:
            self.record.data["sources"] = sources
        purposes = [
            self._purpose(draft, index) for index, draft in enumerate(self.purposes.values())
        ]
        if purposes:
            self.record.data["purposes"] = purposes
        if self.recipients:
            self.record.data["recipients"] = list(self.recipients.values())

    def _text(self, value: str) -> dict[str, str]:
        return {self.lang: value}

    def _category(self, entry: dict[str, Any], path: str) -> None:
        name = read.text(entry.get("category"))
        facts = Facts(None, path)
        if name is not None:
            category: dict[str, Any] = {
                "id": self.ids["category"].new(name, "data"),
                "name": self._text(name),
            }
            self._describe(category, entry, path, len(self.categories))
            self.categories.append(category)
            facts.category = category["id"]
            self.by_category.setdefault(name.casefold(), facts)
        self._bases(entry, facts)
        self._recipients(entry, facts)
        self._storage(entry, facts)
        for field in ("purposes", "legalBases", "legitimateInterests", "recipients", "storage"):
            self.record.keep(("purposes",), f"{path}.{field}", read.strays(entry.get(field)))
        for number, item in enumerate(read.items(entry.get("purposes"))):
            self._add_purpose(item, facts, f"{path}.purposes[{number}]")
        if name is None and facts.purposes:
            self.record.review(
                ("purposes",), f"{path}.category", "TILT names no data category here"
            )

    def _describe(
        self, category: dict[str, Any], entry: dict[str, Any], path: str, index: int
    ) -> None:
        at = ("data_categories", index)
        examples = read.strings(entry.get("subcategories"))
        described = read.text(entry.get("description"))
        if examples:
            category["description"] = self._text(", ".join(examples))
            self.record.keep(at, f"{path}.description", described)
        elif described:
            category["description"] = self._text(described)
        given = read.mapping(entry.get("nonDisclosure"))
        statutory, contractual = (
            read.flag(given.get("legalRequirement")),
            read.flag(given.get("contractualRegulation")),
        )
        if statutory and contractual:
            self.record.review(
                at, f"{path}.nonDisclosure", "TILT says both statutory and contractual"
            )
        elif statutory or contractual:
            category["requirement"] = "statutory" if statutory else "contractual"
        elif statutory is False and contractual is False:
            category["requirement"] = "voluntary"
        if (mandatory := read.flag(given.get("obligationToProvide"))) is not None:
            category["mandatory"] = mandatory
        if consequence := read.text(given.get("consequences")):
            category["consequence"] = self._text(consequence)

    def _add_purpose(self, item: dict[str, Any], facts: Facts, path: str) -> None:
        name, description = read.text(item.get("purpose")), read.text(item.get("description"))
        if name is None and description is None:
            return
        facts.purposes += 1
        key = (name or description or "").casefold()
        draft = self.purposes.get(key)
        if draft is None:
            draft = PurposeDraft(
                self.ids["purpose"].new(name or description or "", "purpose"), name or "", []
            )
            self.purposes[key] = draft
            if name is None:
                draft.name = description or ""
                self.record.review(
                    ("purposes", len(self.purposes) - 1),
                    path,
                    "the name is TILT's description; shorten it",
                )
        if description and description not in draft.descriptions and description != draft.name:
            draft.descriptions.append(description)
        draft.facts.append(facts)

    def _bases(self, entry: dict[str, Any], facts: Facts) -> None:
        for number, basis in enumerate(read.items(entry.get("legalBases"))):
            path = f"{facts.path}.legalBases[{number}]"
            reference, description = (
                read.text(basis.get("reference")),
                read.text(basis.get("description")),
            )
            codes = legal_basis_codes(reference or "")
            facts.bases += [code for code in codes if code not in facts.bases]
            if reference and is_prose(reference, codes):
                facts.notes.append(reference)
            if description:
                facts.notes.append(description)
            if reference and not codes:
                where = (
                    "its words are in the legal basis note"
                    if is_prose(reference, codes)
                    else "name the basis it stands for"
                )
                self.record.review(
                    ("purposes",),
                    f"{path}.reference",
                    f'"{_short(reference)}" gives no GDPR legal basis; {where}',
                )
        for interest in read.items(entry.get("legitimateInterests")):
            reasoning = read.text(interest.get("reasoning"))
            if reasoning and interest.get("exists") is not False:
                facts.interests.append(reasoning)

    def _recipients(self, entry: dict[str, Any], facts: Facts) -> None:
        listed = [("recipients", item) for item in read.items(entry.get("recipients"))]
        listed += [
            ("recipientsOnlyCategory", item)
            for item in read.items(entry.get("recipientsOnlyCategory"))
        ]
        for number, (field, item) in enumerate(listed):
            name, category = read.text(item.get("name")), read.text(item.get("category"))
            if name is None and category is None:
                continue
            recipient = self.recipients.get((name, category))
            if recipient is None:
                recipient = self._recipient(item, name, category, f"{facts.path}.{field}[{number}]")
            if recipient["id"] not in facts.recipients:
                facts.recipients.append(recipient["id"])

    def _recipient(
        self, item: dict[str, Any], name: str | None, category: str | None, path: str
    ) -> dict[str, Any]:
        recipient: dict[str, Any] = {
            "id": self.ids["recipient"].new(name or category or "", "recipient")
        }
        at = ("recipients", len(self.recipients))
        if name:
            recipient["name"] = " ".join(name.split())
        if category:
            recipient["category"] = self._text(category)
        code, how = read.country(item.get("country"))
        if code:
            recipient["countries"] = [code]
            if how != "code":
                self.record.review((*at, "countries"), f"{path}.country", f"read as {code}")
        else:
            self.record.keep(at, f"{path}.country", item.get("country"))
        for field in ("division", "address", "representative"):
            self.record.keep(at, f"{path}.{field}", item.get(field))
        self.recipients[(name, category)] = recipient
        return recipient

    def _storage(self, entry: dict[str, Any], facts: Facts) -> None:
        for number, storage in enumerate(read.items(entry.get("storage"))):
            path = f"{facts.path}.storage[{number}]"
            kept = Storage(
                [],
                [],
                [name.casefold() for name in read.strings(storage.get("purposeConditional"))],
            )
            for temporal in read.items(storage.get("temporal")):
                found, corrected = read.duration(temporal.get("ttl"))
                if found:
                    kept.durations.append(found)
                if corrected:
                    self.record.review(
                        ("purposes",),
                        f"{path}.temporal.ttl",
                        f'"{read.text(temporal.get("ttl"))}" is not ISO 8601; read as {found}',
                    )
                elif found is None and (ttl := read.text(temporal.get("ttl"))):
                    kept.criteria.append(ttl)
                if described := read.text(temporal.get("description")):
                    kept.criteria.append(described)
            if kept.durations or kept.criteria:
                facts.storage.append(kept)
            for field in ("legalBasisConditional", "aggregationFunction"):
                self.record.keep(("purposes",), f"{path}.{field}", storage.get(field))

    def _purpose(self, draft: PurposeDraft, index: int) -> dict[str, Any]:
        return assemble(draft, index, self.record, self.lang)


def _short(text: str, limit: int = 60) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"
