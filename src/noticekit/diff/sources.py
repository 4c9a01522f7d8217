"""The two sides of a diff: the notices in the working tree, at a git revision, or in a file.

A revision's notices are found as `noticekit` finds them on disk (`<folder>/<id>/notice.yaml`,
`<folder>/notice.yaml` or a file), read with `git show`-equivalent `git cat-file`, and validated
like any notice. Notices are paired by id, so a notice whose folder moved is the same notice.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

from pydantic import ValidationError

from noticekit.diff.upgrade import upgraded
from noticekit.errors import UsageError
from noticekit.history import git
from noticekit.load import NOTICE_FILE
from noticekit.load import discover
from noticekit.load import load_bytes
from noticekit.load import load_source
from noticekit.load.source import SourceDocument
from noticekit.models import Notice
from noticekit.problems import Problem
from noticekit.validate import validate_document


@dataclasses.dataclass(frozen=True)
class Version:
    """A notice as one side has it, its document, and its file as GitHub names it."""

    notice: Notice
    doc: SourceDocument
    file: str


@dataclasses.dataclass
class Side:
    """The valid notices of one side, by id; `label` names the side (`HEAD`, a file, ...)."""

    label: str
    notices: dict[str, Version] = dataclasses.field(default_factory=dict)
    #: Notices left out for a problem (not `strict`): id -> the first problem.
    invalid: dict[str, str] = dataclasses.field(default_factory=dict)


def invalid(label: str, problems: list[Problem]) -> UsageError:
    """The error for a side with notices that are not valid: nothing can be compared."""
    noun = "problem" if len(problems) == 1 else "problems"
    lines = "\n".join(str(problem) for problem in problems)
    return UsageError(
        f"cannot compare: {len(problems)} notice {noun} in {label}; "
        f"see `noticekit validate`\n{lines}"
    )


def model_of(doc: SourceDocument) -> tuple[Notice | None, list[Problem]]:
    """The notice in `doc` if it matches the schema. Cross-reference problems (an unknown id, a DPV
    term that has moved since) are `validate`'s and `lint`'s to report; a diff compares models."""
    notice, problems = validate_document(doc)
    if notice is None:
        try:
            return Notice.model_validate(upgraded(doc.data)), []
        except ValidationError:
            pass
    return notice, problems


def collect(
    label: str, loaded: list[tuple[SourceDocument | None, list[Problem], str]], strict: bool = True
) -> Side:
    """A side from loaded documents; an id may be used once. A problem stops the diff, or, not
    `strict`, leaves the notice out and is kept in `side.invalid` by the notice's id."""
    side, problems = Side(label), []
    for doc, found, file in loaded:
        notice = None
        if doc is not None:
            notice, found = model_of(doc)
        errors = [problem for problem in found if problem.level == "error"]
        problems.extend(errors)
        if errors and doc is not None and isinstance(doc.data.get("id"), str):
            side.invalid.setdefault(doc.data["id"], str(errors[0]))
        if notice is not None and doc is not None:
            if notice.id in side.notices:
                first = side.notices[notice.id].doc.display_path
                raise UsageError(
                    f'notice id "{notice.id}" is used twice in {label}: '
                    f"{first} and {doc.display_path}"
                )
            side.notices[notice.id] = Version(notice, doc, file)
    if problems and strict:
        raise invalid(label, problems)
    return side


def working_tree(paths: list[Path]) -> Side:
    """The notices under `paths` as they are on disk (paths that no longer exist hold none)."""
    files = discover([path for path in paths if path.exists()])
    loaded = []
    for file in files:
        doc, problems = load_source(file)
        loaded.append((doc, problems, SourceDocument(file, None).display_path))
    return collect("the working tree", loaded)


def one_file(path: Path) -> Side:
    """The notice in one file, compared whatever its id."""
    if not path.is_file():
        raise UsageError(f'"{path}" does not exist or is not a file')
    doc, problems = load_source(path)
    return collect(str(path), [(doc, problems, SourceDocument(path, None).display_path)])


def repository(where: Path) -> Path:
    """The root of the git work tree around `where`; none is a usage error that says what to do."""
    root = git.repo_root(where)
    if root is None:
        raise UsageError(
            "not a git repository (or git is not installed): compare two files instead, "
            "`noticekit diff OLD.yaml NEW.yaml`"
        )
    return root


def notice_files(root: Path, commit: str, folder: str) -> list[str]:
    """The notice files `folder` names in `commit`, found the way `discover` finds them on disk."""
    files = git.list_files(root, commit, folder)
    if folder in files:
        return [folder]
    own = f"{folder}/{NOTICE_FILE}" if folder else NOTICE_FILE
    if own in files:
        return [own]
    prefix = f"{folder}/" if folder else ""
    return [
        name for name in files
        if name.startswith(prefix)
        and name[len(prefix) :].count("/") == 1
        and name.endswith(f"/{NOTICE_FILE}")
    ]  # fmt: skip


def at_revision(root: Path, revision: str, paths: list[Path], strict: bool = True) -> Side:
    """The notices under `paths` as they are in `revision` (read from git objects only)."""
    commit = git.resolve(root, revision)
    names = sorted(
        {name for path in paths for name in notice_files(root, commit, git.repo_path(root, path))}
    )
    blobs = git.read_blobs(root, [f"{commit}:{name}" for name in names])
    loaded = []
    for name, raw in zip(names, blobs, strict=True):
        if raw is not None:
            doc, problems = load_bytes(Path(f"{revision}:{name}"), raw)
            loaded.append((doc, problems, name))
    return collect(revision, loaded, strict)
