"""Validate loaded notices: the schema, then cross-references; every problem located at
file:line:col."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path

from pydantic import ValidationError

from noticekit.load import discover
from noticekit.load import load_source
from noticekit.load.source import SourceDocument
from noticekit.models import Notice
from noticekit.problems import Problem
from noticekit.validate.crossrefs import check_notice
from noticekit.validate.crossrefs import check_references
from noticekit.validate.flow_texts import advise_split_texts
from noticekit.validate.messages import Located
from noticekit.validate.messages import from_pydantic


@dataclasses.dataclass
class LoadedNotice:
    """A notice that passed validation, with the document it came from (for positions)."""

    doc: SourceDocument
    notice: Notice


@dataclasses.dataclass
class LoadResult:
    """The valid notices among the files asked for, and every problem found in the others."""

    notices: list[LoadedNotice] = dataclasses.field(default_factory=list)
    problems: list[Problem] = dataclasses.field(default_factory=list)
    files: int = 0

    @property
    def ok(self) -> bool:
        return not any(problem.level == "error" for problem in self.problems)


def locate(doc: SourceDocument, located: Located) -> Problem:
    """A located message as a `Problem` at the YAML node (or key) it names."""
    line, col = doc.locate(located.path, prefer_key=located.at_key)
    return Problem(doc.display_path, line, col, located.message, path=tuple(located.path))


def problem_order(problem: Problem) -> tuple[str, int, int, str]:
    """Sort key: file, line, column, message (paths mix ints and strings, so they stay out of
    it)."""
    return problem.file, problem.line, problem.col, problem.message


def validate_document(doc: SourceDocument) -> tuple[Notice | None, list[Problem]]:
    """Check one document against the model, then its cross-references; the notice only if it is
    valid."""
    try:
        notice = Notice.model_validate(doc.data)
    except ValidationError as error:
        found = [from_pydantic(item, doc.data) for item in error.errors(include_url=False)]
        reported = {located.path for located in found}
        found += [located for located in check_references(doc.data) if located.path not in reported]
        found = advise_split_texts(doc, found)
        return None, sorted({locate(doc, located) for located in found}, key=problem_order)
    problems = sorted(
        {locate(doc, located) for located in check_notice(notice, doc.data, doc.path)},
        key=problem_order,
    )
    return (None if problems else notice), problems


def check_file(path: Path) -> tuple[LoadedNotice | None, list[Problem]]:
    """Load and validate one notice file: the notice if it is valid, and every problem found."""
    doc, problems = load_source(path)
    if doc is None:
        return None, problems
    notice, problems = validate_document(doc)
    return (None if notice is None else LoadedNotice(doc, notice)), problems


#: How a build loads and validates one file: `check_file`, or a memo of it (`serve`).
FileCheck = Callable[[Path], tuple[LoadedNotice | None, list[Problem]]]


def load_notices(
    paths: list[Path], files: list[Path] | None = None, check: FileCheck = check_file
) -> LoadResult:
    """Discover, load and validate every notice under `paths` (or the `files` already discovered
    there), each by `check`; raises UsageError for a bad path."""
    result = LoadResult()
    for path in discover(paths) if files is None else files:
        result.files += 1
        loaded, problems = check(path)
        if loaded is not None:
            result.notices.append(loaded)
        result.problems.extend(problems)
    result.problems.sort(key=problem_order)
    return result
