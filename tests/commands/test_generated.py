"""Generated files (schema, field reference): written in one step, links followed, no leftovers."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from noticekit.commands.generated import output_file
from noticekit.commands.generated import write_if_changed
from noticekit.errors import UsageError


def write(out: Path, text: str = "new\n", check: bool = False) -> int:
    return write_if_changed(out, text, check, "JSON Schema", "noticekit schema")


def test_a_symlink_is_followed_and_stays_a_link(tmp_path: Path) -> None:
    (tmp_path / "real.json").write_text("old\n", encoding="utf-8")
    (tmp_path / "link.json").symlink_to("real.json")
    assert write(tmp_path / "link.json") == 0
    assert (tmp_path / "link.json").is_symlink()
    assert (tmp_path / "real.json").read_text(encoding="utf-8") == "new\n"


def test_the_replaced_file_keeps_its_mode(tmp_path: Path) -> None:
    out = tmp_path / "schema.json"
    out.write_text("old\n", encoding="utf-8")
    out.chmod(0o640)
    write(out)
    assert out.stat().st_mode & 0o777 == 0o640


def test_a_new_file_gets_the_mode_of_the_umask(tmp_path: Path) -> None:
    umask = os.umask(0o022)
    try:
        write(tmp_path / "schema.json")
    finally:
        os.umask(umask)
    assert (tmp_path / "schema.json").stat().st_mode & 0o777 == 0o644


def test_a_failed_write_keeps_the_old_file_and_leaves_no_temporary(tmp_path, monkeypatch) -> None:
    out = tmp_path / "schema.json"
    out.write_text("old\n", encoding="utf-8")

    def full_disk(source, target):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", full_disk)
    with pytest.raises(UsageError, match='cannot write ".*schema.json": No space left on device'):
        write(out)
    assert sorted(path.name for path in tmp_path.iterdir()) == ["schema.json"]
    assert out.read_text(encoding="utf-8") == "old\n"


def test_a_file_that_is_not_text_is_stale_not_a_crash(tmp_path: Path) -> None:
    out = tmp_path / "schema.json"
    out.write_bytes(b"\xff\xfe\x00")
    assert write(out, check=True) == 1
    assert write(out) == 0 and out.read_text(encoding="utf-8") == "new\n"


@pytest.mark.parametrize("name", [".", "..", "", "folder", "folder/"])
def test_a_folder_is_not_an_output_file(tmp_path, monkeypatch, name) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "folder").mkdir()
    with pytest.raises(UsageError, match="is a folder"):
        output_file(Path(name) if not name.endswith("/") else Path(name[:-1] + os.sep))


def test_a_pipe_is_neither_read_nor_replaced(tmp_path: Path) -> None:
    """A device (`/dev/null`, `/dev/zero`) or pipe would be replaced by a file, or read forever."""
    pipe = tmp_path / "schema.json"
    os.mkfifo(pipe)
    for check in (True, False):
        with pytest.raises(UsageError, match="is a device, pipe or socket, not a file"):
            write(pipe, check=check)
    assert pipe.is_fifo()
    assert sorted(path.name for path in tmp_path.iterdir()) == ["schema.json"]
