"""Small git repositories for tests: fixed names and dates, so that commit ids never vary."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

#: Settings for every git command of the tests: no user or system config, fixed identities.
ENV = {
    "GIT_CONFIG_GLOBAL": os.devnull,
    "GIT_CONFIG_NOSYSTEM": "1",
    "GIT_AUTHOR_NAME": "Notice Owner",
    "GIT_AUTHOR_EMAIL": "owner@example.com",
    "GIT_COMMITTER_NAME": "Notice Owner",
    "GIT_COMMITTER_EMAIL": "owner@example.com",
    "LC_ALL": "C",
}


class GitRepo:
    """A work tree at `root` with helpers to write files and commit them at a given time."""

    def __init__(self, root: Path) -> None:
        self.root = root
        root.mkdir(parents=True, exist_ok=True)
        self.git("init", "-q", "-b", "main")

    def git(self, *args: str, when: str = "2025-01-01T12:00:00+00:00") -> str:
        env = {**os.environ, **ENV, "GIT_AUTHOR_DATE": when, "GIT_COMMITTER_DATE": when}
        done = subprocess.run(
            ["git", *args], cwd=self.root, env=env, capture_output=True, text=True, check=True
        )
        return done.stdout.strip()

    def write(self, relative: str, text: str) -> Path:
        path = self.root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        return path

    def commit(self, message: str, when: str = "2025-01-01T12:00:00+00:00") -> str:
        """Stage everything and commit it at `when`; the new commit's id."""
        self.git("add", "-A")
        self.git("commit", "-q", "--allow-empty", "-m", message, when=when)
        return self.git("rev-parse", "HEAD")
