"""YAML built from libyaml's events: the same data, positions and problems as the node builder."""

from __future__ import annotations

from pathlib import Path

import pytest

from noticekit.yaml_errors import YamlProblem
from noticekit.yaml_errors import YamlProblems
from noticekit.yaml_loader import LIBYAML
from noticekit.yaml_loader import parse_yaml

FIXTURES = Path(__file__).parent / "fixtures"
#: All but the tab after a key, which libyaml accepts and PyYAML does not (the parsers differ, not the builders).
TEXTS = sorted(
    path
    for path in [*(FIXTURES / "events").glob("*.yaml"), *(FIXTURES / "load").glob("*.yaml")]
    if path.name != "tab_separator.yaml"
)

pytestmark = pytest.mark.skipif(not LIBYAML, reason="PyYAML without libyaml")


def outcome(text: str, libyaml: bool):
    try:
        data, positions, key_positions = parse_yaml(text, libyaml=libyaml)
    except YamlProblem as problem:
        return [(problem.line, problem.col, problem.message)]
    except YamlProblems as found:
        return [(problem.line, problem.col, problem.message) for problem in found.problems]
    return repr(data), list(positions.items()), list(key_positions.items())


def without_syntax_wording(result):
    """libyaml and PyYAML word their own syntax errors differently; everything else must match."""
    if isinstance(result, list):
        return [(line, col, "syntax error" if text.startswith("syntax error") else text) for line, col, text in result]
    return result


@pytest.mark.parametrize("path", TEXTS, ids=lambda path: f"{path.parent.name}/{path.name}")
def test_events_and_nodes_give_the_same_outcome(path: Path):
    text = path.read_text(encoding="utf-8")
    assert without_syntax_wording(outcome(text, True)) == without_syntax_wording(outcome(text, False))


def test_positions_of_values_and_keys():
    data, positions, key_positions = parse_yaml("id: a\nlist:\n  - x\n  - {k: 1}\n")
    assert data == {"id": "a", "list": ["x", {"k": 1}]}
    assert positions == {(): (1, 1), ("id",): (1, 5), ("list",): (3, 3), ("list", 0): (3, 5), ("list", 1): (4, 5), ("list", 1, "k"): (4, 9)}
    assert key_positions == {("id",): (1, 1), ("list",): (2, 1), ("list", 1, "k"): (4, 6)}


def test_a_dropped_value_is_not_checked_but_its_aliases_still_stop_parsing():
    assert outcome("a: 1\na: !!binary x\n", True) == [(2, 1, 'duplicate key "a" (first defined on line 1)')]
    assert outcome("? [k]\n: *x\n", True) == [(2, 3, 'aliases ("*x") are not allowed; write the value out in full')]


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
