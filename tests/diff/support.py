"""The base notice of the diff tests, as data to edit and as a model."""

from __future__ import annotations

import copy
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

from noticekit.diff.compare import diff_notice
from noticekit.diff.model import NoticeDiff
from noticekit.models import Notice

FIXTURES = Path(__file__).parent / "fixtures"
BASE_TEXT = (FIXTURES / "base.yaml").read_text(encoding="utf-8")
BASE: dict[str, Any] = yaml.safe_load(BASE_TEXT)
BASE["effective_date"] = str(BASE["effective_date"])
BASE["changes"]["history"][0]["date"] = str(BASE["changes"]["history"][0]["date"])


def edited(edit: Callable[[dict[str, Any]], Any]) -> dict[str, Any]:
    """A copy of the base data with `edit` applied."""
    data = copy.deepcopy(BASE)
    edit(data)
    return data


def notice(data: dict[str, Any]) -> Notice:
    return Notice.model_validate(data)


def diff(
    edit: Callable[[dict[str, Any]], Any], before: Callable[[dict[str, Any]], Any] = lambda d: None
) -> NoticeDiff:
    """The diff from the base notice (edited by `before`) to the base notice edited by `edit`."""
    old = edited(before)
    return diff_notice(notice(old), notice(edited(lambda d: (before(d), edit(d)))))


def found(result: NoticeDiff) -> list[tuple[str, str, bool]]:
    """(kind, path, material) of every change."""
    return [(change.kind, change.path, change.material) for change in result.changes]
