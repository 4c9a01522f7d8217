"""GitHub Actions workflow commands, `::error file=…,line=…,col=…,title=NK004::…`, per file.

GitHub shows at most 10 error and 10 warning annotations of a step. So the most important
findings become annotations (file order, then errors before warnings, then rule); one notice
annotation counts the rest, which follow as plain log lines. Under Actions (`GITHUB_STEP_SUMMARY`
set), every finding also goes into the job summary as a Markdown table.

Every value is escaped as the workflow-command spec asks (`%0A` for a line break), so no text can
start a command of its own, and then any other control character is written out (`\\x1b`).
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import TextIO

from noticekit.problems import Problem
from noticekit.quoting import escape_controls
from noticekit.report.common import article_of
from noticekit.report.common import by_file
from noticekit.report.common import count
from noticekit.report.common import plural
from noticekit.report.common import summary_line
from noticekit.report.summary import write_job_summary

#: Annotations GitHub shows per step and level (errors, warnings).
ANNOTATION_LIMIT = 10
LEVEL_RANK = {"error": 0, "warning": 1}

#: Escapes of the workflow-command spec: in the message (data), and more in property values.
DATA_ESCAPES = (("%", "%25"), ("\r", "%0D"), ("\n", "%0A"))
PROPERTY_ESCAPES = DATA_ESCAPES + ((":", "%3A"), (",", "%2C"))


def write(problems: Sequence[Problem], checked: Sequence[str], out: TextIO) -> None:
    shown, rest = select(problems)
    for file, group in by_file(shown).items():
        out.write(f"::group::{escape_data(file)}\n")
        for problem in group:
            out.write(annotation(problem) + "\n")
        out.write("::endgroup::\n")
    if rest:
        out.write(f"::notice title=noticekit::{escape_data(_more(rest))}\n")
        out.write("::group::more findings\n")
        out.writelines(f"{problem}\n" for problem in rest)
        out.write("::endgroup::\n")
    summary = os.environ.get("GITHUB_STEP_SUMMARY")
    if summary:
        write_job_summary(summary, problems, checked, out)
    out.write(summary_line(problems, checked, out) + "\n")


def importance(problems: Sequence[Problem]) -> list[Problem]:
    """Problems most important first: by file (in order of appearance), level, rule, position."""
    files = {file: rank for rank, file in enumerate(by_file(problems))}
    return sorted(
        problems,
        key=lambda problem: (
            files[problem.file],
            LEVEL_RANK.get(problem.level, len(LEVEL_RANK)),
            problem.code or "",
            problem.line,
            problem.col,
        ),
    )


def select(problems: Sequence[Problem]) -> tuple[list[Problem], list[Problem]]:
    """The problems to annotate (at most 10 per level, most important first) and the rest."""
    shown: list[Problem] = []
    rest: list[Problem] = []
    per_level: dict[str, int] = {}
    for problem in importance(problems):
        per_level[problem.level] = per_level.get(problem.level, 0) + 1
        (shown if per_level[problem.level] <= ANNOTATION_LIMIT else rest).append(problem)
    return shown, rest


def _more(rest: Sequence[Problem]) -> str:
    errors, warnings = count(rest, "error"), count(rest, "warning")
    return (
        f"{plural(len(rest), 'more finding')} ({plural(errors, 'error')}, "
        f"{plural(warnings, 'warning')}) not shown as annotations: GitHub shows 10 errors and "
        "10 warnings per step; see the log below and the job summary"
    )


def annotation(problem: Problem) -> str:
    """One `::error` or `::warning` command for a problem."""
    properties = {
        "file": problem.file,
        "line": str(problem.line),
        "col": str(problem.col),
        "title": problem.code or "noticekit",
    }
    joined = ",".join(f"{key}={escape_property(value)}" for key, value in properties.items())
    article = article_of(problem)
    message = f"{problem.message} ({article})" if article else problem.message
    return f"::{problem.level} {joined}::{escape_data(message)}"


def escape_data(text: str) -> str:
    for raw, escaped in DATA_ESCAPES:
        text = text.replace(raw, escaped)
    return escape_controls(text)


def escape_property(text: str) -> str:
    for raw, escaped in PROPERTY_ESCAPES:
        text = text.replace(raw, escaped)
    return escape_controls(text)
