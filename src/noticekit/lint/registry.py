"""Every lint rule in one table, found by code (`NK004`) or slug (`purpose-without-legal-basis`)."""

from __future__ import annotations

import difflib
import functools
import inspect
import re
from types import ModuleType

from noticekit.errors import UsageError
from noticekit.lint.meta import META_RULES
from noticekit.lint.rules import RULES
from noticekit.quoting import quote

#: The example markers of rule docstrings (reST literal blocks), as `--explain` shows them.
EXAMPLE_HEADINGS = {"PASS::": "Passes:", "FAIL::": "Fails:"}

#: A code as people mistype it: `nk4`, `NK04`, `nk0004`.
CODE_DIGITS = re.compile(r"^nk0*(\d{1,3})$")


@functools.cache
def all_rules() -> dict[str, ModuleType]:
    """The GDPR rules and the engine's own rules, sorted by code."""
    merged = {**RULES, **META_RULES}
    return {code: merged[code] for code in sorted(merged)}


@functools.cache
def _by_name() -> dict[str, ModuleType]:
    names: dict[str, ModuleType] = {}
    for code, rule in all_rules().items():
        names[code.lower()] = rule
        names[rule.NAME.lower()] = rule
    return names


def find(code_or_slug: str) -> ModuleType | None:
    """The rule named by a code or slug (case-insensitive), or None."""
    return _by_name().get(code_or_slug.strip().lower())


def did_you_mean(code_or_slug: str) -> str:
    """`, did you mean "NK004"?` for the closest code or slug, or an empty string."""
    wanted = code_or_slug.strip().lower()
    padded = CODE_DIGITS.match(wanted)
    if padded and f"nk{int(padded[1]):03d}" in _by_name():
        return f', did you mean "NK{int(padded[1]):03d}"?'
    spelled = {name: name.upper() if CODE_DIGITS.match(name) else name for name in _by_name()}
    close = difflib.get_close_matches(wanted, list(spelled), n=1, cutoff=0.6)
    return f', did you mean "{spelled[close[0]]}"?' if close else ""


def unknown_rule_message(code_or_slug: str) -> str:
    """`unknown rule "NK04", did you mean "NK004"?`."""
    return f"unknown rule {quote(code_or_slug)}{did_you_mean(code_or_slug)}"


def get(code_or_slug: str) -> ModuleType:
    """The rule named by a code or slug; an unknown name is a usage error with a suggestion."""
    rule = find(code_or_slug)
    if rule is None:
        raise UsageError(unknown_rule_message(code_or_slug))
    return rule


def summary(rule: ModuleType) -> str:
    """The first line of the rule's docstring."""
    return (rule.__doc__ or "").strip().splitlines()[0] if rule.__doc__ else ""


def documentation(rule: ModuleType) -> str:
    """The rule's docstring for readers: `PASS::` and `FAIL::` become "Passes:" and "Fails:"."""
    lines = inspect.cleandoc(rule.__doc__ or "").splitlines()
    return "\n".join(EXAMPLE_HEADINGS.get(line.strip(), line) for line in lines)
