"""`noticekit build`: options in, site out, with a progress bar on a terminal and one line in CI."""

from __future__ import annotations

import sys
from collections.abc import Callable
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from noticekit.errors import UsageError
from noticekit.pipeline import BuildOptions
from noticekit.pipeline import BuildReport
from noticekit.pipeline import build


def run_build(
    paths: list[Path],
    *,
    out: Path,
    languages: list[str] | None,
    formats: list[str] | None,
    templates: Path | None,
    strict: bool,
    history: str = "auto",
    no_history: bool = False,
    clean: bool = False,
) -> int:
    """Build the site; print one summary line; 0 on success (errors raise and exit 1 or 2)."""
    options = BuildOptions(
        out=out,
        languages=languages,
        formats=formats,
        templates=templates,
        strict=strict,
        history=history_mode(history, no_history),
        clean=clean,
    )
    with progress_bar(enabled=sys.stderr.isatty()) as advance:
        report = build(paths, options, advance)
    sys.stdout.write(summary(report, out) + "\n")
    return 0


def history_mode(history: str, no_history: bool) -> str:
    """`--history auto|require` and `--no-history` as one mode: "auto", "require" or "off"."""
    if history not in ("auto", "require"):
        raise UsageError(f'--history "{history}": expected auto or require')
    if no_history and history == "require":
        raise UsageError("--no-history and --history require contradict each other; choose one")
    return "off" if no_history else history


def summary(report: BuildReport, out: Path) -> str:
    """`built 3 notices in 3 languages (html, md, jsonld): 31 files in site`."""
    notices = "notice" if report.notices == 1 else "notices"
    languages = "language" if len(report.languages) == 1 else "languages"
    return (
        f"built {report.notices} {notices} in {len(report.languages)} {languages} "
        f"({', '.join(report.formats)}): {report.files} files in {out}"
    )


@contextmanager
def progress_bar(*, enabled: bool) -> Iterator[Callable[[int, int], None] | None]:
    """A rich progress bar counting notices, on a terminal only; yields its `update(done, total)`
    or None."""
    if not enabled:
        yield None
        return
    from rich.progress import Progress

    with Progress(transient=True) as progress:
        task = progress.add_task("building notices", total=None)
        yield lambda done, total: progress.update(task, completed=done, total=total)
