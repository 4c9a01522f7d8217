"""The example noticekit.toml: it is what the generator writes, and it sets every rule to its default."""

from __future__ import annotations

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


def test_shipped_file_is_up_to_date() -> None:
    assert SHIPPED.read_text(encoding="utf-8") == example_config(), (
        "noticekit.toml is stale: python -m noticekit.lint.example_config > noticekit.toml"
    )


def test_shipped_file_equals_the_defaults() -> None:
    shipped = load_config(SHIPPED)
    for rule in registry.all_rules().values():
        assert shipped.is_enabled(rule) == LintConfig().is_enabled(rule), rule.CODE
        assert shipped.level_of(rule) == rule.LEVEL, rule.CODE
        assert shipped.options_of(rule) == LintConfig().options_of(rule), rule.CODE


def test_every_rule_and_option_is_listed() -> None:
    rules = tomllib.loads(SHIPPED.read_text(encoding="utf-8"))["lint"]["rules"]
    assert set(rules) == set(registry.all_rules())
    for code, rule in registry.all_rules().items():
        assert set(rules[code]) == {"level", *getattr(rule, "OPTIONS", {})}


@pytest.mark.parametrize(
    "value",
    [True, 3, 55.0, "plain", r"\bkan\s+vi", "it's", ["a", "b"], [f"word{n}" for n in range(30)], {"en": ["may"]}],
)
def test_toml_values_read_back_unchanged(value: object) -> None:
    assert tomllib.loads(f"x = {toml_value(value)}")["x"] == value


def test_an_edited_copy_still_parses_as_config() -> None:
    table = tomllib.loads(example_config().replace('level = "warning"', 'level = "error"', 1))
    assert parse_config(table) != LintConfig()
