"""Rule options from the config: the shape of the default down to each item; patterns compile."""

from __future__ import annotations

import pytest

from noticekit.errors import ConfigError
from noticekit.lint.config import parse_config


def mistakes(rule: str, options: dict) -> list[str]:
    with pytest.raises(ConfigError) as caught:
        parse_config({"lint": {"rules": {rule: options}}})
    assert caught.value.exit_code == 2
    return str(caught.value).split("\ninvalid config: ")


def test_an_item_of_the_wrong_type_is_named_by_its_key() -> None:
    assert mistakes("NK030", {"adequate": ["AD", 3]}) == [
        '[lint.rules.NK030] adequate[1]: expected a string, got an integer "3"'
    ]
    assert mistakes("NK026", {"words": {"en": ["may", 7], "sv": "kanske"}}) == [
        '[lint.rules.NK026] words.en[1]: expected a string, got an integer "7"',
        '[lint.rules.NK026] words.sv: expected a list, got a string "kanske"',
    ]


@pytest.mark.parametrize(
    ("rule", "options", "expected"),
    [
        (
            "NK026",
            {"words": {"en": ["may", "might", "(oops"]}},
            '[lint.rules.NK026] words.en[2]: "(oops" is not a valid regular expression: '
            "missing ), unterminated subpattern at position 0",
        ),
        (
            "vague-retention",
            {"phrases": ["as long as", "[a-"]},
            '[lint.rules.vague-retention] phrases[1]: "[a-" is not a valid regular expression: '
            "unterminated character set at position 0",
        ),
        (
            "NK026",
            {"words": {"de": ["a(?i)b"]}},
            '[lint.rules.NK026] words.de[0]: "a(?i)b" is not a valid regular expression: '
            "global flags not at the start of the expression at position 1",
        ),
        (
            "NK026",
            {"words": {"en": ["(?P<x>a)", "(?P<x>b)"]}},
            "[lint.rules.NK026] words.en: the regular expressions do not go together: "
            "redefinition of group name 'x' as group 2; was group 1",
        ),
    ],
)
def test_a_pattern_that_does_not_compile_is_named_by_its_key(rule, options, expected) -> None:
    assert mistakes(rule, options) == [expected]


def test_patterns_that_compile_are_kept() -> None:
    config = parse_config({"lint": {"rules": {"NK026": {"words": {"en": [r"may\b", "some"]}}}}})
    assert config.options["NK026"] == {"words": {"en": [r"may\b", "some"]}}


def test_options_that_are_not_patterns_are_not_compiled() -> None:
    config = parse_config({"lint": {"rules": {"NK030": {"adequate": ["(("]}}}})
    assert config.options["NK030"] == {"adequate": ["(("]}


def test_a_quoted_value_is_short_and_escaped() -> None:
    [message] = mistakes("NK030", {"adequate": ["AD", 1.5]})
    assert message.endswith('got a number "1.5"')
    [message] = mistakes("NK029", {"min_words": "\x1b[2J" + "x" * 100})
    assert "\x1b" not in message and "\\x1b[2J" in message and len(message) < 140
