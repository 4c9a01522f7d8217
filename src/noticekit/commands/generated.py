"""Write generated files only when they change, or check that they are up to date (`--check`).

`--out` must name a regular file, existing or not: a folder, a device such as /dev/null, a pipe,
a path under a file or a symlink loop is a usage error (exit 2), and is neither read nor replaced.
A symlink is followed, so the file it points to is updated and the link stays.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from noticekit.console import say
from noticekit.errors import UsageError


def output_file(out: Path) -> Path:
    """The file `out` names, symlinks followed; UsageError where `out` cannot be a file."""
    if out.name in ("", ".", ".."):
        raise UsageError(f'"{out}" is a folder; --out takes the path of a file')
    try:
        target = out.resolve()
    except (RuntimeError, OSError) as error:  # a symlink loop (RuntimeError before Python 3.13)
        raise UsageError(
            f'cannot use "{out}": {getattr(error, "strerror", None) or error}'
        ) from None
    try:
        if target.is_dir():
            raise UsageError(f'"{out}" is a folder; --out takes the path of a file')
        if target.exists() and not target.is_file():
            raise UsageError(f'"{out}" is a device, pipe or socket, not a file; it is left alone')
        parent = next((folder for folder in target.parents if folder.exists()), None)
    except OSError as error:
        raise UsageError(f'cannot use "{out}": {error.strerror or error}') from None
    if parent is not None and not parent.is_dir():
        raise UsageError(f'cannot write "{out}": "{parent}" is a file, not a folder')
    return target


def read_current(target: Path, out: Path) -> bytes | None:
    """The bytes of the existing file (None when there is none)."""
    try:
        return target.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as error:
        raise UsageError(f'cannot read "{out}": {error.strerror or error}') from None


def write_if_changed(out: Path, text: str, check: bool, what: str, command: str) -> int:
    """Write `text` to `out` in one step, or with `check` only compare; 1 when it is stale."""
    target = output_file(out)
    new = text.encode("utf-8")
    if read_current(target, out) == new:
        say(f"✔ {out} is up to date")
        return 0
    if check:
        say(f"✖ {out} is stale; run `{command}` to regenerate the {what}")
        return 1
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        _replace(target, new)
    except OSError as error:
        raise UsageError(f'cannot write "{out}": {error.strerror or error}') from None
    say(f"✔ wrote {out}")
    return 0


def _replace(target: Path, data: bytes) -> None:
    """Write `data` to a temporary file beside `target`, then rename it over `target` in one step.

    The temporary file is one this call made (`mkstemp`), and it is removed if anything fails.
    It gets the mode of the file it replaces, or the mode a new file gets under the umask.
    """
    descriptor, name = tempfile.mkstemp(dir=target.parent, prefix=".noticekit-", suffix=".tmp")
    try:
        with os.fdopen(descriptor, "wb") as stream:
            stream.write(data)
        os.chmod(name, _mode_for(target))
        os.replace(name, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(name)
        raise


def _mode_for(target: Path) -> int:
    try:
        return target.stat().st_mode & 0o7777
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask
