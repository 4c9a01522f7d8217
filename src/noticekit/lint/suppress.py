"""Suppressions written in the notice (`suppressions:`): parse, resolve `at` paths, match findings.

Each entry names a rule by code or slug, the place by a dotted path
(`purposes.newsletter.retention`, list items by id or by 0-based index; leave `at` out for the
whole notice) and the reason. A finding
is suppressed when its rule matches and its path lies at or under the resolved place. Mistakes in
the suppressions are findings of the engine's own rules: NK900 (no reason), NK901 (unknown rule)
and NK902 (matches nothing).
"""

from __future__ import annotations

import dataclasses
import difflib
import re
from typing import Any

from noticekit.lint import registry
from noticekit.lint.base import Finding
from noticekit.lint.meta import META_RULES
from noticekit.load.source import DataPath
from noticekit.models import Notice
from noticekit.quoting import quote

#: A list index as `at` may write it: ASCII digits, few enough for any list.
_INDEX = re.compile(r"[0-9]{1,9}")
NO_REASON = "NK900"
UNKNOWN_RULE = "NK901"
UNUSED = "NK902"


@dataclasses.dataclass
class ActiveSuppression:
    """A well-formed suppression: rule code, resolved place, and whether it matched a finding."""

    index: int
    code: str
    at: str
    path: DataPath
    used: bool = False

    def claims(self, code: str, path: DataPath) -> bool:
        return code == self.code and tuple(path[: len(self.path)]) == self.path

    def unused_finding(self) -> Finding:
        where = f" at {quote(self.at)}" if self.at else ""
        return Finding(
            ("suppressions", self.index, "at" if self.at else "rule"),
            f'suppression of "{self.code}"{where} matches no finding; remove it',
        )


def read_suppressions(
    data: Any, notice: Notice
) -> tuple[list[ActiveSuppression], list[tuple[str, Finding]]]:
    """The suppressions that apply, and engine findings (code, finding) for those that cannot."""
    active: list[ActiveSuppression] = []
    findings: list[tuple[str, Finding]] = []
    for index, entry in enumerate(notice.suppressions):
        here = ("suppressions", index)
        rule = registry.find(entry.rule)
        if rule is None or rule.CODE in META_RULES:
            message = registry.unknown_rule_message(entry.rule)
            if rule is not None:
                message = f'rule "{rule.CODE}" belongs to the engine and cannot be suppressed'
            findings.append((UNKNOWN_RULE, Finding((*here, "rule"), message)))
            continue
        if entry.reason is None or not entry.reason.strip():
            missing: DataPath = (*here, "reason") if entry.reason is not None else here
            message = f'suppression of "{rule.CODE}" gives no reason; add `reason:` saying why'
            findings.append((NO_REASON, Finding(missing, message)))
            continue
        at = (entry.at or "").strip()
        path, problem = resolve_at(data, at)
        if problem is not None:
            message = f'suppression of "{rule.CODE}" at {quote(at)} matches nothing: {problem}'
            findings.append((UNUSED, Finding((*here, "at"), message)))
            continue
        active.append(ActiveSuppression(index, rule.CODE, at, path))
    return active, findings


def resolve_at(data: Any, at: str) -> tuple[DataPath, str | None]:
    """Turn `purposes.newsletter.retention` into `("purposes", 2, "retention")`.

    Keys the file leaves out are allowed (a finding may be about a missing field); list items
    must exist. Returns the path and None, or a partial path and what went wrong.
    """
    path: list[str | int] = []
    node = data
    for segment in filter(None, at.split(".")) if at else ():
        if isinstance(node, list):
            index = _item_index(node, segment)
            if index is None:
                return tuple(path), _no_item(node, segment, path)
            path.append(index)
            node = node[index]
        elif isinstance(node, dict):
            path.append(segment)
            node = node.get(segment)
        else:
            index = _as_index(segment)
            path.append(segment if index is None else index)
            node = None
    if at and not path or at.startswith(".") or at.endswith(".") or ".." in at:
        return tuple(path), f'{quote(at)} is not a dotted path like "purposes.newsletter.retention"'
    return tuple(path), None


def _item_index(items: list[Any], segment: str) -> int | None:
    for index, item in enumerate(items):
        if isinstance(item, dict) and item.get("id") == segment:
            return index
    position = _as_index(segment)
    return position if position is not None and position < len(items) else None


def _as_index(segment: str) -> int | None:
    """`"2"` -> 2; None for anything else, "²" and a 5,000-digit number among them."""
    return int(segment) if _INDEX.fullmatch(segment) else None


def _no_item(items: list[Any], segment: str, path: list[str | int]) -> str:
    ids = [str(item["id"]) for item in items if isinstance(item, dict) and "id" in item]
    where = ".".join(str(part) for part in path) or "(document)"
    close = difflib.get_close_matches(segment, ids, n=1)
    hint = f", did you mean {quote(close[0])}?" if close else ""
    expected = f"expected an id or an index below {len(items)}"
    return f"no item {quote(segment)} in {quote(where)} ({expected}){hint}"
