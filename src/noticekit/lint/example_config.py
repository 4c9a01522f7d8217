"""Write the example `noticekit.toml`: a table per rule, level and options as commented defaults.

The settings stay comments so that the file (or a copy of it) never pins an old default.
Regenerate the shipped file with `python -m noticekit.lint.example_config > noticekit.toml`.
"""

from __future__ import annotations

import json
import sys
from typing import Any

from noticekit.lint import registry

HEADER = """\
# noticekit configuration: every lint rule, with its level and options as commented defaults.
# Uncomment what you change. The same tables may live under [tool.noticekit] in pyproject.toml.
# `noticekit rules` lists the rules; `noticekit lint --explain CODE` documents one.
# A level set here applies to all of a rule's findings. Without one, a rule reports what the
# Regulation asks only "where applicable" as a warning (`noticekit lint --explain CODE` says which).
# Regenerate: python -m noticekit.lint.example_config > noticekit.toml

[lint]
# Rules to turn off, by code or slug.
disable = []
# Rules that are off by default, to turn on.
enable = []
"""


def toml_value(value: Any, indent: str = "") -> str:
    """A TOML literal for a str, bool, number, list or table of those."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, str):
        return (
            f"'{value}'"
            if "'" not in value and "\n" not in value
            else json.dumps(value, ensure_ascii=False)
        )
    if isinstance(value, list):
        items = [toml_value(item, indent + "  ") for item in value]
        if sum(len(item) for item in items) < 80:
            return f"[{', '.join(items)}]"
        return "[\n" + "".join(f"{indent}  {item},\n" for item in items) + f"{indent}]"
    if isinstance(value, dict):
        return (
            "{ "
            + ", ".join(f"{key} = {toml_value(item, indent)}" for key, item in value.items())
            + " }"
        )
    raise TypeError(f"no TOML form for {type(value).__name__}")


def example_config() -> str:
    parts = [HEADER]
    for code, rule in registry.all_rules().items():
        lines = [
            f"# {registry.summary(rule)} ({rule.ARTICLE})",
            f"[lint.rules.{code}]  # {rule.NAME}",
        ]
        lines.append(f'# level = "{rule.LEVEL}"  # "error", "warning" or "off"')
        for key, default in getattr(rule, "OPTIONS", {}).items():
            if isinstance(default, dict):
                lines.append(f"# [lint.rules.{code}.{key}]")
                lines += [f"# {name} = {toml_value(item, '# ')}" for name, item in default.items()]
            else:
                lines.append(f"# {key} = {toml_value(default, '# ')}")
        parts.append("\n".join(lines) + "\n")
    return "\n".join(parts)


if __name__ == "__main__":
    sys.stdout.write(example_config())
