"""What a diff finds: changes, each classified, grouped per notice."""

from __future__ import annotations

import dataclasses
from typing import Any

from noticekit.diff.rules import Rule
from noticekit.diff.rules import rule_for
from noticekit.load.source import DataPath
from noticekit.load.source import SourceDocument
from noticekit.models import Notice


def english_basis(rule: Rule) -> str:
    """`WP260 para. 29; GDPR Art. 13(3)`: the rule's citations in English, without Babel."""
    return "; ".join(cite_english(code) for code in rule.citations)


def cite_english(code: str) -> str:
    """`WP260-29` -> `WP260 para. 29`; `A13-1-c` -> `GDPR Art. 13(1)(c)`."""
    if code.startswith("WP260-"):
        return f"WP260 para. {code.removeprefix('WP260-')}"
    article, *parts = code.removeprefix("A").split("-")
    return f"GDPR Art. {article}" + "".join(f"({part})" for part in parts)


def english_reason(rule: Rule) -> str:
    """The reason as `diff --format json` and `text` give it: the sentence, then its citations."""
    return f"{rule.reason} ({english_basis(rule)})"


@dataclasses.dataclass(frozen=True)
class Override:
    """A notice's own classification of a change, and its reason (`change_classifications`)."""

    index: int
    material: bool
    reason: str


@dataclasses.dataclass(frozen=True)
class Change:
    """One change: its kind, where (`purposes.newsletter.legal_bases`), the values before and after.

    `at` is the data path of the changed value in the new document (for a removal: of the
    nearest part that is still there), so that it can be shown at its line.
    """

    kind: str
    path: str
    old: Any = None
    new: Any = None
    at: DataPath = ()
    override: Override | None = None
    #: Whether `old` and `new` are texts by language (`{"nb": ..., "en": ...}`).
    texts: bool = False

    @property
    def rule(self) -> Rule:
        return rule_for(self.kind)

    @property
    def material(self) -> bool:
        return self.override.material if self.override else self.rule.material

    @property
    def reason(self) -> str:
        """Why the change is material or editorial (with citations), or the notice's reason."""
        if self.override is None:
            return english_reason(self.rule)
        default = "material" if self.rule.material else "editorial"
        return (
            f"{self.override.reason} (classified by the notice; noticekit's default: {default}, "
            f"{english_reason(self.rule)})"
        )


@dataclasses.dataclass
class NoticeDiff:
    """The changes of one notice between two revisions; `old` or `new` is None if it is new or
    removed."""

    id: str
    old: Notice | None
    new: Notice | None
    changes: list[Change]
    old_doc: SourceDocument | None = None
    new_doc: SourceDocument | None = None
    #: The file as GitHub names it (relative to the repository): the new one, or the old if removed.
    file: str | None = None

    @property
    def material(self) -> bool:
        return any(change.material for change in self.changes)

    @property
    def from_version(self) -> str | None:
        return self.old.version if self.old else None

    @property
    def to_version(self) -> str | None:
        return self.new.version if self.new else None

    @property
    def language(self) -> str:
        """The notice's authoritative language (the first it is published in), as it is now."""
        notice = self.new or self.old
        assert notice is not None
        return notice.languages[0]

    @property
    def material_changes(self) -> list[Change]:
        return [change for change in self.changes if change.material]
