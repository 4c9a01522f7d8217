"""`--format text`, for people: per notice its versions, then each change, its values and why."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any
from typing import TextIO

from noticekit.console import printable
from noticekit.diff.model import Change
from noticekit.diff.model import NoticeDiff
from noticekit.diff.periods import change_values

#: Values longer than this are cut, with an ellipsis.
SHOWN = 160


def shown(value: Any) -> str:
    """A value on one line: text as it is, other values as compact JSON, cut at `SHOWN`."""
    line = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    line = " ".join(line.split())
    return line if len(line) <= SHOWN else line[: SHOWN - 1] + "…"


def versions(diff: NoticeDiff) -> str:
    before, after = diff.from_version, diff.to_version
    if before is None or after is None:
        return f"version {after or before}"
    return f"version {before}" if before == after else f"version {before} -> {after}"


def change_lines(change: Change) -> list[str]:
    """The change's class, kind and path, its values (storage periods in English words), why."""
    lines = [f"  {'material' if change.material else 'editorial':<9}  {change.kind}  {change.path}"]
    old, new = change_values(change, "en")
    if old is not None:
        lines.append(f"      old: {shown(old)}")
    if new is not None:
        lines.append(f"      new: {shown(new)}")
    lines.append(f"      why: {change.reason}")
    return lines


def summary(diffs: Sequence[NoticeDiff]) -> str:
    """`2 notices changed: 3 material changes, 1 editorial change`, or `no changes`."""
    if not diffs:
        return "no changes"
    material = sum(len(diff.material_changes) for diff in diffs)
    editorial = sum(len(diff.changes) for diff in diffs) - material
    notices = "notice" if len(diffs) == 1 else "notices"
    return (
        f"{len(diffs)} {notices} changed: "
        f"{material} material change{'' if material == 1 else 's'}, "
        f"{editorial} editorial change{'' if editorial == 1 else 's'}"
    )


def write(diffs: Sequence[NoticeDiff], out: TextIO) -> None:
    for diff in diffs:
        verdict = "material" if diff.material else "editorial only"
        out.write(
            printable(f"{diff.file or diff.id}: {diff.id}, {versions(diff)} ({verdict})", out)
            + "\n"
        )
        for change in diff.changes:
            for line in change_lines(change):
                out.write(printable(line, out) + "\n")
        out.write("\n")
    out.write(summary(diffs) + "\n")
