"""A notice's own classification of its changes (`change_classifications`), applied to a diff.

An entry applies to a change of its `kind` at or under its `at` path (all of that kind without
`at`), while the notice is at the entry's `version`. The first entry that applies wins.
"""

from __future__ import annotations

import dataclasses

from noticekit.diff.model import Change
from noticekit.diff.model import Override
from noticekit.models import ChangeClassification
from noticekit.models import Notice


def covers(entry: ChangeClassification, change: Change) -> bool:
    """Whether `entry` is about `change`: same kind, and the change at or under `entry.at`."""
    if entry.kind != change.kind:
        return False
    at = [part for part in (entry.at or "").split(".") if part]
    return change.path.split(".")[: len(at)] == at


def apply_overrides(changes: list[Change], notice: Notice) -> list[Change]:
    """The changes, each with the notice's own class where an entry for its version covers it."""
    entries = [
        (index, entry)
        for index, entry in enumerate(notice.change_classifications)
        if entry.version == notice.version
    ]
    classified = []
    for change in changes:
        found = next(((index, entry) for index, entry in entries if covers(entry, change)), None)
        if found is not None:
            index, entry = found
            change = dataclasses.replace(
                change, override=Override(index, entry.material, entry.reason)
            )
        classified.append(change)
    return classified
