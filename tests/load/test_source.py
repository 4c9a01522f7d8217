"""SourceDocument: positions given, absent, or read from the text on first use; locate falls back to
ancestors."""

from __future__ import annotations

from pathlib import Path

from noticekit.load.source import SourceDocument
from noticekit.load.source import dotted

TEXT = "id: a\nlist:\n  - x\n"
POSITIONS = {(): (1, 1), ("id",): (1, 5), ("list",): (3, 3), ("list", 0): (3, 5)}
KEY_POSITIONS = {("id",): (1, 1), ("list",): (2, 1)}


def test_locate_finds_the_nearest_ancestor_and_prefers_the_key_when_asked():
    doc = SourceDocument(Path("n.yaml"), {}, POSITIONS, KEY_POSITIONS, TEXT)
    assert doc.locate(("list", 0, "missing")) == (3, 5)
    assert doc.locate(("list",)) == (3, 3)
    assert doc.locate(("list",), prefer_key=True) == (2, 1)
    assert doc.locate(("nowhere", 3)) == (1, 1)


def test_without_positions_everything_is_at_the_start():
    doc = SourceDocument(Path("n.yaml"), None)
    assert doc.positions == {} and doc.key_positions == {}
    assert doc.locate(("id",)) == (1, 1)


def test_the_display_path_is_relative_to_the_working_folder_whenever_asked(tmp_path, monkeypatch):
    (tmp_path / "a").mkdir()
    doc = SourceDocument(tmp_path / "a" / "notice.yaml", None)
    monkeypatch.chdir(tmp_path)
    assert doc.display_path == "a/notice.yaml"
    monkeypatch.chdir(tmp_path / "a")
    assert doc.display_path == "notice.yaml"
    doc.path = tmp_path / "b.yaml"
    assert doc.display_path == str(tmp_path / "b.yaml")


def test_dotted_names_list_items_by_id_in_the_document_and_the_model(write_notice, minimal_text):
    from noticekit.load import load_source
    from noticekit.models import Notice

    data = load_source(write_notice(minimal_text))[0].data
    purpose_id = data["purposes"][0]["id"]
    path = ("purposes", 0, "name", "nb")
    assert dotted(path, data) == f"purposes.{purpose_id}.name.nb"
    assert dotted(path, Notice.model_validate(data)) == f"purposes.{purpose_id}.name.nb"


def test_dotted_falls_back_to_the_index_where_an_item_has_no_id():
    data = {"rights": [{"right": "A15"}], "security": [{"en": "x"}]}
    assert dotted(("rights", 0, "how_to_exercise"), data) == "rights.0.how_to_exercise"
    assert dotted(("security", 3), data) == "security.3"
    assert dotted((), data) == "(document)"
