"""Rendering in worker processes gives the same site, and the same errors, as rendering in one."""

from __future__ import annotations

from pathlib import Path

import pytest

from noticekit.pipeline import BuildOptions
from noticekit.pipeline import build
from noticekit.render import batch
from noticekit.render.picker import MissingTextsError

FIXTURES = Path(__file__).parent / "fixtures"
NOTICES = [FIXTURES / name for name in ("complete", "hostile", "fallback")]


def tree(root: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()
    }


@pytest.fixture
def parallel(monkeypatch: pytest.MonkeyPatch) -> None:
    if "fork" not in batch.multiprocessing.get_all_start_methods():
        pytest.skip("needs fork")
    monkeypatch.setattr(batch, "PARALLEL_FROM", 1)
    monkeypatch.setattr(batch, "worker_count", lambda jobs: 2)


def test_workers_write_the_same_site(
    tmp_path: Path, parallel: None, monkeypatch: pytest.MonkeyPatch
):
    build(NOTICES, BuildOptions(out=tmp_path / "parallel", history="off"))
    monkeypatch.setattr(batch, "worker_count", lambda jobs: 1)
    build(NOTICES, BuildOptions(out=tmp_path / "serial", history="off"))
    assert tree(tmp_path / "parallel") == tree(tmp_path / "serial")
    assert len(tree(tmp_path / "serial")) == 15  # 14 pages and the marker


def test_workers_report_every_missing_text(tmp_path: Path, parallel: None):
    with pytest.raises(MissingTextsError) as raised:
        build([*NOTICES, FIXTURES / "missing"], BuildOptions(out=tmp_path / "site"))
    assert [p.path for p in raised.value.problems] == [
        ("purposes", 1, "name"),
        ("purposes", 1, "description"),
    ]
    assert not (tmp_path / "site").exists()
    assert list(tmp_path.iterdir()) == []


def test_small_builds_stay_in_one_process():
    assert batch.worker_count(batch.PARALLEL_FROM - 1) == 1
