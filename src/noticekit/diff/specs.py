"""How each field of the notice is compared: the kinds of change it gives, or why it gives none.

Every field of the notice model is named here (a test walks the models and fails on a field that
is not): in a list's `fields` (kind when its value changes), `refs` (ids added and removed) or
`special` (compared by its own function), as a text (compared language by language, any
`LocalizedText` field), or in `NOTICE_PARTS`, `PART_FIELDS` and `IGNORED`. The kinds are rows of
`noticekit.diff.rules`.
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
    #: fields compared by their own function in `noticekit.diff.parts` or `.details`
    special: tuple[str, ...] = ()
    #: fields that identify the item (matched on, so equal in a pair)
    keys: tuple[str, ...] = ("id",)


def _refs(added: str, removed: str) -> tuple[str, str]:
    return added, removed


def _each(kind: str, *names: str) -> dict[str, str]:
    """The same kind for several fields: a change of any of them is a change of the item."""
    return dict.fromkeys(names, kind)


CONTACT = ("email", "phone", "other_phones", "address", "url")

SPECS: dict[str, ItemSpec] = {
    "controllers": ItemSpec(
        "controller-added", "controller-removed", "controller-changed",
        fields=_each(
            "controller-changed", "legal_name", "registration_number", "country",
            "representative", *CONTACT,
        ),
    ),
    "joint_arrangements": ItemSpec(
        "joint-arrangement-added", "joint-arrangement-removed", "joint-arrangement-changed",
        fields={"contact_point": "joint-arrangement-changed"},
        refs={
            "controllers": _refs("joint-arrangement-changed", "joint-arrangement-changed"),
            "purposes": _refs("joint-arrangement-changed", "joint-arrangement-changed"),
        },
    ),
    "data_subjects": ItemSpec(
        "data-subject-category-added", "data-subject-category-removed",
        fields={"dpv": "dpv-term-changed"},
    ),
    "data_categories": ItemSpec(
        "data-category-added", "data-category-removed",
        fields={
            "dpv": "dpv-term-changed", "special_category": "special-category-changed",
            "criminal_offence": "criminal-offence-data-changed",
            **_each("provision-requirement-changed", "requirement", "mandatory"),
        },
    ),
    "sources": ItemSpec(
        "source-added", "source-removed", "source-changed",
        fields=_each("source-changed", "kind", "publicly_available"),
    ),
    "recipients": ItemSpec(
        "recipient-added", "recipient-removed", "recipient-changed",
        fields={
            **_each("recipient-changed", "name", "role"),
            "examples": "recipient-examples-changed", "address": "recipient-address-changed",
        },
        special=("countries",),
    ),
    "contact_points": ItemSpec(
        "contact-point-added", "contact-point-removed", "contact-point-changed",
        fields=_each("contact-point-changed", "controller", *CONTACT),
    ),
    "purposes": ItemSpec(
        "purpose-added", "purpose-removed",
        fields={
            "dpv": "dpv-term-changed", "high_impact": "summary-flag-changed",
            **_each("provision-requirement-changed", "requirement", "mandatory"),
        },
        refs={
            "controllers": _refs("purpose-controller-added", "purpose-controller-removed"),
            "data_subjects": _refs("purpose-data-subject-added", "purpose-data-subject-removed"),
            "data_categories": _refs(
                "purpose-data-category-added", "purpose-data-category-removed"
            ),
            "sources": _refs("purpose-source-added", "purpose-source-removed"),
            "legal_bases": _refs("legal-basis-added", "legal-basis-removed"),
        },
        special=(
            "recipients", "retention", "retention_periods", "profiling", "automated_decisions",
            "automated_decision_details", "criminal_offence_ground", "direct_marketing",
            "information_exemptions", "further_processing",
        ),
    ),
    "transfers": ItemSpec(
        "transfer-added", "transfer-removed",
        fields={
            "mechanisms": "transfer-mechanism-changed",
            "safeguards_url": "safeguards-address-changed",
        },
        refs={"recipients": _refs("transfer-recipient-added", "transfer-recipient-removed")},
        special=("countries", "international_organisations"),
    ),
    "cookies.items": ItemSpec(
        "cookie-added", "cookie-removed", "cookie-changed",
        fields=_each("cookie-changed", "provider", "category", "party"),
    ),
    "sections": ItemSpec("section-added", "section-removed"),
    "rights": ItemSpec(
        "right-added", "right-removed",
        fields={"contact_point": "right-contact-changed"},
        special=("not_applicable", "authority"), keys=("right",),
    ),
    "changes.history": ItemSpec(
        "history-entry-added", "history-entry-removed", keys=("date", "version")
    ),
}  # fmt: skip

#: Fields of the notice itself -> the kind a change of their value gives.
NOTICE_FIELDS: dict[str, str] = {
    "id": "notice-id-changed",
    "version": "version-changed",
    "effective_date": "effective-date-changed",
    "authoritative_language": "authoritative-language-changed",
    "fallback_language": "fallback-language-changed",
    "collection": "collection-changed",
    "addressed_to_children": "children-addressed-changed",
    "canonical_url": "published-address-changed",
    "jurisdictions": "jurisdictions-changed",
}

#: Fields of the notice that hold one text each.
NOTICE_TEXTS = ("title", "audience", "introduction", "recipients_note")

#: Fields of the notice compared by their own function (`noticekit.diff.walk.Walker.run`).
NOTICE_PARTS = (
    "languages", "language_versions", "scope", "dpo", "rights", "automated_decision_making",
    "no_transfers", "security", "cookies", "changes",
)  # fmt: skip

#: Parts whose function compares field by field -> those fields (texts, or as the function says).
PART_FIELDS: dict[str, tuple[str, ...]] = {
    "scope": ("covers", "excludes"),
    "cookies": ("description", "how_to_control", "items"),
    "changes": ("announcement", "history"),
    "automated_decision_making": ("in_use", "logic", "significance", "consequences", "safeguards"),
    "purposes.retention": ("duration", "event", "criteria"),
    "purposes.retention_periods": (
        "duration", "event", "criteria", "data_categories", "condition",
    ),
    "purposes.automated_decision_details": ("logic", "significance", "consequences", "safeguards"),
    "purposes.criminal_offence_ground": ("law", "official_authority"),
    "purposes.information_exemptions": (
        "exemption", "ground", "sources", "reason", "measures", "law",
    ),
    "purposes.further_processing": ("original_purposes", "starts", "compatibility"),
}  # fmt: skip

#: Fields that are not what the notice tells people: lint's and diff's own settings.
IGNORED = ("suppressions", "change_classifications")
