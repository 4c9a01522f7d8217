"""Validate loaded notices: the schema, then cross-references; every problem located at
file:line:col."""

from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Callable
from pathlib import Path

from pydantic import ValidationError

from noticekit.errors import BuildError
from noticekit.load import discover
from noticekit.load import load_bytes
from noticekit.load import load_source
from noticekit.load.files import read_bytes
from noticekit.load.source import SourceDocument
from noticekit.load.yaml_errors import YamlProblem
from noticekit.models import Notice
from noticekit.problems import Problem
from noticekit.validate.crossrefs import check_notice
from noticekit.validate.crossrefs import check_references
from noticekit.validate.facts import NoticeFacts
from noticekit.validate.facts import facts_of
from noticekit.validate.flow_texts import advise_split_texts
from noticekit.validate.messages import Located
from noticekit.validate.messages import from_pydantic


class LoadedNotice:
    """A notice that passed validation, with the document it came from (for positions).

    One that an earlier build recorded valid with the same bytes (`validate.recorded`) is
    `unchanged`: its `facts` stand for it, and it is read, parsed and validated again only when a
    stage asks for its `doc` or `notice` (to render it); until then it holds no more than them.
    """

    def __init__(self, doc: SourceDocument, notice: Notice) -> None:
        self.path = doc.path
        self._digest = ""
        self._loaded: tuple[SourceDocument, Notice] | None = (doc, notice)
        self._facts: NoticeFacts | None = None

    @classmethod
    def unchanged(cls, path: Path, digest: str, facts: NoticeFacts) -> LoadedNotice:
        """A notice known valid from its `facts`, its file (with bytes of `digest`) loaded only
        when asked."""
        loaded = cls.__new__(cls)
        loaded.path, loaded._digest, loaded._loaded, loaded._facts = path, digest, None, facts
        return loaded

    def __repr__(self) -> str:
        return f"LoadedNotice({str(self.path)!r})"

    @property
    def doc(self) -> SourceDocument:
        return self._load()[0]

    @property
    def notice(self) -> Notice:
        return self._load()[1]

    @property
    def facts(self) -> NoticeFacts:
        """What a build needs of the notice besides its pages (made once from the model)."""
        if self._facts is None:
            self._facts = facts_of(self.doc, self.notice)
        return self._facts

    @property
    def digest(self) -> str:
        """The SHA-256 of the file's bytes (`SourceDocument.digest`)."""
        return self._digest if self._loaded is None else self._loaded[0].digest

    @property
    def display_path(self) -> str:
        """The file as messages show it, without loading it."""
        doc = SourceDocument(self.path, None) if self._loaded is None else self._loaded[0]
        return doc.display_path

    def _load(self) -> tuple[SourceDocument, Notice]:
        if self._loaded is None:
            try:
                raw = read_bytes(self.path)
            except YamlProblem as problem:
                raise BuildError(f"{self.display_path}: {problem.message}") from None
            if hashlib.sha256(raw).hexdigest() != self._digest:
                raise BuildError(f"{self.display_path}: changed during the build; build again")
            doc, problems = load_bytes(self.path, raw)
            notice, problems = validate_document(doc) if doc is not None else (None, problems)
            if doc is None or notice is None:
                lines = "\n".join(map(str, problems))
                raise BuildError(
                    f"{self.display_path}: the previous build found this notice valid, but it is "
                    f"not now; build with --clean\n{lines}"
                )
            self._loaded = (doc, notice)
        return self._loaded


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


#: A file checked: its notice if it is valid, and every problem found.
Checked = tuple["LoadedNotice | None", list[Problem]]


def check_file(path: Path) -> Checked:
    """Load and validate one notice file: the notice if it is valid, and every problem found."""
    return checked(*load_source(path))


def check_bytes(path: Path, raw: bytes) -> Checked:
    """`check_file` on the bytes of `path`, read already."""
    return checked(*load_bytes(path, raw))


def checked(doc: SourceDocument | None, problems: list[Problem]) -> Checked:
    """A loaded document validated: the notice if it is valid, and every problem found."""
    if doc is None:
        return None, problems
    notice, problems = validate_document(doc)
    return (None if notice is None else LoadedNotice(doc, notice)), problems


def load_notices(
    paths: list[Path],
    files: list[Path] | None = None,
    check: Callable[[Path], Checked] = check_file,
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
