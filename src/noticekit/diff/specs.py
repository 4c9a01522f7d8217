"""How the items of each list of the notice are compared: the kinds of change each field gives.

The kinds are rows of `noticekit.diff.rules`; a field not named here gives the list's `changed`
kind when its value changes, and a text field is compared language by language.
"""

from __future__ import annotations

import dataclasses


@dataclasses.dataclass(frozen=True)
class ItemSpec:
    """The change kinds of one list: item added, removed, changed, and per field that differs."""

    added: str
    removed: str
    changed: str = "field-changed"
    #: field -> kind when the field's value changes
    fields: dict[str, str] = dataclasses.field(default_factory=dict)
    #: field holding ids or codes -> (kind for those added, kind for those removed)
    refs: dict[str, tuple[str, str]] = dataclasses.field(default_factory=dict)
    #: fields compared by their own function in `noticekit.diff.parts`
    special: tuple[str, ...] = ()


def _refs(added: str, removed: str) -> tuple[str, str]:
    return added, removed


SPECS: dict[str, ItemSpec] = {
    "controllers": ItemSpec("controller-added", "controller-removed", "controller-changed"),
    "data_subjects": ItemSpec(
        "data-subject-category-added", "data-subject-category-removed",
        fields={"dpv": "dpv-term-changed"},
    ),
    "data_categories": ItemSpec(
        "data-category-added", "data-category-removed",
        fields={
            "dpv": "dpv-term-changed", "special_category": "special-category-changed",
            "criminal_offence": "criminal-offence-data-changed",
            "requirement": "provision-requirement-changed",
            "mandatory": "provision-requirement-changed",
        },
    ),
    "sources": ItemSpec("source-added", "source-removed", "source-changed"),
    "recipients": ItemSpec(
        "recipient-added", "recipient-removed", "recipient-changed",
        fields={"examples": "recipient-examples-changed"}, special=("countries",),
    ),
    "contact_points": ItemSpec(
        "contact-point-added", "contact-point-removed", "contact-point-changed"
    ),
    "purposes": ItemSpec(
        "purpose-added", "purpose-removed",
        fields={"dpv": "dpv-term-changed", "high_impact": "summary-flag-changed"},
        refs={
            "controllers": _refs("purpose-controller-added", "purpose-controller-removed"),
            "data_subjects": _refs("purpose-data-subject-added", "purpose-data-subject-removed"),
            "data_categories": _refs(
                "purpose-data-category-added", "purpose-data-category-removed"
            ),
            "sources": _refs("purpose-source-added", "purpose-source-removed"),
            "legal_bases": _refs("legal-basis-added", "legal-basis-removed"),
        },
        special=("recipients", "retention", "profiling", "automated_decisions"),
    ),
    "transfers": ItemSpec(
        "transfer-added", "transfer-removed",
        fields={
            "mechanisms": "transfer-mechanism-changed",
            "safeguards_url": "safeguards-address-changed",
        },
        refs={"recipients": _refs("transfer-recipient-added", "transfer-recipient-removed")},
        special=("countries",),
    ),
    "cookies.items": ItemSpec("cookie-added", "cookie-removed", "cookie-changed"),
    "sections": ItemSpec("section-added", "section-removed"),
    "rights": ItemSpec(
        "right-added", "right-removed",
        fields={"contact_point": "right-contact-changed"},
        special=("not_applicable", "authority"),
    ),
    "changes.history": ItemSpec("history-entry-added", "history-entry-removed"),
}  # fmt: skip

#: Fields of the notice itself -> the kind a change of their value gives.
NOTICE_FIELDS: dict[str, str] = {
    "id": "notice-id-changed",
    "version": "version-changed",
    "effective_date": "effective-date-changed",
    "fallback_language": "fallback-language-changed",
    "collection": "collection-changed",
    "addressed_to_children": "children-addressed-changed",
    "canonical_url": "published-address-changed",
    "jurisdictions": "jurisdictions-changed",
}

#: Fields of the notice that hold one text each (`scope.covers` is in `scope`).
NOTICE_TEXTS = ("title", "audience", "introduction", "recipients_note")
