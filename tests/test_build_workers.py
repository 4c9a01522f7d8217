"""Big builds in forked workers: the same site and the same first error as the sequential build."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from noticekit.errors import NoticekitError
from noticekit.pipeline import BuildOptions
from noticekit.pipeline import build
from noticekit.render import batch

FIXTURES = Path(__file__).parent / "render" / "fixtures"


@pytest.fixture
def notices(tmp_path: Path) -> Path:
    root = tmp_path / "notices"
    for name in ("complete", "fallback", "hostile"):
        shutil.copytree(FIXTURES / name, root / name)
    return root


def outcome(monkeypatch: pytest.MonkeyPatch, workers: int, paths: list[Path], out: Path, **options):
    """(error type and message, or the written files) of a build with `workers` processes."""
    if workers > 1 and "fork" not in batch.multiprocessing.get_all_start_methods():
        pytest.skip("needs fork")
    monkeypatch.setattr(batch, "worker_count", lambda count: workers)
    try:
        build(paths, BuildOptions(out=out, **options))
    except NoticekitError as error:
        return type(error).__name__, str(error).replace(str(out), "OUT")
    return {
        str(path.relative_to(out)): path.read_bytes()
        for path in sorted(out.rglob("*"))
        if path.is_file()
    }


def same_in_both(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, paths: list[Path], **options):
    parallel = outcome(monkeypatch, 2, paths, tmp_path / "parallel", **options)
    assert parallel == outcome(monkeypatch, 1, paths, tmp_path / "serial", **options)
    return parallel


def test_same_site(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, notices: Path):
    site = same_in_both(monkeypatch, tmp_path, [notices])
    assert "index.html" in site and "complete/en/index.html" in site


def test_same_site_for_one_language_and_format(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, notices: Path
):
    site = same_in_both(monkeypatch, tmp_path, [notices], languages=["en"], formats=["html"])
    assert sorted(site) == [
        ".noticekit-site", "complete/en/index.html", "complete/index.html",
        "fallback/en/index.html",
        "fallback/index.html", "hostile/en/index.html", "hostile/index.html", "index.html"
    ]  # fmt: skip


def test_invalid_notices_come_first(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, notices: Path):
    bad = tmp_path / "bad" / "wrong-folder"
    shutil.copytree(FIXTURES / "complete", bad)
    error = same_in_both(
        monkeypatch, tmp_path, [bad.parent, FIXTURES / "missing", notices], languages=["xx"]
    )
    assert error[0] == "BuildError" and "(invalid)" in error[1]
    assert not (tmp_path / "parallel").exists()


def test_unknown_language_then_ids_used_twice(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, notices: Path
):
    twin = tmp_path / "twin" / "complete"
    shutil.copytree(FIXTURES / "complete", twin)
    error = same_in_both(monkeypatch, tmp_path, [twin.parent, notices], languages=["xx"])
    assert error[0] == "UsageError" and '--lang "xx"' in error[1]
    error = same_in_both(monkeypatch, tmp_path, [twin.parent, notices])
    assert error[0] == "BuildError" and 'notice id "complete" is used twice' in error[1]


def test_missing_texts_of_every_notice(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, notices: Path
):
    error = same_in_both(monkeypatch, tmp_path, [FIXTURES / "missing", notices])
    assert error[0] == "MissingTextsError" and error[1].count("is missing in") == 2
    assert list(tmp_path.iterdir()) == [tmp_path / "notices"]
