"""Changed values in a few words, in a reader's language: names for codes and ids, storage periods
in words, texts around the place where they differ. Shared by `diff --format markdown` and the
archive's changes pages.
"""

from __future__ import annotations

from typing import Any

from noticekit import i18n
from noticekit.diff.match import display_name
from noticekit.diff.model import Change
from noticekit.diff.model import NoticeDiff
from noticekit.diff.periods import FIELD
from noticekit.diff.periods import change_values
from noticekit.models import Notice

#: Characters of context shown before the first difference of two texts, and in all.
BEFORE, WINDOW = 30, 110


def value_text(value: Any, lang: str, texts: bool = False) -> str:
    """A changed value in a few words: a text in `lang` (or in its languages), a name, codes."""
    if value is None:
        return ""
    if texts:
        return value.get(lang) or "; ".join(f"{tag}: {text}" for tag, text in value.items())
    if isinstance(value, list):
        return ", ".join(value_text(item, lang) for item in value)
    if not isinstance(value, dict):
        return str(value)
    for name in ("title", "name", "category", "summary"):
        if isinstance(value.get(name), dict):
            return value_text(value[name], lang, texts=True)
        if isinstance(value.get(name), str):
            return value[name]
    shown = [  # a storage period in words, as on the pages, needs no label
        value_text(item, lang) if key == FIELD else f"{key}: {value_text(item, lang)}"
        for key, item in value.items()
        if not isinstance(item, dict)
    ]
    return "; ".join(shown)


def _codes(name: Any) -> Any:
    """A function naming one code or a list of codes in a language: `Consent (A6-1-a)`."""

    def named(value: Any, lang: str) -> Any:
        if isinstance(value, list):
            return [named(item, lang) for item in value]
        if isinstance(value, dict) and "right" in value:
            return f"{i18n.right_name(value['right'], lang)} ({value['right']})"
        return f"{name(value, lang)} ({value})" if isinstance(value, str) else value

    return named


#: Kinds whose values are codes, and how to name them for people.
NAMED = {
    "legal-basis-added": _codes(i18n.legal_basis_label),
    "legal-basis-removed": _codes(i18n.legal_basis_label),
    "transfer-mechanism-changed": _codes(i18n.mechanism_label),
    "third-country-added": _codes(i18n.country_name),
    "recipient-country-added": _codes(i18n.country_name),
    "country-removed": _codes(i18n.country_name),
    "right-added": _codes(i18n.right_name),
    "right-removed": _codes(i18n.right_name),
}


#: Kinds whose values are ids of items in a list of the notice.
REFERRED = {
    "purpose-controller-added": "controllers", "purpose-controller-removed": "controllers",
    "purpose-data-subject-added": "data_subjects", "purpose-data-subject-removed": "data_subjects",
    "purpose-data-category-added": "data_categories",
    "purpose-data-category-removed": "data_categories",
    "purpose-source-added": "sources", "purpose-source-removed": "sources",
    "purpose-recipient-added": "recipients", "purpose-recipient-removed": "recipients",
    "transfer-recipient-added": "recipients", "transfer-recipient-removed": "recipients",
}  # fmt: skip


def referred(ids: Any, notice: Notice | None, list_name: str, lang: str) -> Any:
    """Ids as `Name (id)`, the names from `notice`'s list (an id not found stays as it is)."""
    if not isinstance(ids, list) or notice is None:
        return ids
    items = {item.id: item for item in getattr(notice, list_name)}
    named = []
    for ident in ids:
        item = items.get(ident)
        name = _name(item, lang) if item else None
        named.append(f"{name} ({ident})" if name else ident)
    return named


def _name(item: Any, lang: str) -> str | None:
    """What people call an item: a controller's legal name, a name, or a recipient's category."""
    category = getattr(item, "category", None)
    return (
        getattr(item, "legal_name", None)
        or display_name(item, lang)
        or (value_text(category, lang, texts=True) if isinstance(category, dict) else None)
    )


def around(old: str, new: str) -> tuple[str, str]:
    """Two texts cut to the part around their first difference, `…` where cut."""
    at = next((i for i, (a, b) in enumerate(zip(old, new, strict=False)) if a != b), None)
    if at is None:
        at = min(len(old), len(new))
    start = max(0, at - BEFORE)

    def cut(text: str) -> str:
        part = text[start : start + WINDOW]
        return ("…" if start else "") + part + ("…" if start + WINDOW < len(text) else "")

    return cut(old), cut(new)


def values(change: Change, lang: str, diff: NoticeDiff | None = None) -> tuple[str, str]:
    """The old and new value in a few words each (storage periods in words); of two mappings,
    only the entries that differ."""
    old, new = change_values(change, lang)
    if change.kind in NAMED:
        old, new = NAMED[change.kind](old, lang), NAMED[change.kind](new, lang)
    if change.kind in REFERRED and diff is not None:
        list_name = REFERRED[change.kind]
        old, new = (
            referred(old, diff.old, list_name, lang),
            referred(new, diff.new, list_name, lang),
        )
    if change.texts and isinstance(old, dict) and isinstance(new, dict):
        shown = [tag for tag in (lang, *old) if tag in old and tag in new][:1]
        if shown:
            return around(" ".join(old[shown[0]].split()), " ".join(new[shown[0]].split()))
    if isinstance(old, dict) and isinstance(new, dict) and not change.texts:
        keys = [key for key in {**old, **new} if old.get(key) != new.get(key)]
        old = {key: old.get(key, "–") for key in keys}
        new = {key: new.get(key, "–") for key in keys}
    return value_text(old, lang, change.texts), value_text(new, lang, change.texts)
