"""SARIF 2.1.0 for code scanning: results, plus every rule's metadata from the lint registry.

Messages carry control characters escaped (`\\x1b`), as in every format; paths are URIs.
"""

from __future__ import annotations

import inspect
import json
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType
from typing import Any
from typing import TextIO
from urllib.parse import quote

from noticekit import __version__
from noticekit.lint import registry
from noticekit.problems import Problem
from noticekit.quoting import escape_controls

SCHEMA = (
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
)
#: Rule id for schema and load problems, which carry no lint code.
VALIDATION_ID = "validation"


def write(problems: Sequence[Problem], checked: Sequence[str], out: TextIO) -> None:
    json.dump(document(problems, checked), out, ensure_ascii=False, indent=2)
    out.write("\n")


def document(problems: Sequence[Problem], checked: Sequence[str]) -> dict[str, Any]:
    """The whole SARIF log: one run of noticekit."""
    descriptors = [_descriptor(rule) for rule in registry.all_rules().values()]
    descriptors += [_other_descriptor(code) for code in _other_codes(problems)]
    index = {descriptor["id"]: position for position, descriptor in enumerate(descriptors)}
    return {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {"name": "noticekit", "version": __version__, "rules": descriptors}
                },
                "artifacts": [{"location": _location(file)} for file in checked],
                "results": [_result(problem, index) for problem in problems],
                "columnKind": "unicodeCodePoints",
            }
        ],
    }


def _descriptor(rule: ModuleType) -> dict[str, Any]:
    doc = inspect.cleandoc(rule.__doc__ or "")
    return {
        "id": rule.CODE,
        "name": rule.NAME,
        "shortDescription": {"text": registry.summary(rule)},
        "fullDescription": {"text": doc},
        "help": {"text": f"{doc}\n\n{rule.ARTICLE}: {rule.URL}"},
        "helpUri": rule.URL,
        "defaultConfiguration": {"level": rule.LEVEL},
        "properties": {"article": rule.ARTICLE, "tags": ["gdpr", "privacy-notice"]},
    }


def _other_codes(problems: Sequence[Problem]) -> list[str]:
    codes = {problem.code or VALIDATION_ID for problem in problems}
    return sorted(code for code in codes if registry.find(code) is None)


def _other_descriptor(code: str) -> dict[str, Any]:
    text = "the notice file is not valid YAML or does not match the notice schema"
    return {
        "id": code,
        "name": code,
        "shortDescription": {"text": text},
        "defaultConfiguration": {"level": "error"},
        "properties": {"tags": ["schema"]},
    }


def _result(problem: Problem, index: dict[str, int]) -> dict[str, Any]:
    rule_id = problem.code if problem.code in index else VALIDATION_ID
    return {
        "ruleId": rule_id,
        "ruleIndex": index[rule_id],
        "level": problem.level,
        "message": {"text": escape_controls(problem.message)},
        "locations": [
            {
                "physicalLocation": {
                    "artifactLocation": _location(problem.file),
                    "region": {"startLine": problem.line, "startColumn": problem.col},
                }
            }
        ],
    }


def _location(file: str) -> dict[str, str]:
    path = Path(file)
    if path.is_absolute():
        return {"uri": path.as_uri()}
    return {"uri": quote(path.as_posix()), "uriBaseId": "%SRCROOT%"}
