"""The diff in a reader's language: change labels, classes and citations through the `ui` catalog.

Shared by the Markdown format of `noticekit diff` and the archive's pages. Imports Babel (through
`noticekit.i18n`), so only those two use it.
"""

from __future__ import annotations

from typing import Any

from noticekit import i18n
from noticekit.diff.model import Change
from noticekit.diff.model import NoticeDiff
from noticekit.i18n.citations import cite
from noticekit.i18n.markers import N_

WORDS = (
    N_("material"), N_("editorial"), N_("Material changes"), N_("Editorial changes"),
    N_("Change"), N_("Where"), N_("Class"), N_("Before"), N_("After"), N_("Basis"),
    N_("No changes."), N_("Version"),
    # TRANSLATORS: %(reason)s is the notice's own reason for classifying a change, in its words.
    N_("Classified by the notice: %(reason)s"),
    # TRANSLATORS: a paragraph of the WP29 Guidelines on transparency (WP260 rev.01).
    N_("WP260 para. %(number)s"),
    N_(
        "Material changes need a new version, a new effective date and an entry in the change "
        "history; people must be told of them (GDPR Art. 13(3), 14(4); WP260 paras 29-32)."
    ),
)  # fmt: skip
NEED_NEW_VERSION = WORDS[-1]


class Wording:
    """Labels, classes and citations of a diff in one language (a shipped catalog's)."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.translations = i18n.translations(lang)

    def __call__(self, message: str, **values: Any) -> str:
        text = self.translations.gettext(message)
        return text % values if values else text

    def label(self, change: Change) -> str:
        return self(change.rule.label)

    def verdict(self, change: Change) -> str:
        return self("material" if change.material else "editorial")

    def basis(self, change: Change) -> str:
        """The change's citations in this language (`WP260 avsnitt 29; ...`)."""
        return "; ".join(self.citation(code) for code in change.rule.citations)

    def citation(self, code: str) -> str:
        if code.startswith("WP260-"):
            return self("WP260 para. %(number)s", number=code.removeprefix("WP260-"))
        return cite(code, self.lang)

    def overridden(self, change: Change) -> str | None:
        """`Classified by the notice: <reason>` where the notice classified the change itself."""
        return (
            self("Classified by the notice: %(reason)s", reason=change.override.reason)
            if change.override
            else None
        )


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
    shown = [
        f"{key}: {value_text(item, lang)}"
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


def values(change: Change, lang: str) -> tuple[str, str]:
    """The old and new value in a few words each; of two mappings, only the entries that differ."""
    old, new = change.old, change.new
    if change.kind in NAMED:
        old, new = NAMED[change.kind](old, lang), NAMED[change.kind](new, lang)
    if isinstance(old, dict) and isinstance(new, dict) and not change.texts:
        keys = [key for key in {**old, **new} if old.get(key) != new.get(key)]
        old = {key: old.get(key, "–") for key in keys}
        new = {key: new.get(key, "–") for key in keys}
    return value_text(old, lang, change.texts), value_text(new, lang, change.texts)


def counts(diff: NoticeDiff) -> tuple[int, int]:
    """(material, editorial) changes of a notice."""
    material = len(diff.material_changes)
    return material, len(diff.changes) - material


def needs_new_version(diff: NoticeDiff) -> bool:
    """A material change, but the version, effective date or history entry was not renewed."""
    if not diff.material or diff.old is None or diff.new is None:
        return False
    history = diff.new.changes.history if diff.new.changes else []
    return (
        diff.old.version == diff.new.version
        or diff.new.effective_date in (None, diff.old.effective_date)
        or not any(entry.version == diff.new.version for entry in history)
    )
