"""Helpers for the tests of the output's safety: build in this process or as a process, and
look at folders byte for byte."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from typer.testing import CliRunner

from noticekit.cli import app

FIXTURES = Path(__file__).parents[1] / "render" / "fixtures"
PAUSE_BUILD = Path(__file__).with_name("pause_build.py")


def build(*args: str | Path):
    """`noticekit build ARGS` in this process; the result has exit_code and output. The projects
    here are not git repositories: the archive of earlier versions is off (no warning about it)."""
    return CliRunner().invoke(app, ["build", "--no-history", *map(str, args)])


def assert_one_line_error(result, exit_code: int, *words: str) -> str:
    """The command failed with `exit_code` and one `Error:` line holding `words`, no traceback."""
    assert result.exit_code == exit_code, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    lines = result.output.splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: "), result.output
    for word in words:
        assert word in lines[0]
    return lines[0]


def snapshot(folder: Path) -> dict[str, bytes | str]:
    """Every file's bytes, every link's target and every folder under `folder`, by relative path."""
    found: dict[str, bytes | str] = {}
    for parent, folders, files in os.walk(folder):
        for name in folders + files:
            path = Path(parent, name)
            key = str(path.relative_to(folder))
            if path.is_symlink():
                found[key] = "link to " + os.readlink(path)
            elif path.is_dir():
                found[key] = "folder"
            else:
                found[key] = path.read_bytes()
    return found


def names(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.iterdir())


def start(*args: str | Path, cwd: Path, **env: str) -> subprocess.Popen:
    """`python pause_build.py ARGS` (that is `python -m noticekit ARGS`, see pause_build.py) in a
    session of its own, so that a signal can go to its whole process group."""
    return subprocess.Popen(
        [sys.executable, str(PAUSE_BUILD), *map(str, args)],
        cwd=cwd,
        env={**os.environ, **env},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )


def run(*args: str | Path, cwd: Path) -> subprocess.CompletedProcess:
    """`python -m noticekit ARGS` to the end."""
    return subprocess.run(
        [sys.executable, "-m", "noticekit", *map(str, args)],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=60,
    )
