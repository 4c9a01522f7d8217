"""Each notice on its own: the build holds one notice's model at a time, and the same notices in
forked workers give the same site, the same problems and the same records as in one process."""

from __future__ import annotations

import os
import shutil
import weakref
from pathlib import Path

import pytest
from sitetree import many_notices
from sitetree import record_calls
from sitetree import tree

from noticekit import each_notice
from noticekit.errors import BuildError
from noticekit.models import Notice
from noticekit.pipeline import BuildOptions
from noticekit.pipeline import build
from noticekit.render import batch
from noticekit.serve.site import LiveSite
from noticekit.validate import notices as validation
from noticekit.write.manifest import MANIFEST

COMPLETE = Path(__file__).parent / "render" / "fixtures" / "complete"


@pytest.fixture
def workers(monkeypatch: pytest.MonkeyPatch):
    """Set how many processes the notice tasks use (2: forked workers, even for a few)."""
    if "fork" not in batch.multiprocessing.get_all_start_methods():
        pytest.skip("needs fork")

    def use(count: int) -> None:
        monkeypatch.setattr(batch, "worker_count", lambda jobs: count)

    return use


def test_a_build_holds_one_notice_model_at_a_time(tmp_path: Path, monkeypatch):
    models: list[weakref.ref[Notice]] = []
    validate = Notice.model_validate

    def tracked(data, *args, **kwargs):
        notice = validate(data, *args, **kwargs)
        models.append(weakref.ref(notice))
        return notice

    def alive() -> int:
        return sum(model() is not None for model in models)

    seen: list[int] = []
    monkeypatch.setattr(Notice, "model_validate", tracked)
    record_calls(monkeypatch, each_notice, "render_notice", lambda job: seen.append(alive()))
    build([many_notices(tmp_path / "notices", 6)], BuildOptions(out=tmp_path / "site"))
    assert seen == [1] * 6
    assert len(models) == 6 and alive() == 0


@pytest.mark.parametrize("strict", [False, True])
def test_workers_give_the_site_and_manifest_of_one_process(tmp_path: Path, workers, strict):
    notices = many_notices(tmp_path / "notices", 5)
    workers(2)
    build([notices], BuildOptions(out=tmp_path / "forked", history="off", strict=strict))
    workers(1)
    build([notices], BuildOptions(out=tmp_path / "one", history="off", strict=strict))
    assert tree(tmp_path / "forked") == tree(tmp_path / "one")
    assert MANIFEST in tree(tmp_path / "one")


def failure(tmp_path: Path, notices: Path, **options) -> str:
    with pytest.raises(BuildError) as raised:
        build([notices], BuildOptions(out=tmp_path / "site", history="off", **options))
    assert not (tmp_path / "site").exists()
    assert [path.name for path in tmp_path.iterdir()] == ["notices"]  # nothing left over
    return raised.value.format_message()


def test_workers_report_the_problems_of_one_process(tmp_path: Path, workers):
    notices = many_notices(tmp_path / "notices", 5)
    for name, old, new in [("n1", "purposes:", "purposes: 3\nx:"), ("n3", "id: n3", "id: n4")]:
        notice = notices / name / "notice.yaml"
        notice.write_text(notice.read_text(encoding="utf-8").replace(old, new, 1))
    workers(2)
    forked = failure(tmp_path, notices)
    workers(1)
    assert forked == failure(tmp_path, notices)
    first, syntax, folder = forked.splitlines()
    assert first.startswith("2 notice problems (invalid); nothing was built")
    assert "n1/notice.yaml:" in syntax and "syntax error" in syntax
    assert "n3/notice.yaml:13:5:" in folder and "does not match the folder name" in folder


def test_workers_report_the_lint_errors_of_one_process(tmp_path: Path, workers):
    notices = many_notices(tmp_path / "notices", 4)
    shutil.copytree(COMPLETE, notices / "complete")  # valid, with lint errors
    workers(2)
    forked = failure(tmp_path, notices, strict=True)
    workers(1)
    assert forked == failure(tmp_path, notices, strict=True)
    assert "(lint errors)" in forked and "complete/notice.yaml" in forked and "(NK" in forked


def test_with_strict_a_page_edited_by_hand_is_rendered_again(tmp_path: Path, monkeypatch):
    """--strict checks every file in a task; a task leaves an unchanged notice's files to the
    build, which renders it after all when they were edited since."""
    notices = many_notices(tmp_path / "notices", 3)
    site = tmp_path / "site"
    build([notices], BuildOptions(out=site, history="off", strict=True))
    page = site / "n1" / "en" / "notice.md"
    page.write_bytes(page.read_bytes().replace(b"#", b"!", 1))  # the same size
    later = os.stat(site / MANIFEST).st_mtime_ns + 1_000_000_000
    os.utime(page, ns=(later, later))
    rendered: list[str] = []
    record_calls(monkeypatch, each_notice, "render_notice", lambda job: rendered.append(job.id))
    build([notices], BuildOptions(out=site, history="off", strict=True))
    assert rendered == ["n1"]
    build([notices], BuildOptions(out=tmp_path / "clean", history="off", clean=True))
    assert tree(site) == tree(tmp_path / "clean")


def test_serve_keeps_what_its_workers_checked(tmp_path: Path, workers, monkeypatch):
    """The first build of `serve` checks every file in forked workers; the next builds check
    none of them again."""
    notices = many_notices(tmp_path / "notices", 4)
    checked: list[str] = []
    workers(2)
    site = LiveSite([notices])
    try:
        site.rebuild()
        assert site.known.checked == 4
        record_calls(
            monkeypatch,
            validation,
            "validate_document",
            lambda doc: checked.append(doc.path.parent.name),
        )
        site.rebuild()
        assert checked == [] and site.known.checked == 4
        shutil.copy(notices / "n0" / "notice.yaml", notices / "n0" / "notice.yaml.bak")
        notice = notices / "n2" / "notice.yaml"
        notice.write_text(notice.read_text(encoding="utf-8") + "\n", encoding="utf-8")
        site.rebuild([notice])
        assert checked == ["n2"] and site.known.checked == 5
    finally:
        site.close()
