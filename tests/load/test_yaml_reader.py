"""The one YAML reader: the same data, positions and problems whichever parser gives the events."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from noticekit.load.yaml_errors import YamlProblem
from noticekit.load.yaml_errors import YamlProblems
from noticekit.load.yaml_reader import FAST_LOADER
from noticekit.load.yaml_reader import parse_yaml

FIXTURES = Path(__file__).parent / "fixtures"
TEXTS = sorted([*(FIXTURES / "events").glob("*.yaml"), *FIXTURES.glob("*.yaml")])
LIBYAML = FAST_LOADER is not yaml.SafeLoader

pytestmark = pytest.mark.skipif(not LIBYAML, reason="PyYAML without libyaml")


def outcome(text: str, libyaml: bool | None = None):
    """What the reader makes of `text`: with libyaml's parser, PyYAML's own, or its own choice
    (None)."""
    loader = None if libyaml is None else FAST_LOADER if libyaml else yaml.SafeLoader
    try:
        data, positions, key_positions = parse_yaml(text, loader=loader)
    except YamlProblem as problem:
        return [(problem.line, problem.col, problem.message)]
    except YamlProblems as found:
        return [(problem.line, problem.col, problem.message) for problem in found.problems]
    return repr(data), list(positions.items()), list(key_positions.items())


def without_syntax_wording(result):
    """libyaml and PyYAML word their own syntax errors differently; everything else must match."""
    if isinstance(result, list):
        return [
            (line, col, "syntax error" if text.startswith("syntax error") else text)
            for line, col, text in result
        ]
    return result


@pytest.mark.parametrize("path", TEXTS, ids=lambda path: f"{path.parent.name}/{path.name}")
def test_a_file_is_read_alike_with_or_without_libyaml(path: Path):
    text = path.read_text(encoding="utf-8")
    assert without_syntax_wording(outcome(text)) == without_syntax_wording(outcome(text, False))
    if "\t" not in text:
        assert without_syntax_wording(outcome(text, True)) == without_syntax_wording(
            outcome(text, False)
        )


@pytest.mark.parametrize(
    "text", ["id: demo\ntitle:\n  nb:\tTittel\n", "a:\t1\n", "a: 1\n  \tb: 2\n"]
)
def test_a_tab_is_refused_whether_or_not_libyaml_would_accept_it(text: str):
    assert outcome(text) == outcome(text, False)
    assert outcome(text)[0][2].startswith("a tab")


def test_positions_of_values_and_keys():
    data, positions, key_positions = parse_yaml("id: a\nlist:\n  - x\n  - {k: 1}\n")
    assert data == {"id": "a", "list": ["x", {"k": 1}]}
    assert positions == {
        (): (1, 1),
        ("id",): (1, 5),
        ("list",): (3, 3),
        ("list", 0): (3, 5),
        ("list", 1): (4, 5),
        ("list", 1, "k"): (4, 9),
    }
    assert key_positions == {("id",): (1, 1), ("list",): (2, 1), ("list", 1, "k"): (4, 6)}


def test_a_dropped_value_is_not_checked_but_its_aliases_still_stop_parsing():
    assert outcome("a: 1\na: !!binary x\n", True) == [
        (2, 1, 'duplicate key "a" (first defined on line 1)')
    ]
    assert outcome("? [k]\n: *x\n", True) == [
        (2, 3, 'aliases ("*x") are not allowed; write the value out in full')
    ]


@pytest.mark.parametrize("depth", [63, 64, 65])
def test_nesting_limit(depth: int):
    text = "[" * depth + "]" * depth
    expected = outcome(text, False)
    assert outcome(text, True) == expected
    assert (expected == [(1, 65, "nesting is deeper than 64 levels")]) == (depth == 65)


def test_a_second_document_is_refused():
    assert outcome("a: 1\n---\nb: 2\n", True) == [
        (2, 1, 'only one YAML document is allowed per file; remove the extra "---"')
    ]
