"""`lint --since REV`: each notice as it was at REV, for the rule on material changes (NK045)."""

from __future__ import annotations

from pathlib import Path

from noticekit.diff import sources
from noticekit.lint.base import Baseline


def baselines(paths: list[Path], revision: str) -> dict[str, Baseline]:
    """Every notice under `paths` at `revision`, by id; a notice not valid there keeps its problem.

    A notice that did not exist at `revision` has no baseline: it is new, and nothing changed.
    """
    root = sources.repository(Path.cwd())
    side = sources.at_revision(root, revision, paths, strict=False)
    found = {key: Baseline(revision, problem=problem) for key, problem in side.invalid.items()}
    found.update({key: Baseline(revision, version.notice) for key, version in side.notices.items()})
    return found
