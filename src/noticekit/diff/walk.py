"""Walk two versions of a notice model side by side and report each change with its kind.

Lists with ids are matched by id, renamed ids by content (`noticekit.diff.match`); rights by their
code, change-history entries by date and version, security statements by position. Texts are
compared language by language (`noticekit.diff.texts`); everything else by value.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from pydantic import BaseModel

from noticekit.diff import details
from noticekit.diff import parts
from noticekit.diff.match import RENAME_ORDER
from noticekit.diff.match import Renames
from noticekit.diff.match import match_items
from noticekit.diff.match import references_of
from noticekit.diff.match import renamed_by_content
from noticekit.diff.model import Change
from noticekit.diff.specs import NOTICE_FIELDS
from noticekit.diff.specs import NOTICE_TEXTS
from noticekit.diff.specs import PART_FIELDS
from noticekit.diff.specs import SPECS
from noticekit.diff.texts import text_change
from noticekit.load.source import DataPath
from noticekit.models import Notice


@dataclasses.dataclass(frozen=True)
class Where:
    """A place in the notice: dotted with ids (`purposes.newsletter.name`), and its data path
    in the new file."""

    dotted: tuple[str, ...] = ()
    at: DataPath = ()

    def field(self, name: str) -> Where:
        return Where((*self.dotted, name), (*self.at, *name.split(".")))

    def item(self, label: str, index: int) -> Where:
        return Where((*self.dotted, label), (*self.at, index))

    def gone(self, label: str) -> Where:
        """An item that is only in the old version: named by its old label, placed at its list."""
        return Where((*self.dotted, label), self.at)


def json_value(value: Any) -> Any:
    """A value as JSON data: models without their unset and default fields, dates as text."""
    if isinstance(value, BaseModel):
        return value.model_dump(mode="json", exclude_none=True, exclude_defaults=True)
    if isinstance(value, list):
        return [json_value(item) for item in value]
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value


class Walker:
    """Collects the changes between `old` and `new`; `run()` returns them in the notice's order."""

    def __init__(self, old: Notice, new: Notice) -> None:
        self.old, self.new = old, new
        self.lang = new.languages[0]
        self.renames: Renames = {}
        self.changes: list[Change] = []

    def add(self, kind: str, where: Where, old: Any = None, new: Any = None) -> None:
        texts = isinstance(old, dict) or isinstance(new, dict)
        path = ".".join(where.dotted)
        self.changes.append(
            Change(kind, path, json_value(old), json_value(new), where.at, texts=texts)
        )

    def text(self, old: Any, new: Any, where: Where) -> None:
        found = text_change(old, new, self.lang)
        if found is not None:
            self.add(found[0], where, found[1], found[2])

    def value(self, kind: str, old: Any, new: Any, where: Where) -> None:
        if json_value(old) != json_value(new):
            self.add(kind, where, old, new)

    def run(self) -> list[Change]:
        old, new, root = self.old, self.new, Where()
        for name, kind in NOTICE_FIELDS.items():
            self.value(kind, getattr(old, name), getattr(new, name), root.field(name))
        parts.languages(self, old.languages, new.languages, root.field("languages"))
        details.language_versions(
            self, old.language_versions, new.language_versions, root.field("language_versions")
        )
        for name in NOTICE_TEXTS:
            self.text(getattr(old, name), getattr(new, name), root.field(name))
        for name in PART_FIELDS["scope"]:
            before, after = (getattr(n.scope, name, None) for n in (old, new))
            self.text(before, after, root.field(f"scope.{name}"))
        for list_name in RENAME_ORDER:
            self.items(
                list_name, _list(old, list_name), _list(new, list_name), root.field(list_name)
            )
        details.no_transfers(self, old.no_transfers, new.no_transfers, root.field("no_transfers"))
        parts.dpo(self, old.dpo, new.dpo, root.field("dpo"))
        self.items(
            "rights", old.rights, new.rights, root.field("rights"), key=lambda item: item.right
        )
        parts.automated_decisions(self, old, new, root.field("automated_decision_making"))
        parts.security(self, old.security, new.security, root.field("security"))
        for name in PART_FIELDS["cookies"][:2]:
            before, after = (getattr(n.cookies, name, None) for n in (old, new))
            self.text(before, after, root.field(f"cookies.{name}"))
        before, after = (getattr(n.changes, "announcement", None) for n in (old, new))
        self.text(before, after, root.field("changes.announcement"))
        self.items(
            "changes.history",
            old.changes.history if old.changes else [],
            new.changes.history if new.changes else [],
            root.field("changes.history"),
            key=lambda entry: (entry.date.isoformat(), entry.version),
        )  # fmt: skip
        return self.changes

    def items(self, list_name: str, old: list[Any], new: list[Any], where: Where, key=None) -> None:
        """Items added, removed, renamed (lists with ids), and the changes inside those in both."""
        spec = SPECS[list_name]
        similar = None
        if key is None:
            key, similar = _by_id, renamed_by_content(list_name, self.renames, self.lang)
        matched = match_items(old, new, key, similar)
        self.renames[list_name] = matched.renamed
        for old_at in matched.removed:
            self.add(spec.removed, where.gone(_label(key(old[old_at]))), old[old_at], None)
        for new_at in matched.added:
            self.add(spec.added, where.item(_label(key(new[new_at])), new_at), None, new[new_at])
        for old_at, new_at in matched.pairs:
            old_key, new_key = key(old[old_at]), key(new[new_at])
            here = where.item(_label(new_key), new_at)
            if old_key != new_key:
                self.add("id-renamed", here, old_key, new_key)
            self.fields(list_name, old[old_at], new[new_at], here)

    def fields(self, list_name: str, old: BaseModel, new: BaseModel, where: Where) -> None:
        """The changes inside one item found in both versions."""
        spec = SPECS[list_name]
        for name in type(new).model_fields:
            before, after, here = getattr(old, name), getattr(new, name), where.field(name)
            if name in spec.keys:
                continue
            if name in spec.special:
                details.SPECIAL[(list_name, name)](self, before, after, here)
            elif name in spec.refs:
                self.refs(spec.refs[name], self.renamed_refs(list_name, name, before), after, here)
            elif isinstance(before, dict) or isinstance(after, dict):
                self.text(before, after, here)
            else:
                self.value(spec.fields.get(name, spec.changed), before, after, here)

    def renamed_refs(self, list_name: str, field: str, refs: list[str] | None) -> list[str]:
        """Old references in the new version's ids."""
        mapping = self.renames.get(references_of(list_name).get(field, ""), {})
        return [mapping.get(ref, ref) for ref in refs or []]

    def refs(
        self, kinds: tuple[str, str], old: list[str], new: list[str] | None, where: Where
    ) -> None:
        """Ids or codes added to and removed from a list, one change for each direction."""
        added = [ref for ref in new or [] if ref not in old]
        removed = [ref for ref in old if ref not in (new or [])]
        if added:
            self.add(kinds[0], where, None, added)
        if removed:
            self.add(kinds[1], where, removed, None)


def _by_id(item: Any) -> str:
    return item.id


def _label(key: Any) -> str:
    """A list item in a dotted path: its id, right code, or `date@version` (a history entry)."""
    if isinstance(key, tuple):
        return "@".join(part for part in key if part)
    return str(key)


def _list(notice: Notice, list_name: str) -> list[Any]:
    if list_name == "cookies.items":
        return notice.cookies.items if notice.cookies else []
    return getattr(notice, list_name)


def compare(old: Notice, new: Notice) -> list[Change]:
    """Every change from `old` to `new`, not yet classified by the notice (`diff.overrides`)."""
    return Walker(old, new).run()
