"""The GitHub job summary: every finding as a row of a Markdown table (`GITHUB_STEP_SUMMARY`)."""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import TextIO

from noticekit.console import escaped
from noticekit.problems import Problem
from noticekit.report.common import article_of
from noticekit.report.common import summary_line

HEADER = "| Level | File | Line | Rule | Finding |\n|---|---|---:|---|---|\n"
#: What would end a table cell or turn into markup: pipes, and HTML's own characters.
CELL_ESCAPES = (("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"), ("|", "\\|"), ("`", "\\`"))


def cell(text: str) -> str:
    """`text` as one Markdown table cell: control characters escaped (`\\n`), pipes backslashed."""
    text = escaped(text)
    for raw, replacement in CELL_ESCAPES:
        text = text.replace(raw, replacement)
    return text


def table(problems: Sequence[Problem]) -> str:
    """The findings as a Markdown table, one row each, in the order given."""
    rows = []
    for problem in problems:
        rule = " ".join(part for part in (problem.code, article_of(problem)) if part)
        cells = (problem.level, problem.file, str(problem.line), rule, problem.message)
        rows.append("| " + " | ".join(map(cell, cells)) + " |\n")
    return HEADER + "".join(rows)


def markdown(problems: Sequence[Problem], checked: Sequence[str]) -> str:
    """The job summary's section for one run: a heading, the counts and the table."""
    text = f"### noticekit\n\n{summary_line(problems, checked, io.StringIO())}\n"
    return text + (f"\n{table(problems)}" if problems else "")


def write_job_summary(
    path: str, problems: Sequence[Problem], checked: Sequence[str], log: TextIO
) -> None:
    """Append the section to the job summary; a summary that cannot be written is a warning."""
    try:
        with open(path, "a", encoding="utf-8") as summary:
            summary.write(markdown(problems, checked) + "\n")
    except OSError as error:
        log.write(f"::warning title=noticekit::cannot write the job summary: {error.strerror}\n")
