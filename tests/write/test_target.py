"""`--out` never destroys what noticekit did not make: each refusal is exit 2, one line, and the
folder it names is left byte for byte as it was."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from noticekit.errors import UsageError
from noticekit.write import MARKER
from noticekit.write.target import check_output

from .support import FIXTURES
from .support import assert_one_line_error
from .support import build
from .support import names
from .support import snapshot

FILE = "notices/complete/notice.yaml"


@pytest.mark.parametrize(
    ("source", "out", "why"),
    [
        ("notices", "notices", 'it is the input folder "notices"'),
        ("notices", "notices/complete", 'it is inside the input folder "notices"'),
        ("notices", "notices/new/site", 'it is inside the input folder "notices"'),
        ("notices", ".", 'it contains the input folder "notices"'),
        (FILE, FILE, f'it is the input file "{FILE}"'),
        (FILE, "notices/complete", f'it contains the input file "{FILE}"'),
    ],
)
def test_an_input_or_a_folder_holding_one_is_refused(
    project: Path, source: str, out: str, why: str
):
    before = snapshot(project)
    result = build(source, "--out", out)
    assert_one_line_error(result, 2, f'refusing --out "{out}"', why)
    assert snapshot(project) == before


def test_the_templates_folder_is_an_input_too(project: Path):
    shutil.copytree(FIXTURES / "complete", project / "templates")
    before = snapshot(project)
    result = build("notices", "--templates", "templates", "--out", "templates")
    assert_one_line_error(result, 2, 'it is the input folder "templates"')
    assert snapshot(project) == before


def test_an_ancestor_of_the_working_folder_is_refused(project: Path, monkeypatch):
    (project / "work").mkdir()
    monkeypatch.chdir(project / "work")
    notices = project.parent / "elsewhere"
    shutil.move(project / "notices", notices)
    before = snapshot(project)
    result = build(notices, "--out", project)
    assert_one_line_error(result, 2, "it contains the working folder")
    result = build(notices, "--out", ".")
    assert_one_line_error(result, 2, "it is the working folder")
    assert snapshot(project) == before


def test_the_home_folder_is_refused(project: Path, home: Path):
    before = snapshot(home)
    result = build("notices", "--out", home)
    assert_one_line_error(result, 2, f'refusing --out "{home}"', "it is the home folder")
    result = build("notices", "--out", home.parent)
    assert_one_line_error(result, 2, "it contains the home folder")
    assert snapshot(home) == before


def test_a_repository_root_is_refused(project: Path, tmp_path: Path):
    repository = tmp_path / "repository"
    (repository / ".git").mkdir(parents=True)
    (repository / "README.md").write_text("mine", encoding="utf-8")
    before = snapshot(repository)
    result = build("notices", "--out", repository)
    assert_one_line_error(result, 2, "it is the root of a git repository")
    assert snapshot(repository) == before


def test_the_root_of_the_file_system_is_refused(project: Path):
    with pytest.raises(UsageError, match="it is the root of the file system"):
        check_output(Path("/"), [Path("notices")])


def test_a_folder_noticekit_did_not_make_survives_byte_for_byte(project: Path):
    docs = project / "docs"
    (docs / "deep").mkdir(parents=True)
    (docs / "index.html").write_text("<p>the CMS export</p>", encoding="utf-8")
    (docs / "deep" / "logo.png").write_bytes(bytes(range(256)))
    before = snapshot(project)
    result = build("notices", "--out", "docs")
    assert_one_line_error(result, 2, 'refusing to replace --out "docs"', f"no {MARKER} file")
    assert snapshot(project) == before


def test_an_empty_folder_is_replaced_and_marked(project: Path):
    (project / "site").mkdir()
    assert build("notices", "--out", "site").exit_code == 0
    assert (project / "site" / MARKER).is_file() and (project / "site" / "index.html").is_file()
    assert names(project) == ["notices", "site"]


def test_a_link_to_a_foreign_folder_leaves_the_folder_and_the_link_as_they_were(project: Path):
    (project / "docs").mkdir()
    (project / "docs" / "keep.txt").write_text("keep", encoding="utf-8")
    (project / "out").symlink_to("docs", target_is_directory=True)
    before = snapshot(project)
    result = build("notices", "--out", "out")
    assert_one_line_error(result, 2, f'"out" (which leads to "{project / "docs"}")')
    assert snapshot(project) == before


def test_a_link_to_a_site_is_built_through(project: Path):
    assert build("notices", "--out", "site").exit_code == 0
    (project / "site" / "stale.html").write_text("stale", encoding="utf-8")
    (project / "link").symlink_to("site", target_is_directory=True)
    result = build("notices", "--out", "link")
    assert result.exit_code == 0, result.output
    assert os.readlink(project / "link") == "site"
    assert (project / "link" / "index.html").is_file()
    assert not (project / "site" / "stale.html").exists()
    assert names(project) == ["link", "notices", "site"]


def test_a_dangling_link_gets_the_site_it_points_to(project: Path):
    (project / "link").symlink_to("site", target_is_directory=True)
    assert build("notices", "--out", "link").exit_code == 0
    assert (project / "site" / MARKER).is_file()
    assert names(project) == ["link", "notices", "site"]


def test_an_output_under_a_file_is_one_line(project: Path):
    (project / "file").write_text("x", encoding="utf-8")
    result = build("notices", "--out", "file/site")
    assert_one_line_error(result, 2, '--out "file/site"', "is a file, not a folder")
    result = build("notices", "--out", "file")
    assert_one_line_error(result, 2, 'output "file" exists and is not a folder')


def test_a_symbolic_link_loop_is_one_line(project: Path):
    (project / "loop").symlink_to("loop")
    for out in ("loop", "loop/site"):
        result = build("notices", "--out", out)
        assert_one_line_error(result, 2, f'--out "{out}": a symbolic link in it loops')
    assert names(project) == ["loop", "notices"]


def test_a_name_too_long_for_the_staging_folder_is_one_line(project: Path):
    out = "s" * 250
    result = build("notices", "--out", out)
    assert_one_line_error(result, 2, "the folder name is 250 bytes long", "at most 241 bytes")
    assert names(project) == ["notices"]


def test_a_mount_point_is_refused(project: Path, monkeypatch: pytest.MonkeyPatch):
    mount = project / "mnt"
    mount.mkdir()
    (mount / "data.txt").write_text("on another disk", encoding="utf-8")
    real_ismount = os.path.ismount
    monkeypatch.setattr(os.path, "ismount", lambda path: Path(path) == mount or real_ismount(path))
    before = snapshot(project)
    result = build("notices", "--out", "mnt")
    assert_one_line_error(result, 2, "it is a mount point", 'such as "mnt/site"')
    assert snapshot(project) == before


def test_an_unwritable_parent_is_one_line(project: Path, as_a_user: None):
    (project / "locked").mkdir(mode=0o555)
    try:
        result = build("notices", "--out", "locked/site")
        assert_one_line_error(result, 2, f'cannot write in "{project / "locked"}"')
        assert names(project / "locked") == []
    finally:
        (project / "locked").chmod(0o755)


def test_a_read_only_old_site_is_reported_and_kept(project: Path, as_a_user: None):
    assert build("notices", "--out", "site").exit_code == 0
    (project / "site" / "complete").chmod(0o555)
    try:
        before = snapshot(project)
        result = build("notices", "--out", "site")
        assert_one_line_error(result, 2, '"site/complete" in the previous site is read-only')
        assert snapshot(project) == before
    finally:
        (project / "site" / "complete").chmod(0o755)
