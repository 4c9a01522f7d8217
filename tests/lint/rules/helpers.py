"""Test harness for lint rules: run one rule on the base notice with some top-level keys
replaced."""

from __future__ import annotations

import itertools
import tempfile
from pathlib import Path
from types import ModuleType
from typing import Any

import yaml

from noticekit.lint.config import LintConfig
from noticekit.lint.engine import run_rule
from noticekit.lint.engine import stamp
from noticekit.load import load_source
from noticekit.load.source import SourceDocument
from noticekit.models import Notice
from noticekit.validate import validate_document

FIXTURES = Path(__file__).parent / "fixtures"
BASE = (FIXTURES / "base.yaml").read_text(encoding="utf-8")

Result = tuple[int, str, str]


def compose(snippet: str, base: str = BASE) -> tuple[str, int]:
    """The base notice with every top-level key of `snippet` replaced by the snippet's.

    Returns the text and the number of base lines kept before the snippet, so that a finding
    on line `n` of the text is on line `n - offset` of the snippet.
    """
    replaced = set(yaml.safe_load(snippet) or {})
    root = yaml.compose(base)
    lines = base.splitlines()
    starts = [(key.start_mark.line, key.value) for key, _ in root.value] + [(len(lines), None)]
    kept = lines[: starts[0][0]]
    for (start, key), (end, _) in itertools.pairwise(starts):
        if key not in replaced:
            kept.extend(lines[start:end])
    return "\n".join([*kept, snippet.strip("\n"), ""]), len(kept)


def load(text: str) -> tuple[SourceDocument, Notice]:
    """Load a notice through the project loader and validator; fail the test on any problem."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "base" / "notice.yaml"
        path.parent.mkdir()
        path.write_text(text, encoding="utf-8")
        doc, problems = load_source(path)
        notice = None
        if doc is not None:
            notice, more = validate_document(doc)
            problems = [*problems, *more]
    assert doc is not None and notice is not None and not problems, "\n".join(map(str, problems))
    return doc, notice


def run(
    rule: ModuleType, text: str, options: dict[str, Any] | None = None
) -> list[tuple[int, str, str, str]]:
    """(line, code, level, message) of every finding of `rule` on a whole notice text, stamped by
    the engine."""
    doc, notice = load(text)
    config = LintConfig(options={rule.CODE: options or {}})
    stamped = [stamp(doc, rule, config, finding) for finding in run_rule(rule, notice, config)]
    return sorted(
        (problem.line, problem.code, problem.level, problem.message) for problem in stamped
    )


def check(
    rule: ModuleType, snippet: str = "", options: dict[str, Any] | None = None
) -> list[Result]:
    """(line, code, level) of every finding of `rule`; lines count from the snippet's first line."""
    text, offset = compose(snippet)
    return [(line - offset, code, level) for line, code, level, _ in run(rule, text, options)]


def messages(
    rule: ModuleType, snippet: str = "", options: dict[str, Any] | None = None
) -> list[str]:
    """The messages of every finding of `rule` on the base notice with `snippet` applied."""
    return [message for *_, message in run(rule, compose(snippet)[0], options)]
