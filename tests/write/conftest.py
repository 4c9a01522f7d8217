"""A project in a temporary home folder: every test that could destroy files works under
tmp_path only, with HOME pointing into it and the working folder inside it."""

from __future__ import annotations

import os
import shutil
import stat
from pathlib import Path

import pytest

from .support import FIXTURES


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A home folder in tmp_path, which `Path.home()` returns."""
    folder = tmp_path / "home"
    folder.mkdir()
    monkeypatch.setenv("HOME", str(folder))
    return folder


@pytest.fixture
def project(home: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """~/proj, the working folder, with two buildable notices in notices/."""
    root = home / "proj"
    for name in ("complete", "fallback"):
        shutil.copytree(FIXTURES / name, root / "notices" / name)
    monkeypatch.chdir(root)
    return root


@pytest.fixture
def as_a_user(monkeypatch: pytest.MonkeyPatch) -> None:
    """Permissions as a user has them. Root may write into a read-only folder, so when the tests
    run as root, `os.access` answers from the owner's mode bits instead."""
    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        return

    def access(path, mode, **options) -> bool:
        try:
            bits = os.stat(path).st_mode
        except OSError:
            return False
        wanted = [(os.R_OK, stat.S_IRUSR), (os.W_OK, stat.S_IWUSR), (os.X_OK, stat.S_IXUSR)]
        return all(bits & flag for want, flag in wanted if mode & want)

    monkeypatch.setattr(os, "access", access)
