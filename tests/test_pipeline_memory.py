"""A build keeps each valid notice's model, not what the YAML reader built for it: that is made
again, the same, only where a later stage asks for a position (a missing text's `line:col`)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from noticekit import pipeline
from noticekit.load import files
from noticekit.load import yaml_reader

SHIPPED = Path(__file__).parents[1] / "notices"


@pytest.fixture
def parses(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Each call of the one YAML reader, counted."""
    calls: list[int] = []
    real = yaml_reader.parse_yaml

    def counting(text: str, **options: object):
        calls.append(len(text))
        return real(text, **options)

    monkeypatch.setattr(yaml_reader, "parse_yaml", counting)
    monkeypatch.setattr(files, "parse_yaml", counting)
    return calls


def loaded(tmp_path: Path, keep_parse: bool):
    shutil.copytree(SHIPPED / "phoniro", tmp_path / "notices" / "phoniro")
    paths = [tmp_path / "notices"]
    return pipeline.validated(paths, pipeline.discover(paths), keep_parse=keep_parse)


def test_a_build_forgets_the_parse_and_makes_it_again_when_asked(tmp_path, parses) -> None:
    (item,) = loaded(tmp_path, keep_parse=False)
    assert len(parses) == 1
    positions, data = item.doc.positions, item.doc.data
    assert item.doc.key_positions and len(parses) == 2  # made again once, on the first question
    again, _ = pipeline.check_file(item.path)
    assert again is not None
    assert positions == again.doc.positions and data == again.doc.data
    assert item.doc.locate(("purposes", 0, "name")) == again.doc.locate(("purposes", 0, "name"))


def test_lint_keeps_the_parse(tmp_path, parses) -> None:
    (item,) = loaded(tmp_path, keep_parse=True)
    assert item.doc.positions and item.doc.data["id"] == "phoniro"
    assert len(parses) == 1
