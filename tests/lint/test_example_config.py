"""The example noticekit.toml: every rule listed, level and options as commented defaults."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

from noticekit.lint import registry
from noticekit.lint.config import LintConfig
from noticekit.lint.config import load_config
from noticekit.lint.config import parse_config
from noticekit.lint.example_config import example_config
from noticekit.lint.example_config import toml_value

SHIPPED = Path(__file__).resolve().parents[2] / "noticekit.toml"
REGENERATE = "python -m noticekit.lint.example_config > noticekit.toml"
#: A commented option line: `# key = value` or `# [lint.rules.NKxxx.key]`.
OPTION_LINE = re.compile(r"^# (?:\[lint\.rules\.NK\d{3}\.(?P<table>[\w-]+)\]|(?P<key>[\w-]+) = )")
#: The commented level line of a rule.
LEVEL_LINE = re.compile(r'^# level = "(?P<level>error|warning)"', re.M)


def test_shipped_file_behaves_as_the_defaults() -> None:
    shipped = load_config(SHIPPED)
    for rule in registry.all_rules().values():
        assert shipped.is_enabled(rule) == LintConfig().is_enabled(rule), REGENERATE
        assert shipped.level_of(rule) == rule.LEVEL, REGENERATE
        assert shipped.options_of(rule) == LintConfig().options_of(rule), REGENERATE


def test_shipped_file_is_the_generated_one() -> None:
    # levels, articles and summaries in the comments change with the rules
    assert SHIPPED.read_text(encoding="utf-8") == example_config(), REGENERATE


def test_shipped_file_lists_every_rule_and_shows_every_option() -> None:
    text = SHIPPED.read_text(encoding="utf-8")
    assert set(tomllib.loads(text)["lint"]["rules"]) == set(registry.all_rules()), REGENERATE
    for code, rule in registry.all_rules().items():
        section = text.split(f"[lint.rules.{code}]", 1)[1].split("\n\n", 1)[0]
        shown = set()
        for line in section.splitlines():
            match = OPTION_LINE.match(line)
            if match:
                shown.add(match["table"] or match["key"])
        options = set(getattr(rule, "OPTIONS", {}))
        assert options <= shown, f"{code}: {REGENERATE}"
        assert LEVEL_LINE.search(section), f"{code}: {REGENERATE}"


def test_uncommented_options_are_a_valid_config_equal_to_the_defaults() -> None:
    uncommented = re.sub(r"(?m)^# (?=\[lint\.rules\.|[\w-]+ = |  |\])", "", example_config())
    config = parse_config(tomllib.loads(uncommented))
    for rule in registry.all_rules().values():
        assert config.level_of(rule) == rule.LEVEL, rule.CODE
        assert config.options_of(rule) == LintConfig().options_of(rule), rule.CODE


@pytest.mark.parametrize(
    "value",
    [
        True,
        3,
        55.0,
        "plain",
        r"\bkan\s+vi",
        "it's",
        ["a", "b"],
        [f"w{n}" for n in range(30)],
        {"en": ["may"]},
    ],
)
def test_toml_values_read_back_unchanged(value: object) -> None:
    assert tomllib.loads(f"x = {toml_value(value)}")["x"] == value
