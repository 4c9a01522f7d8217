"""`noticekit diff`: choose the two sides, diff every notice, write the report, pick the exit code.

Exit codes: 0 no change, 1 changes (0 with `--exit-zero`), 2 a usage error or a notice that is
not valid on either side.
"""

from __future__ import annotations

from pathlib import Path
from typing import TextIO

from noticekit.diff import formats
from noticekit.diff import sources
from noticekit.diff.compare import diff_notice
from noticekit.diff.model import NoticeDiff
from noticekit.errors import UsageError

EXIT_SAME = 0
EXIT_CHANGED = 1


def sides(
    paths: list[Path], from_rev: str | None, to_rev: str | None
) -> tuple[sources.Side, sources.Side]:
    """Two files compared directly, or the notices under `paths` at `--from` (HEAD) and `--to`
    (the working tree)."""
    if (
        from_rev is None
        and to_rev is None
        and len(paths) == 2
        and all(path.is_file() for path in paths)
    ):
        return sources.one_file(paths[0]), sources.one_file(paths[1])
    root = sources.repository(Path.cwd())
    old = sources.at_revision(root, from_rev or "HEAD", paths)
    new = (
        sources.working_tree(paths) if to_rev is None else sources.at_revision(root, to_rev, paths)
    )
    if not old.notices and not new.notices:
        raise UsageError(
            f"no notices found in {', '.join(str(path) for path in paths)} "
            f"at {old.label} or {new.label}"
        )
    return old, new


def diff_sides(old: sources.Side, new: sources.Side) -> list[NoticeDiff]:
    """The diff of every notice that changed: paired by id, or the one notice of each file."""
    pairs: list[tuple[sources.Version | None, sources.Version | None]]
    if len(old.notices) == len(new.notices) == 1 and old.label != new.label and _files(old, new):
        pairs = [(next(iter(old.notices.values())), next(iter(new.notices.values())))]
    else:
        ids = sorted(set(old.notices) | set(new.notices))
        pairs = [(old.notices.get(notice_id), new.notices.get(notice_id)) for notice_id in ids]
    diffs = []
    for before, after in pairs:
        shown = after or before
        assert shown is not None
        diff = diff_notice(
            before.notice if before else None, after.notice if after else None,
            before.doc if before else None, after.doc if after else None, shown.file,
        )  # fmt: skip
        if diff.changes:
            diffs.append(diff)
    return diffs


def _files(old: sources.Side, new: sources.Side) -> bool:
    """Whether both sides are single files (named by their path), compared whatever their ids."""
    return Path(old.label).is_file() and Path(new.label).is_file()


def run_diff(
    paths: list[Path],
    from_rev: str | None,
    to_rev: str | None,
    output_format: str,
    exit_zero: bool,
    out: TextIO,
) -> int:
    """Write the diff in `output_format`; 1 when something changed (unless `exit_zero`), else 0."""
    write = formats.get(output_format)
    old, new = sides(paths, from_rev, to_rev)
    diffs = diff_sides(old, new)
    write(diffs, out)
    return EXIT_CHANGED if diffs and not exit_zero else EXIT_SAME
