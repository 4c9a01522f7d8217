"""Which `--out` folders a build may replace: its own sites and empty or new folders, nothing else.

Every check compares resolved paths, so a symbolic link (to the output or in its path) is judged
by the folder it leads to; the build then replaces that folder and the link keeps pointing to it.
"""

from __future__ import annotations

import errno
import os
from collections.abc import Iterable
from pathlib import Path

from noticekit.errors import UsageError
from noticekit.write.writer import MARKER
from noticekit.write.writer import is_marked
from noticekit.write.writer import reason

#: The longest name the build gives a folder next to the output: `.NAME.tmp-` and 8 hex digits.
STAGING_EXTRA = len("..tmp-") + 8
ADVICE = (
    'noticekit replaces the output folder whole, so give it a folder of its own, such as "site"'
)


def check_output(out: Path, sources: Iterable[Path] = (), others: Iterable[Path] = ()) -> Path:
    """The resolved output folder, once it is known to be safe to replace; else a UsageError.

    The output may not be, hold or lie inside a source (the notices); nor be or hold another input
    (the templates), which it may lie inside.
    """
    folder = resolve(out)
    refuse_places(out, folder, sources, others)
    check_parent(out, folder)
    check_existing(out, folder)
    return folder


def resolve(out: Path) -> Path:
    """`out` with every symbolic link resolved; a link that loops is refused."""
    folder = Path(os.path.realpath(out))
    try:
        os.stat(folder)
    except OSError as error:
        if error.errno == errno.ELOOP:
            raise UsageError(f'--out "{out}": a symbolic link in it loops') from None
    if folder.is_symlink():
        raise UsageError(f'--out "{out}": a symbolic link in it loops')
    return folder


def _within(path: Path, folder: Path) -> bool:
    return path == folder or folder in path.parents


def shown(out: Path, folder: Path) -> str:
    """`"out"`, and where it leads when a symbolic link takes it elsewhere."""
    if Path(os.path.abspath(out)) == folder:
        return f'"{out}"'
    return f'"{out}" (which leads to "{folder}")'


def _refuse(out: Path, folder: Path, why: str) -> UsageError:
    return UsageError(f"refusing --out {shown(out, folder)}: {why}; {ADVICE}")


def refuse_places(
    out: Path, folder: Path, sources: Iterable[Path] = (), others: Iterable[Path] = ()
) -> None:
    """No output at `/`, the home folder, a repository root, the working folder or any input, nor
    one that contains them or lies inside a source folder."""
    if folder == Path(folder.anchor):
        raise _refuse(out, folder, "it is the root of the file system")
    home = _home()
    if home is not None and _within(home, folder):
        why = "it is the home folder" if home == folder else f'it contains the home folder "{home}"'
        raise _refuse(out, folder, why)
    if os.path.lexists(folder / ".git"):
        raise _refuse(out, folder, "it is the root of a git repository")
    for given in sources:
        _refuse_input(out, folder, given, inside_too=True)
    for given in others:
        _refuse_input(out, folder, given, inside_too=False)
    cwd = Path.cwd().resolve()
    if _within(cwd, folder):
        why = (
            "it is the working folder"
            if cwd == folder
            else f'it contains the working folder "{cwd}"'
        )
        raise _refuse(out, folder, why)


def _refuse_input(out: Path, folder: Path, given: Path, inside_too: bool) -> None:
    source = Path(os.path.realpath(given))
    kind = "folder" if source.is_dir() else "file"
    if source == folder:
        raise _refuse(out, folder, f'it is the input {kind} "{given}"')
    if _within(source, folder):
        raise _refuse(out, folder, f'it contains the input {kind} "{given}"')
    if inside_too and kind == "folder" and _within(folder, source):
        raise _refuse(out, folder, f'it is inside the input folder "{given}"')


def _home() -> Path | None:
    try:
        return Path.home().resolve()
    except (OSError, RuntimeError, KeyError):
        return None


def check_parent(out: Path, folder: Path) -> None:
    """The output's nearest existing ancestor is a writable folder, and its name leaves room for
    the staging folder's name next to it."""
    ancestor = folder.parent
    while not os.path.lexists(ancestor):
        ancestor = ancestor.parent
    if not ancestor.is_dir():
        raise UsageError(f'--out "{out}": "{ancestor}" is a file, not a folder')
    if not os.access(ancestor, os.W_OK | os.X_OK):
        raise UsageError(f'--out "{out}": cannot write in "{ancestor}" (permission denied)')
    try:
        longest = int(os.pathconf(ancestor, "PC_NAME_MAX"))
    except (OSError, ValueError):
        longest = 255
    size = len(os.fsencode(folder.name))
    if size + STAGING_EXTRA > longest:
        raise UsageError(
            f'--out "{out}": the folder name is {size} bytes long; the build needs {STAGING_EXTRA} '
            f"bytes more for its staging folder next to it, so use a name of at most "
            f"{longest - STAGING_EXTRA} bytes"
        )


def check_existing(out: Path, folder: Path) -> None:
    """An existing output must be a folder noticekit made (or an empty one) that it can remove."""
    if not os.path.lexists(folder):
        return
    if not folder.is_dir():
        raise UsageError(f'output "{out}" exists and is not a folder')
    if os.path.ismount(folder):
        raise UsageError(
            f"refusing --out {shown(out, folder)}: it is a mount point, which cannot be replaced "
            "whole; "
            f'build into a folder inside it, such as "{out / "site"}"'
        )
    try:
        empty = not any(os.scandir(folder))
    except OSError as error:
        raise UsageError(f'--out "{out}": cannot read the folder: {reason(error)}') from None
    if not empty and not is_marked(folder):
        raise UsageError(
            f"refusing to replace --out {shown(out, folder)}: it holds files noticekit did not "
            f"make (it has no {MARKER} file); empty or remove the folder, or choose another one"
        )
    check_removable(out, folder)


def check_removable(out: Path, folder: Path) -> None:
    """Every folder of the old site must be writable, or the old site could not be removed."""
    for parent, _, _ in os.walk(folder):
        if not os.access(parent, os.R_OK | os.W_OK | os.X_OK):
            inner = os.path.normpath(out / os.path.relpath(parent, folder))
            raise UsageError(
                f'cannot replace --out "{out}": "{inner}" in the previous site is '
                f'read-only; make it writable (chmod -R u+w "{out}") or remove it'
            )
