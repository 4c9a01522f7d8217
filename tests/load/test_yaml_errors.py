"""A colon or a leading `-` in an unquoted text is advice at its line, with either parser."""

from __future__ import annotations

import pytest
import yaml

from noticekit.load.yaml_errors import YamlProblem
from noticekit.load.yaml_reader import FAST_LOADER
from noticekit.load.yaml_reader import parse_yaml

LOADERS = sorted({yaml.SafeLoader, FAST_LOADER}, key=lambda loader: loader.__name__)


def problem(text: str, loader) -> tuple[int, int, str]:
    with pytest.raises(YamlProblem) as raised:
        parse_yaml(text, loader=loader)
    return raised.value.line, raised.value.col, raised.value.message


@pytest.mark.parametrize("loader", LOADERS)
@pytest.mark.parametrize(
    ("text", "line", "col", "message"),
    [
        (
            "title:\n  en: Note: this matters\n",
            2,
            11,
            "the text for en contains a colon and a space; quote it or use block style",
        ),
        (
            "title: {nb: Merk: viktig, en: Note}\n",
            1,
            17,
            "the text for nb contains a colon and a space; quote it or use block style",
        ),
        (
            "title:\n  en: - first point\n",
            2,
            7,
            'the text for en starts with "-"; quote it or use block style',
        ),
    ],
)
def test_a_character_the_text_may_not_hold_unquoted_gets_advice(loader, text, line, col, message):
    assert problem(text, loader) == (line, col, message)


@pytest.mark.parametrize("loader", LOADERS)
def test_other_syntax_errors_keep_the_parsers_words(loader):
    assert problem("title: [nb, en\n", loader)[2].startswith("syntax error: ")
