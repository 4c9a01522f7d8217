"""`--format json`: one document,
`{"notices": [{"id", "from_version", "to_version", "material", "changes": [...]}]}`.

Each change is `{"kind", "path", "material", "old", "new", "reason"}`; `old` and `new` are the
values as JSON (texts: only the languages that changed), null where there is none.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any
from typing import TextIO

from noticekit.diff.model import Change
from noticekit.diff.model import NoticeDiff


def document(diffs: Sequence[NoticeDiff]) -> dict[str, Any]:
    """The whole output as data."""
    return {
        "notices": [
            {
                "id": diff.id,
                "from_version": diff.from_version,
                "to_version": diff.to_version,
                "material": diff.material,
                "changes": [change_data(change) for change in diff.changes],
            }
            for diff in diffs
        ]
    }


def change_data(change: Change) -> dict[str, Any]:
    return {
        "kind": change.kind,
        "path": change.path,
        "material": change.material,
        "old": change.old,
        "new": change.new,
        "reason": change.reason,
    }


def write(diffs: Sequence[NoticeDiff], out: TextIO) -> None:
    json.dump(document(diffs), out, ensure_ascii=False, indent=2)
    out.write("\n")
