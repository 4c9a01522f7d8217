"""The fast JSON writer agrees byte for byte with `json.dumps(sort_keys=True, ensure_ascii=False,
indent=2)`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from noticekit.render.jsonld.document import build_document
from noticekit.render.jsonld.document import render
from noticekit.render.jsonld.dump import Written
from noticekit.render.jsonld.dump import dumps
from noticekit.validate import load_notices

FIXTURES = Path(__file__).parents[1] / "fixtures" / "jsonld"


def _reference(value) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False, indent=2)


@pytest.mark.parametrize(
    "value",
    [
        {},
        [],
        {"b": [], "a": {}, "c": [{}], "d": [[]]},
        {"text": 'quote " backslash \\ tab \t newline \n nul \x00 bell \x07 é ø 😀 \u2028'},
        {"@value": True, "false": False, "null": None, "int": -12, "float": 1.5, "big": 10**20},
        {"tuple": ("x", ("y",)), "nested": {"z": {"y": {"x": ["a", {"k": "v"}]}}}},
        ["top", "level", "list"],
        "just a string",
    ],
)
def test_agrees_with_json_dumps(value):
    assert dumps(value) == _reference(value)


@pytest.mark.parametrize("folder", ["acme", "tiny-se"])
def test_agrees_on_whole_documents(folder):
    notice = load_notices([FIXTURES / folder]).notices[0].notice
    document = build_document(notice)
    assert dumps(document) == _reference(document)


def test_written_text_is_indented_where_it_stands():
    inner = {"b": [1, {"c": "d"}], "a": "x"}
    value = {"outer": [{"inner": Written(dumps(inner))}], "z": Written(dumps(inner))}
    assert dumps(value) == _reference({"outer": [{"inner": inner}], "z": inner})


@pytest.mark.parametrize("folder", ["acme", "tiny-se"])
def test_the_rendered_document_reuses_the_written_context_byte_for_byte(folder):
    notice = load_notices([FIXTURES / folder]).notices[0].notice
    assert render(notice) == _reference(build_document(notice)) + "\n"
