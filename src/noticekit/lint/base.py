"""The contract between the lint engine and its rules.

A rule is a module with the constants `CODE`, `NAME`, `LEVEL`, `ARTICLE`, `URL`, a module
docstring (one-line summary, then the article it rests on and PASS/FAIL examples) and a
`check(notice, ctx)` generator that yields `Finding`s. The engine stamps file, line, column,
code and the level onto each finding; a rule never needs to know them. `LEVEL` is the level of
the rule's findings; a finding about information the Regulation asks for only "where
applicable" may carry a lower default of its own (`Finding.level`). A level configured for the
rule applies to all of its findings.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from noticekit.load.source import DataPath
from noticekit.models import Notice
from noticekit.problems import Level


@dataclasses.dataclass(frozen=True)
class Finding:
    """What a rule found, at a data path into the notice (`("purposes", 2, "legal_bases")`)."""

    path: DataPath
    message: str
    #: This finding's default level where it differs from the rule's `LEVEL`.
    level: Level | None = None


@dataclasses.dataclass(frozen=True)
class Baseline:
    """The notice as it was at the revision `lint --since` names (None: not there, or `problem`)."""

    revision: str
    notice: Notice | None = None
    problem: str | None = None


@dataclasses.dataclass
class RuleContext:
    """What a rule may look at besides the notice: its configured options, and with `lint --since`
    the notice as it was then."""

    options: dict[str, Any] = dataclasses.field(default_factory=dict)
    baseline: Baseline | None = None

    def option(self, name: str, default: Any) -> Any:
        return self.options.get(name, default)
