"""The shipped notices in this repository's own history: their first versions are in it."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from noticekit.diff.command import run_diff
from noticekit.history import git
from noticekit.pipeline import BuildOptions
from noticekit.pipeline import build

ROOT = Path(__file__).resolve().parents[2]
SHIPPED = ("example", "infobric", "phoniro")


def full_history() -> bool:
    root = git.repo_root(ROOT)
    return root is not None and not git.is_shallow(root)


pytestmark = pytest.mark.skipif(
    not full_history(), reason="needs this repository with its full git history"
)


def first_commit(notice_id: str) -> str:
    path = f"notices/{notice_id}/notice.yaml"
    out = subprocess.run(
        ["git", "-C", str(ROOT), "log", "--format=%H", "--diff-filter=A", "--", path],
        capture_output=True,
        text=True,
        check=True,
    )
    return out.stdout.split()[-1]


def test_each_shipped_notice_lists_its_versions_from_the_repository(tmp_path: Path) -> None:
    out = tmp_path / "site"
    build([ROOT / "notices"], BuildOptions(out=out, languages=["en"], formats=["html"]))
    for notice_id in SHIPPED:
        listing = (out / notice_id / "en" / "versions" / "index.html").read_text(encoding="utf-8")
        assert "(current version)" in listing and "git commit " in listing
        assert (out / notice_id / "en" / "feed.atom").is_file()


@pytest.mark.parametrize("notice_id", SHIPPED)
def test_the_first_committed_version_compares_with_today(
    notice_id: str, tmp_path: Path, monkeypatch
) -> None:
    import io

    monkeypatch.chdir(ROOT)
    out = io.StringIO()
    code = run_diff([Path("notices") / notice_id], first_commit(notice_id), None, "json", True, out)
    assert code == 0 and out.getvalue().startswith('{\n  "notices": [')
