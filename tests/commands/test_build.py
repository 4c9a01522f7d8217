"""`noticekit build`: outputs, restrictions, exit codes, atomicity and reproducibility."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from sitetree import record_calls
from sitetree import tree
from typer.testing import CliRunner

from noticekit import each_notice
from noticekit.cli import app

FIXTURES = Path(__file__).parents[1] / "render" / "fixtures"
#: What only the making of pages and archives needs: a build that reuses them all imports none.
PAGE_MAKING = (
    "noticekit.render.view.context",
    "noticekit.render.archive_pages",
    "noticekit.history.archive",
    "noticekit.diff.wording",
)
#: Runs `noticekit build` in a fresh interpreter and prints, at exit, which of `PAGE_MAKING` it
#: imported.
IMPORT_PROBE = """
import atexit, sys
atexit.register(lambda: print("MADE=" + ",".join(m for m in {modules!r} if m in sys.modules)))
sys.argv = ["noticekit", "build", "notices", "--out", "site"]
from noticekit.cli import main
main()
"""


@pytest.fixture
def notices(tmp_path: Path) -> Path:
    """A folder of buildable fixture notices (complete, fallback)."""
    root = tmp_path / "notices"
    for name in ("complete", "fallback"):
        shutil.copytree(FIXTURES / name, root / name)
    return root


def run(*args: str):
    return CliRunner().invoke(app, ["build", *args])


def test_build_writes_every_page_format_and_the_index(notices: Path, tmp_path: Path):
    out = tmp_path / "site"
    result = run(str(notices), "--out", str(out))
    assert result.exit_code == 0, result.output
    assert set(tree(out)) == {
        ".noticekit-site", ".noticekit-manifest.json", "index.html",
        "complete/index.html", "complete/notice.jsonld", "complete/en/index.html",
        "complete/en/notice.md", "complete/nb/index.html", "complete/nb/notice.md",
        "fallback/index.html", "fallback/notice.jsonld", "fallback/en/index.html",
        "fallback/en/notice.md", "fallback/nb/index.html", "fallback/nb/notice.md",
    }  # fmt: skip
    assert result.stdout.strip().splitlines() == [
        f"built 2 notices in 2 languages (html, md, jsonld): 13 files in {out}"
    ]


def test_a_second_build_reuses_the_pages_unless_clean(
    notices: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    rendered: list[str] = []
    record_calls(monkeypatch, each_notice, "render_notice", lambda job: rendered.append(job.id))
    out = tmp_path / "site"
    for args in ([], [], ["--clean"]):
        result = run(str(notices), "--out", str(out), "--no-history", *args)
        assert result.exit_code == 0, result.output
        assert result.stdout.endswith(f": 13 files in {out}\n")
    assert rendered == ["complete", "fallback", "complete", "fallback"]


def test_lang_and_format_restrict_the_build(notices: Path, tmp_path: Path):
    out = tmp_path / "site"
    result = run(
        str(notices), "--out", str(out), "--lang", "nb", "--format", "md", "--format", "jsonld"
    )
    assert result.exit_code == 0, result.output
    assert set(tree(out)) == {
        ".noticekit-site", ".noticekit-manifest.json",
        "complete/notice.jsonld", "complete/nb/notice.md",
        "fallback/notice.jsonld", "fallback/nb/notice.md",
    }  # fmt: skip


@pytest.mark.parametrize(
    ("option", "value", "message"),
    [("--format", "htm", 'did you mean "html"?'), ("--lang", "nn", "no notice is published in it")],
)
def test_bad_options_are_usage_errors(
    notices: Path, tmp_path: Path, option: str, value: str, message: str
):
    result = run(str(notices), "--out", str(tmp_path / "site"), option, value)
    assert result.exit_code == 2
    assert message in result.output and "Traceback" not in result.output
    assert not (tmp_path / "site").exists()


def test_missing_text_fails_with_location_and_writes_nothing(tmp_path: Path):
    out = tmp_path / "site"
    result = run(str(FIXTURES / "missing"), "--out", str(out))
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    assert (
        'missing/notice.yaml:15:7: [error] text "purposes.second.name" is missing in "nb"'
        in result.output
    )
    assert "purposes.second.description" in result.output
    assert not out.exists()
    assert [path.name for path in tmp_path.iterdir()] == []  # no staging folder left behind


def test_invalid_notice_fails_before_writing(tmp_path: Path, write_notice):
    path = write_notice("id: broken\ntitle: {en: x}\n", folder="broken")
    result = run(str(path.parent), "--out", str(tmp_path / "site"))
    assert result.exit_code == 1
    assert "broken/notice.yaml:" in result.output and "Traceback" not in result.output
    assert not (tmp_path / "site").exists()


def test_failed_build_leaves_the_previous_output_untouched(notices: Path, tmp_path: Path):
    out = tmp_path / "site"
    assert run(str(notices), "--out", str(out)).exit_code == 0
    before = tree(out)
    shutil.copytree(FIXTURES / "missing", notices / "missing")
    result = run(str(notices), "--out", str(out))
    assert result.exit_code == 1
    assert tree(out) == before
    assert sorted(path.name for path in tmp_path.iterdir()) == ["notices", "site"]


def test_successful_build_replaces_stale_files(notices: Path, tmp_path: Path):
    out = tmp_path / "site"
    assert run(str(notices), "--out", str(out)).exit_code == 0
    (out / "old").mkdir()
    (out / "old" / "stale.html").write_text("stale", encoding="utf-8")
    assert run(str(notices), "--out", str(out)).exit_code == 0
    assert not (out / "old").exists() and (out / "index.html").is_file()


def test_two_builds_are_byte_identical(notices: Path, tmp_path: Path):
    assert run(str(notices), "--out", str(tmp_path / "a")).exit_code == 0
    assert run(str(notices), "--out", str(tmp_path / "b")).exit_code == 0
    assert tree(tmp_path / "a") == tree(tmp_path / "b")


def test_user_templates_override_file_by_file(notices: Path, tmp_path: Path):
    templates = tmp_path / "templates"
    templates.mkdir()
    (templates / "notice.css").write_text("body { color: rebeccapurple; }\n", encoding="utf-8")
    out = tmp_path / "site"
    assert run(str(notices), "--out", str(out), "--templates", str(templates)).exit_code == 0
    html = (out / "complete" / "en" / "index.html").read_text(encoding="utf-8")
    assert "rebeccapurple" in html and "<h1>" in html


def test_missing_templates_folder_is_a_usage_error(notices: Path, tmp_path: Path):
    result = run(
        str(notices), "--out", str(tmp_path / "site"), "--templates", str(tmp_path / "nope")
    )
    assert result.exit_code == 2 and "does not exist" in result.output


def test_strict_refuses_to_build_on_lint_errors(notices: Path, tmp_path: Path):
    out = tmp_path / "site"
    result = run(str(notices / "complete"), "--out", str(out), "--strict")
    assert result.exit_code == 1
    assert "lint errors" in result.output and "(NK" in result.output
    assert not out.exists()


def test_a_build_that_reuses_every_page_imports_nothing_that_makes_pages(git_repo):
    shutil.copytree(FIXTURES / "complete", git_repo.root / "notices" / "complete")
    git_repo.commit("complete")
    probe = IMPORT_PROBE.format(modules=PAGE_MAKING)
    made = []
    for _ in range(2):
        done = subprocess.run(
            [sys.executable, "-c", probe], capture_output=True, text=True, timeout=60
        )
        assert done.returncode == 0, done.stderr
        made.append(done.stdout.strip().splitlines()[-1])
    assert made == ["MADE=" + ",".join(PAGE_MAKING), "MADE="]
