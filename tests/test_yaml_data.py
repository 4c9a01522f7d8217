"""The fast reader of clean files: the full builder's data whenever it answers, and no answer for any problem."""

from __future__ import annotations

from pathlib import Path

import pytest

from noticekit.yaml_data import clean_data
from noticekit.yaml_errors import YamlProblem
from noticekit.yaml_errors import YamlProblems
from noticekit.yaml_loader import LIBYAML
from noticekit.yaml_loader import parse_yaml

ROOT = Path(__file__).parent.parent
FIXTURES = Path(__file__).parent / "fixtures"
TEXTS = sorted(
    [*(FIXTURES / "events").glob("*.yaml"), *(FIXTURES / "load").glob("*.yaml"), *ROOT.glob("notices/*/notice.yaml")]
)
#: Files with nothing wrong in their YAML: the fast reader must answer for them, or a build is slow for nothing.
CLEAN = [*ROOT.glob("notices/*/notice.yaml"), FIXTURES / "notices" / "minimal" / "notice.yaml", FIXTURES / "events" / "nested.yaml"]

pytestmark = pytest.mark.skipif(not LIBYAML, reason="PyYAML without libyaml")


def full_outcome(text: str):
    """What the full builder gives: (data as repr, so that 1 and true differ) or its problems."""
    try:
        data, _, _ = parse_yaml(text)
    except (YamlProblem, YamlProblems) as problem:
        return problem
    return repr(data)


@pytest.mark.parametrize("path", TEXTS, ids=lambda path: f"{path.parent.name}/{path.name}")
def test_an_answer_is_the_full_builders_data_without_problems(path: Path):
    text = path.read_text(encoding="utf-8")
    data = clean_data(text)
    if data is not None:
        assert full_outcome(text) == repr(data)


@pytest.mark.parametrize("path", CLEAN, ids=lambda path: f"{path.parent.name}/{path.name}")
def test_clean_files_are_answered(path: Path):
    assert clean_data(path.read_text(encoding="utf-8")) is not None


@pytest.mark.parametrize(
    "text",
    [
        "a: &x 1\n",  # anchor
        "a: [1]\nb: *x\n",  # alias
        "a: !!str x\n",  # even an allowed tag: the full builder checks tags
        "a: !!binary eA==\n",
        "a: ! x\n",
        "a: 1\na: 2\n",  # duplicate key
        "a: {b: 1, b: 2}\n",
        "<<: {a: 1}\n",  # merge key
        "? [k]\n: v\n",  # a list as a key
        "? {k: 1}\n: v\n",
        "a: 1\n---\nb: 2\n",  # two documents
        "",
        "# only a comment\n",
        "- a\n",  # not a mapping
        "just text\n",
        "a: [1\n",  # syntax error
        "a: " + "[" * 63 + "]" * 63 + "\n",  # 64 levels, at the limit: the full builder has the last word
    ],
)
def test_anything_unusual_is_left_to_the_full_builder(text: str):
    assert clean_data(text) is None


def test_quoted_merge_key_and_implicit_values_are_read_as_the_full_builder_reads_them():
    text = "'<<': x\nt: true\nf: false\nn: null\ne:\nz: 0\ni: -7\nbig: 1234567890123456789\nno: NO\nv: 1.10\nq: 'true'\n"
    data = clean_data(text)
    assert data == {"<<": "x", "t": True, "f": False, "n": None, "e": None, "z": 0, "i": -7,
                    "big": "1234567890123456789", "no": "NO", "v": "1.10", "q": "true"}  # fmt: skip
    assert repr(data) == full_outcome(text)


@pytest.mark.parametrize("depth", [60, 61, 62, 63])
def test_nesting_near_the_limit_is_read_or_left_to_the_full_builder(depth: int):
    text = "a: " + "[" * depth + "]" * depth + "\n"
    data = clean_data(text)
    assert data is None or repr(data) == full_outcome(text)
    assert (data is not None) == (depth < 63)
