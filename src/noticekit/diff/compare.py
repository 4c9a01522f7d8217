"""Diff two versions of one notice: walk, classify, apply the notice's own classifications."""

from __future__ import annotations

from noticekit.diff.model import Change
from noticekit.diff.model import NoticeDiff
from noticekit.diff.overrides import apply_overrides
from noticekit.diff.walk import compare
from noticekit.load.source import SourceDocument
from noticekit.models import Notice


def summary(notice: Notice) -> dict[str, object]:
    """What an added or removed notice is shown as: its id, version and title."""
    return {"id": notice.id, "version": notice.version, "title": notice.title}


def diff_notice(
    old: Notice | None,
    new: Notice | None,
    old_doc: SourceDocument | None = None,
    new_doc: SourceDocument | None = None,
    file: str | None = None,
) -> NoticeDiff:
    """The classified changes from `old` to `new` (None where the notice does not exist)."""
    notice = new or old
    assert notice is not None, "a diff needs a notice on at least one side"
    if old is None:
        changes = [Change("notice-added", notice.id, None, summary(notice))]
    elif new is None:
        changes = [Change("notice-removed", notice.id, summary(notice), None)]
    else:
        changes = apply_overrides(compare(old, new), new)
    return NoticeDiff(notice.id, old, new, changes, old_doc, new_doc, file)
