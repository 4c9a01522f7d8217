"""The diff in a reader's language: change labels, classes and citations through the `ui` catalog.

Shared by the Markdown format of `noticekit diff` and the archive's pages (with
`noticekit.diff.shown`, the values). Imports Babel (through `noticekit.i18n`), so only those use it.
"""

from __future__ import annotations

from typing import Any

from noticekit import i18n
from noticekit.diff.model import Change
from noticekit.diff.model import NoticeDiff
from noticekit.diff.rules import Rule
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
        return self.basis_of(change.rule)

    def basis_of(self, rule: Rule) -> str:
        return "; ".join(self.citation(code) for code in rule.citations)

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
