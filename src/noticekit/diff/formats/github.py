"""`--format github`: a workflow annotation on the line of each change, in the new file.

Material changes are warnings, editorial ones notices. A removed part is annotated at the nearest
part still there; a removed notice, which has no line left, at no file.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TextIO

from noticekit.diff.formats.text import summary
from noticekit.diff.model import Change
from noticekit.diff.model import NoticeDiff
from noticekit.diff.periods import periods
from noticekit.report.github import escape_data
from noticekit.report.github import escape_property


def position(diff: NoticeDiff, change: Change) -> tuple[int, int] | None:
    """The line and column of the change in the new document, or None when the notice is gone."""
    if diff.new_doc is None:
        return None
    return diff.new_doc.locate(change.at)


def annotation(diff: NoticeDiff, change: Change) -> str:
    """One `::warning` (material) or `::notice` (editorial) command; a change of retention gives
    the storage period before and after, in words."""
    level = "warning" if change.material else "notice"
    verdict = "material" if change.material else "editorial"
    properties = {"title": f"{verdict} change: {change.kind}"}
    place = position(diff, change)
    if place is not None and diff.file:
        properties = {"file": diff.file, "line": str(place[0]), "col": str(place[1]), **properties}
    joined = ",".join(f"{key}={escape_property(value)}" for key, value in properties.items())
    found = periods(change, "en")
    period = f" ({found[0]} -> {found[1]})" if found else ""
    message = f"{diff.id}: {change.rule.label} at {change.path or diff.id}{period}: {change.reason}"
    return f"::{level} {joined}::{escape_data(message)}"


def write(diffs: Sequence[NoticeDiff], out: TextIO) -> None:
    for diff in diffs:
        for change in diff.changes:
            out.write(annotation(diff, change) + "\n")
    out.write(summary(diffs) + "\n")
