"""The authoring guide and the scaffold write texts in block style (their examples load:
tests/commands/test_reference.py, tests/commands/test_new.py)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from noticekit.commands.docs import guide_text
from noticekit.commands.new import skeleton_text

GUIDE = Path(__file__).resolve().parents[2] / "docs" / "authoring.md"
#: A text written in braces: `{nb: …, en: …}`.
FLOW_TEXT = re.compile(r"\{\s*(nb|nn|sv|da|en|de)\s*:")
EXAMPLES = re.findall(r"```yaml\n(.*?)```", GUIDE.read_text(encoding="utf-8"), flags=re.DOTALL)


def test_the_shipped_guide_is_the_guide() -> None:
    assert guide_text() == GUIDE.read_text(encoding="utf-8")


@pytest.mark.parametrize("example", EXAMPLES, ids=[f"example-{i}" for i in range(len(EXAMPLES))])
def test_every_yaml_example_of_the_guide_writes_texts_in_block_style(example: str) -> None:
    assert not FLOW_TEXT.search(example)


def test_the_scaffold_writes_texts_in_block_style() -> None:
    lines = [line for line in skeleton_text().splitlines() if not line.startswith("##")]
    assert not [line for line in lines if FLOW_TEXT.search(line)]
    assert any(re.fullmatch(r"#?\s+(nb|en): \|", line) for line in lines)
