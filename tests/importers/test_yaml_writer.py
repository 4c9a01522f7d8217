"""The importer's YAML reads back as the same data, whatever the texts hold."""

from __future__ import annotations

import pytest

from noticekit.importers.yaml_writer import YamlWriter
from noticekit.importers.yaml_writer import scalar
from noticekit.load.yaml_reader import parse_yaml

AWKWARD = [
    'Hinweis: wir speichern, löschen und "verarbeiten"',
    "- beginnt mit einem Strich",
    "# keine Überschrift",
    "zwei Absätze\n\n  eingerückt",
    "endet mit Doppelpunkt:",
    "kurz",
    "  beginnt eingerückt\nund dann nicht",
]


@pytest.mark.parametrize("text", AWKWARD)
def test_a_text_reads_back_as_written(text):
    data = {"id": "x", "title": {"de": text}, "purposes": [{"id": "p", "name": {"de": text}}]}
    read = parse_yaml(YamlWriter(data, {}).dump([]))[0]
    # the model drops the line break that `|` ends a text with
    assert read["title"]["de"].removesuffix("\n") == text
    assert read["purposes"][0]["name"]["de"].removesuffix("\n") == text


@pytest.mark.parametrize(
    "value", ["NO", "yes", "0150", "+49 30 1", "a: b", "x #y", "https://a.b/c?d=e", "Müller GmbH"]
)
def test_strings_that_yaml_would_misread_are_quoted(value):
    assert parse_yaml(f"key: {scalar(value)}\n")[0] == {"key": value}
    if value in ("NO", "yes", "0150"):
        assert scalar(value).startswith('"')


def test_comments_go_above_their_place_or_the_nearest_that_exists():
    data = {"id": "x", "purposes": [{"id": "p", "name": {"de": "P"}}]}
    comments = {
        ("purposes", 0): ["## review: one"],
        ("purposes", 0, "retention"): ["## TILT a: b"],
        ("gone",): ["## top"],
    }
    lines = YamlWriter(data, comments).dump([]).splitlines()
    assert lines[0] == "## top"
    assert lines.index("  ## review: one") < lines.index("  - id: p")
    assert "  ## TILT a: b" in lines
