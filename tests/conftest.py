"""Shared fixtures: a minimal valid notice and a helper that writes notice files into a temporary
tree."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import settings

# The suite runs the same generated examples on every machine (a red CI is then reproducible);
# `HYPOTHESIS_PROFILE=explore make test` searches new ones.
settings.register_profile("repeatable", derandomize=True, print_blob=True)
settings.register_profile("explore", derandomize=False, print_blob=True)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "repeatable"))

FIXTURES = Path(__file__).parent / "fixtures"
MINIMAL_NOTICE = FIXTURES / "notices" / "minimal" / "notice.yaml"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-goldens",
        action="store_true",
        default=False,
        help="Rewrite the golden files under tests/render/golden/ from the current build output.",
    )


@pytest.fixture
def minimal_text() -> str:
    """The text of a small notice that validates."""
    return MINIMAL_NOTICE.read_text(encoding="utf-8")


@pytest.fixture
def write_notice(tmp_path: Path) -> Callable[..., Path]:
    """Write text (or bytes) to `<tmp>/notices/<folder>/notice.yaml` and return its path."""

    def write(content: str | bytes, folder: str = "minimal", name: str = "notice.yaml") -> Path:
        path = tmp_path / "notices" / folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
        return path

    return write


@pytest.fixture
def git_repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """A new git repository in `<tmp>/repo`, made the working folder (see tests/gitrepo.py)."""
    from gitrepo import ENV
    from gitrepo import GitRepo

    for name, value in ENV.items():
        monkeypatch.setenv(name, value)
    repo = GitRepo(tmp_path / "repo")
    monkeypatch.chdir(repo.root)
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    return repo
