"""Read git through its command line (`subprocess`): repository root, revisions, files, log.

Every call runs `git -C ROOT ...` with a fixed locale. A repository that git cannot read (no git,
not a repository) answers None where that is a normal case, and raises `GitError` otherwise.
"""

from __future__ import annotations

import dataclasses
import os
import posixpath
import subprocess
from pathlib import Path
from pathlib import PurePosixPath

from noticekit.errors import UsageError

#: Fixed settings: messages in English, paths unquoted, no optional locks on a shared checkout.
ENV = {"LC_ALL": "C", "GIT_OPTIONAL_LOCKS": "0", "GIT_TERMINAL_PROMPT": "0"}
CONFIG = ("-c", "core.quotepath=off", "-c", "log.showSignature=false")


class GitError(UsageError):
    """A git command failed: a revision that does not exist, or a repository git cannot read."""


@dataclasses.dataclass(frozen=True)
class Commit:
    """A commit that touched a file: its id, commit time (seconds, UTC), the file's path in it."""

    sha: str
    time: int
    path: str


def run(root: Path, *args: str, stdin: bytes | None = None) -> bytes:
    """The output of `git -C root args...`; a failure raises GitError with git's own message."""
    try:
        done = subprocess.run(
            ["git", "-C", str(root), *CONFIG, *args],
            input=stdin,
            capture_output=True,
            env={**os.environ, **ENV},
            check=False,
        )
    except OSError as error:
        raise GitError(f"cannot run git: {error.strerror or error}") from None
    if done.returncode != 0:
        message = done.stderr.decode("utf-8", "replace").strip().splitlines()
        raise GitError(f"git {args[0]} failed: {message[-1] if message else done.returncode}")
    return done.stdout


@dataclasses.dataclass(frozen=True)
class WorkTree:
    """A git work tree: its top folder, and whether its clone lacks history (`git clone --depth`;
    `actions/checkout`)."""

    root: Path
    shallow: bool


def work_tree(folder: Path) -> WorkTree | None:
    """The git work tree holding `folder`, asked in one call, or None (no git, no repository)."""
    try:
        out = run(folder, "rev-parse", "--show-toplevel", "--is-shallow-repository")
    except GitError:
        return None
    top, _, shallow = out.decode("utf-8").rstrip("\n").rpartition("\n")
    return WorkTree(Path(top), shallow == "true")


def repo_root(folder: Path) -> Path | None:
    """The top folder of the git work tree holding `folder`, or None (no git, no repository)."""
    tree = work_tree(folder)
    return tree.root if tree is not None else None


def has_commits(root: Path) -> bool:
    """Whether the repository at `root` has a commit yet (`git init` alone has none)."""
    try:
        run(root, "rev-parse", "--verify", "--quiet", "HEAD^{commit}")
    except GitError:
        return False
    return True


def is_shallow(root: Path) -> bool:
    """Whether the clone at `root` lacks history (`git clone --depth`; `actions/checkout`)."""
    tree = work_tree(root)
    return tree is not None and tree.shallow


def resolve(root: Path, revision: str) -> str:
    """The commit id `revision` names; an unknown revision is a usage error."""
    if revision.startswith("-"):
        raise GitError(f'"{revision}" is not a git revision')
    try:
        return (
            run(root, "rev-parse", "--verify", "--quiet", f"{revision}^{{commit}}").decode().strip()
        )
    except GitError:
        raise GitError(f'unknown git revision "{revision}"') from None


def repo_path(root: Path, path: Path) -> str:
    """`path` (a file or folder in the work tree) relative to `root`, in git's spelling."""
    top = root.resolve()
    try:
        relative = Path(os.path.abspath(path)).relative_to(top)
    except ValueError:
        try:
            relative = Path(os.path.realpath(path)).relative_to(top)
        except ValueError:
            raise GitError(f'"{path}" is not in the git repository at "{root}"') from None
    posix = PurePosixPath(*relative.parts).as_posix()
    return "" if posix == "." else posix


def list_files(root: Path, commit: str, folder: str) -> list[str]:
    """Every file path under `folder` (or the file `folder` itself) in `commit`, sorted."""
    out = run(root, "ls-tree", "-r", "-z", "--name-only", commit, "--", folder or ".")
    return sorted(name for name in out.decode("utf-8").split("\0") if name)


def read_blobs(root: Path, specs: list[str]) -> list[bytes | None]:
    """The content of each `commit:path` by one `git cat-file --batch`; None for a missing one."""
    if not specs:
        return []
    out = run(root, "cat-file", "--batch", stdin="".join(f"{spec}\n" for spec in specs).encode())
    found: list[bytes | None] = []
    at = 0
    for _ in specs:
        end = out.index(b"\n", at)
        header = out[at:end].split(b" ")
        if header[-1] == b"missing" or len(header) != 3 or header[1] != b"blob":
            found.append(None)
            at = end + 1
            continue
        size = int(header[2])
        found.append(out[end + 1 : end + 1 + size])
        at = end + 1 + size + 1
    return found


def file_log(root: Path, path: str) -> list[Commit]:
    """The commits of the first-parent history (the published line) that changed the file at
    `path`, oldest first, following renames; a merge counts by what it changed on that line."""
    if not has_commits(root):
        return []  # a new repository: no version has been committed yet
    out = run(
        root,
        "log",
        "--follow",
        "--first-parent",
        "-m",
        "--name-only",
        "--format=%x01%H %ct",
        "--",
        literal(path),
    )
    commits = []
    for block in out.decode("utf-8").split("\x01")[1:]:
        lines = [line for line in block.splitlines() if line]
        sha, time = lines[0].split(" ")
        commits.append(Commit(sha, int(time), lines[-1] if len(lines) > 1 else path))
    return commits[::-1]


def last_changes(root: Path, paths: list[str]) -> dict[str, str]:
    """The newest commit of the first-parent history that changed each of `paths`, by path (a
    path no commit changed is left out), read by one `git log` of the folder that holds them all.

    `file_log` of a path reads nothing newer than that commit, so its id (which names every
    commit before it) and the path name what `file_log` returns.
    """
    wanted = set(paths)
    if not wanted:
        return {}
    # one folder, not a pathspec per file: git matches each changed name against every pathspec
    folder = posixpath.commonpath([posixpath.dirname(path) for path in wanted])
    try:
        out = run(
            root,
            "log",
            "--first-parent",
            "-m",
            "--name-only",
            "--no-renames",  # a file moved away counts as changed under its old name too
            "-z",
            "--format=%x01%H",
            "HEAD",
            "--",
            literal(folder or "."),
        )
    except GitError:
        if has_commits(root):
            raise
        return {}  # a new repository: nothing has been committed yet
    found: dict[str, str] = {}
    for block in out.decode("utf-8").split("\x01")[1:]:
        sha, _, names = block.partition("\0")
        for name in names.removeprefix("\n").split("\0"):
            if name in wanted:
                found.setdefault(name, sha)
    return found


def literal(path: str) -> str:
    """`path` as a pathspec that matches that path alone (`*`, `?`, `[` are no patterns)."""
    return f":(literal){path}"
