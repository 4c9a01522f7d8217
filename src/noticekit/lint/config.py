"""Repository lint settings from `noticekit.toml` or `[tool.noticekit]` in `pyproject.toml`.

Shape (every key optional; codes and slugs are interchangeable)::

    [lint]
    disable = ["NK026"]              # rules to turn off
    enable = []                      # rules that are off by default, to turn on

    [lint.rules.vague-retention]
    level = "error"                  # "error", "warning" or "off"
    # any option the rule declares in its OPTIONS table, e.g. max-lix = 55
    # (checked in `options`: the default's shape, and regular expressions that compile)
"""

from __future__ import annotations

import dataclasses
import re
import tomllib
from pathlib import Path
from types import ModuleType
from typing import Any

from noticekit.errors import ConfigError
from noticekit.lint import registry
from noticekit.lint.options import did_you_mean
from noticekit.lint.options import kind
from noticekit.lint.options import rule_options
from noticekit.problems import Level

CONFIG_FILE = "noticekit.toml"
PYPROJECT = "pyproject.toml"
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
    elif path.is_dir():
        raise ConfigError(f'"{path}" is a folder; --config takes a TOML file')
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
    except UnicodeDecodeError as error:
        raise ConfigError(
            f"{_display(path)}: not UTF-8 text (byte 0x{error.object[error.start]:02X} "
            f"at offset {error.start}); save it as UTF-8"
        ) from None
    except OSError as error:
        raise ConfigError(f'cannot read "{path}": {error.strerror or error}') from None
    if path.name != PYPROJECT:
        return document
    tool = document.get("tool", {})
    table = tool.get("noticekit") if isinstance(tool, dict) else None
    if table is not None and not isinstance(table, dict):
        raise ConfigError(
            f"{_display(path)}: [tool.noticekit]: expected a table, got {kind(table)}"
        )
    return table


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
        errors.add("[lint]", f"expected a table, got {kind(lint)}")
        lint = {}
    errors.unknown_keys(lint, LINT_KEYS, "[lint]")
    disabled = _rule_list(lint, "disable", errors)
    enabled = _rule_list(lint, "enable", errors)
    levels: dict[str, Level] = {}
    options: dict[str, dict[str, Any]] = {}
    rules = lint.get("rules", {})
    if not isinstance(rules, dict):
        errors.add("[lint.rules]", f"expected a table, got {kind(rules)}")
        rules = {}
    for name, settings in rules.items():
        rule = _resolve(name, f"[lint.rules.{name}]", errors)
        if rule is None:
            continue
        where = f"[lint.rules.{name}]"
        if rule.CODE in options:
            errors.add(where, f'rule "{rule.CODE}" is configured twice (by code and by slug)')
        if not isinstance(settings, dict):
            errors.add(where, f"expected a table, got {kind(settings)}")
            continue
        options[rule.CODE] = rule_options(rule, settings, where, errors.add)
        level = settings.get("level")
        if level == "off":
            disabled.add(rule.CODE)
        elif level is not None:
            levels[rule.CODE] = level
    errors.raise_if_any()
    return LintConfig(frozenset(disabled), frozenset(enabled), levels, options, source)


def _rule_list(lint: dict[str, Any], key: str, errors: _Errors) -> set[str]:
    value = lint.get(key, [])
    if not isinstance(value, list):
        errors.add(f"[lint] {key}", f"expected a list of rule codes or slugs, got {kind(value)}")
        return set()
    for index, item in enumerate(value):
        if not isinstance(item, str):
            errors.add(f"[lint] {key}[{index}]", f"expected a rule code or slug, got {kind(item)}")
    value = [item for item in value if isinstance(item, str)]
    rules = (_resolve(item, f"[lint] {key}", errors) for item in value)
    return {rule.CODE for rule in rules if rule is not None}


def _resolve(name: str, where: str, errors: _Errors) -> ModuleType | None:
    rule = registry.find(name)
    if rule is None:
        errors.add(where, registry.unknown_rule_message(name))
    return rule


def _display(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


class _Errors:
    """Config mistakes collected so that all of them are reported together."""

    def __init__(self, source: Path | None) -> None:
        self.prefix = f"{_display(source)}: " if source else ""
        self.table = "[tool.noticekit." if source and source.name == PYPROJECT else "["
        self.messages: list[str] = []

    def add(self, where: str, message: str) -> None:
        """Record `message` about the key `where` (`[lint] disable`, `[lint.rules.NK026] words`)."""
        where = self.table + where[1:] if where.startswith("[") else where
        self.messages.append(f"{self.prefix}{where}{': ' if where else ''}{message}")

    def unknown_keys(self, table: dict[str, Any], allowed: tuple[str, ...], where: str) -> None:
        for key in table:
            if key not in allowed:
                self.add(where, f'unknown key "{key}"{did_you_mean(key, allowed)}')

    def raise_if_any(self) -> None:
        if self.messages:
            raise ConfigError("\ninvalid config: ".join(self.messages))
