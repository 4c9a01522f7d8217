"""Repository lint settings from `noticekit.toml` or `[tool.noticekit]` in `pyproject.toml`.

Shape (every key optional; codes and slugs are interchangeable)::

    [lint]
    disable = ["NK026"]              # rules to turn off
    enable = []                      # rules that are off by default, to turn on

    [lint.rules.vague-retention]
    level = "error"                  # "error", "warning" or "off"
    # any option the rule declares in its OPTIONS table, e.g. max-lix = 55
"""

from __future__ import annotations

import dataclasses
import difflib
import re
import tomllib
from pathlib import Path
from types import ModuleType
from typing import Any

from noticekit.errors import ConfigError
from noticekit.lint import registry
from noticekit.problems import Level

CONFIG_FILE = "noticekit.toml"
PYPROJECT = "pyproject.toml"
LEVELS = ("error", "warning", "off")
TOP_KEYS = ("lint",)
LINT_KEYS = ("disable", "enable", "rules")
TOML_POSITION = re.compile(r"^(?P<message>.*) \(at line (?P<line>\d+), column (?P<col>\d+)\)$")


@dataclasses.dataclass(frozen=True)
class LintConfig:
    """Which rules run, at which level, with which options. The default has no overrides."""

    disabled: frozenset[str] = frozenset()
    enabled: frozenset[str] = frozenset()
    levels: dict[str, Level] = dataclasses.field(default_factory=dict)
    options: dict[str, dict[str, Any]] = dataclasses.field(default_factory=dict)
    source: Path | None = None

    def is_enabled(self, rule: ModuleType) -> bool:
        if rule.CODE in self.disabled:
            return False
        return rule.CODE in self.enabled or getattr(rule, "ENABLED", True)

    def level_of(self, rule: ModuleType, default: Level | None = None) -> Level:
        """The configured level, else the finding's own `default`, else the rule's `LEVEL`."""
        return self.levels.get(rule.CODE, default or rule.LEVEL)

    def options_of(self, rule: ModuleType) -> dict[str, Any]:
        return {**getattr(rule, "OPTIONS", {}), **self.options.get(rule.CODE, {})}


def load_config(path: Path | None = None, start: Path | None = None) -> LintConfig:
    """Read the config named by `--config`, or the nearest one above `start` (default: cwd)."""
    if path is None:
        path = find_config(start or Path.cwd())
        if path is None:
            return LintConfig()
    elif not path.is_file():
        raise ConfigError(f'"{path}" does not exist')
    table = _read_table(path)
    return parse_config(table, source=path) if table is not None else LintConfig(source=path)


def find_config(start: Path) -> Path | None:
    """`noticekit.toml`, or a `pyproject.toml` with `[tool.noticekit]`, in `start` or a parent."""
    for folder in (start.resolve(), *start.resolve().parents):
        if (folder / CONFIG_FILE).is_file():
            return folder / CONFIG_FILE
        if (folder / PYPROJECT).is_file():
            return folder / PYPROJECT
        if (folder / ".git").exists():
            return None
    return None


def _read_table(path: Path) -> dict[str, Any] | None:
    try:
        document = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(_toml_message(path, error)) from None
    except (OSError, UnicodeDecodeError) as error:
        raise ConfigError(f'cannot read "{path}": {error}') from None
    if path.name != PYPROJECT:
        return document
    tool = document.get("tool", {})
    return tool.get("noticekit") if isinstance(tool, dict) else None


def _toml_message(path: Path, error: tomllib.TOMLDecodeError) -> str:
    text = str(error)
    match = TOML_POSITION.match(text)
    if match is None:
        return f"{_display(path)}: {text[:1].lower()}{text[1:]}"
    message = match["message"]
    return f"{_display(path)}:{match['line']}:{match['col']}: {message[:1].lower()}{message[1:]}"


def parse_config(table: dict[str, Any], source: Path | None = None) -> LintConfig:
    """Check a config table and turn it into a LintConfig; every mistake is reported at once."""
    errors = _Errors(source)
    errors.unknown_keys(table, TOP_KEYS, "")
    lint = table.get("lint", {})
    if not isinstance(lint, dict):
        errors.add("[lint]", f"expected a table, got {_kind(lint)}")
        lint = {}
    errors.unknown_keys(lint, LINT_KEYS, "[lint]")
    disabled = _rule_list(lint, "disable", errors)
    enabled = _rule_list(lint, "enable", errors)
    levels: dict[str, Level] = {}
    options: dict[str, dict[str, Any]] = {}
    rules = lint.get("rules", {})
    if not isinstance(rules, dict):
        errors.add("[lint.rules]", f"expected a table, got {_kind(rules)}")
        rules = {}
    for name, settings in rules.items():
        rule = _resolve(name, f"[lint.rules.{name}]", errors)
        if rule is None:
            continue
        where = f"[lint.rules.{name}]"
        if rule.CODE in options:
            errors.add(where, f'rule "{rule.CODE}" is configured twice (by code and by slug)')
        if not isinstance(settings, dict):
            errors.add(where, f"expected a table, got {_kind(settings)}")
            continue
        options[rule.CODE] = _rule_options(rule, settings, where, errors)
        level = settings.get("level")
        if level == "off":
            disabled.add(rule.CODE)
        elif level is not None:
            levels[rule.CODE] = level
    errors.raise_if_any()
    return LintConfig(frozenset(disabled), frozenset(enabled), levels, options, source)


def _rule_list(lint: dict[str, Any], key: str, errors: _Errors) -> set[str]:
    value = lint.get(key, [])
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        errors.add(f"[lint] {key}", f"expected a list of rule codes or slugs, got {_kind(value)}")
        return set()
    rules = (_resolve(item, f"[lint] {key}", errors) for item in value)
    return {rule.CODE for rule in rules if rule is not None}


def _resolve(name: str, where: str, errors: _Errors) -> ModuleType | None:
    rule = registry.find(name)
    if rule is None:
        errors.add(where, registry.unknown_rule_message(name))
    return rule


def _rule_options(
    rule: ModuleType, settings: dict[str, Any], where: str, errors: _Errors
) -> dict[str, Any]:
    declared: dict[str, Any] = getattr(rule, "OPTIONS", {})
    chosen: dict[str, Any] = {}
    for key, value in settings.items():
        if key == "level":
            if value not in LEVELS:
                errors.add(
                    where, f'level: expected one of "error", "warning", "off", got "{value}"'
                )
        elif key not in declared:
            hint = _did_you_mean(key, declared)
            takes = f"; it takes {', '.join(sorted(declared))}" if declared and not hint else ""
            errors.add(where, f'unknown option "{key}" for rule "{rule.CODE}"{hint or takes}')
        elif not _same_type(value, declared[key]):
            errors.add(
                where,
                f'option "{key}": expected {_kind(declared[key])}, got {_kind(value)} "{value}"',
            )
        else:
            chosen[key] = value
    return chosen


def _same_type(value: Any, default: Any) -> bool:
    if isinstance(default, bool) or isinstance(value, bool):
        return isinstance(value, bool) and isinstance(default, bool)
    if isinstance(default, float):
        return isinstance(value, (int, float))
    return isinstance(value, type(default))


def _did_you_mean(word: str, choices: Any) -> str:
    close = difflib.get_close_matches(word, list(choices), n=1)
    return f', did you mean "{close[0]}"?' if close else ""


def _display(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


def _kind(value: Any) -> str:
    names = {
        bool: "a boolean",
        int: "an integer",
        float: "a number",
        str: "a string",
        list: "a list",
        dict: "a table",
    }
    return names.get(type(value), type(value).__name__)


class _Errors:
    """Config mistakes collected so that all of them are reported together."""

    def __init__(self, source: Path | None) -> None:
        self.prefix = f"{_display(source)}: " if source else ""
        self.messages: list[str] = []

    def add(self, where: str, message: str) -> None:
        self.messages.append(f"{self.prefix}{where}{': ' if where else ''}{message}")

    def unknown_keys(self, table: dict[str, Any], allowed: tuple[str, ...], where: str) -> None:
        for key in table:
            if key not in allowed:
                self.add(where, f'unknown key "{key}"{_did_you_mean(key, allowed)}')

    def raise_if_any(self) -> None:
        if self.messages:
            raise ConfigError("\ninvalid config: ".join(self.messages))
