"""Check a rule's options from the config against the defaults the rule declares in `OPTIONS`.

A value must have the shape of the default, down to the items of its lists and tables, and an
option the rule lists in `PATTERN_OPTIONS` must hold regular expressions that compile. Every
mistake names its key, e.g. `[lint.rules.NK026] words.en[2]: ...`.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable
from collections.abc import Iterator
from types import ModuleType
from typing import Any

from noticekit.console import escaped

LEVELS = ("error", "warning", "off")
#: Flags the rules compile their patterns with.
PATTERN_FLAGS = re.IGNORECASE
MAX_SHOWN = 40

Report = Callable[[str, str], None]


def rule_options(
    rule: ModuleType, settings: dict[str, Any], where: str, add: Report
) -> dict[str, Any]:
    """The options in `settings` that suit `rule`; `add(where, message)` for each mistake."""
    declared: dict[str, Any] = getattr(rule, "OPTIONS", {})
    patterns = getattr(rule, "PATTERN_OPTIONS", ())
    chosen: dict[str, Any] = {}
    for key, value in settings.items():
        if key == "level":
            if value not in LEVELS:
                add(where, f'level: expected one of "error", "warning", "off", got {shown(value)}')
        elif key not in declared:
            hint = did_you_mean(key, declared)
            takes = f"; it takes {', '.join(sorted(declared))}" if declared and not hint else ""
            add(where, f'unknown option "{key}" for rule "{rule.CODE}"{hint or takes}')
        elif not same_type(value, declared[key]):
            add(
                where,
                f'option "{key}": expected {kind(declared[key])}, got {kind(value)} {shown(value)}',
            )
        else:
            mistakes = list(_item_mistakes(value, declared[key], key))
            if key in patterns and not mistakes:
                mistakes = list(_pattern_mistakes(value, key))
            for item_key, message in mistakes:
                add(f"{where} {item_key}", message)
            if not mistakes:
                chosen[key] = value
    return chosen


def _item_mistakes(value: Any, default: Any, key: str) -> Iterator[tuple[str, str]]:
    """Items of a list or table whose type is not that of the default's items."""
    if isinstance(value, list) and isinstance(default, list) and default:
        for index, item in enumerate(value):
            yield from _one_item(item, default[0], f"{key}[{index}]")
    elif isinstance(value, dict) and isinstance(default, dict) and default:
        example = next(iter(default.values()))
        for name, item in value.items():
            yield from _one_item(item, default.get(name, example), f"{key}.{name}")


def _one_item(item: Any, default: Any, key: str) -> Iterator[tuple[str, str]]:
    if not same_type(item, default):
        yield key, f"expected {kind(default)}, got {kind(item)} {shown(item)}"
    else:
        yield from _item_mistakes(item, default, key)


def _pattern_mistakes(value: Any, key: str) -> Iterator[tuple[str, str]]:
    """Regular expressions that do not compile, alone or joined as the rule joins them."""
    if isinstance(value, dict):
        for name, item in value.items():
            yield from _pattern_mistakes(item, f"{key}.{name}")
        return
    items = value if isinstance(value, list) else [value]
    found = False
    for index, pattern in enumerate(items):
        mistake = _pattern_mistake(pattern)
        if mistake:
            found = True
            yield f"{key}[{index}]" if isinstance(value, list) else key, mistake
    if not found and isinstance(value, list):
        try:
            re.compile("|".join(f"(?:{pattern})" for pattern in items), PATTERN_FLAGS)
        except re.error as error:
            yield key, f"the regular expressions do not go together: {error.msg}"


def _pattern_mistake(pattern: str) -> str | None:
    """Why `pattern` does not compile, alone or inside the group the rule puts it in; else None."""
    for text in (pattern, f"(?:{pattern})"):
        try:
            re.compile(text, PATTERN_FLAGS)
        except re.error as error:
            at = f" at position {error.pos}" if text is pattern and error.pos is not None else ""
            return f"{shown(pattern)} is not a valid regular expression: {error.msg}{at}"
    return None


def same_type(value: Any, default: Any) -> bool:
    """Whether `value` has the type of `default` (an integer where a number is expected is fine)."""
    if isinstance(default, bool) or isinstance(value, bool):
        return isinstance(value, bool) and isinstance(default, bool)
    if isinstance(default, float):
        return isinstance(value, (int, float))
    return isinstance(value, type(default))


def did_you_mean(word: str, choices: Any) -> str:
    close = difflib.get_close_matches(word, list(choices), n=1)
    return f', did you mean "{close[0]}"?' if close else ""


def kind(value: Any) -> str:
    names = {
        bool: "a boolean",
        int: "an integer",
        float: "a number",
        str: "a string",
        list: "a list",
        dict: "a table",
    }
    return names.get(type(value), type(value).__name__)


def shown(value: Any) -> str:
    """A short, escaped quote of a config value for a message."""
    text = str(value) if not isinstance(value, (list, dict)) else repr(value)
    if len(text) > MAX_SHOWN:
        text = text[: MAX_SHOWN - 1] + "…"
    return '"' + escaped(text).replace('"', '\\"') + '"'
