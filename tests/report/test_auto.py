"""`--format auto` picks github under GitHub Actions, else text; unknown names are usage errors."""

from __future__ import annotations

import io

import pytest

from noticekit import report
from noticekit.errors import UsageError
from noticekit.report import auto

from .problems import CHECKED
from .problems import PROBLEMS


def render(monkeypatch: pytest.MonkeyPatch, actions: str | None) -> str:
    monkeypatch.delenv("GITHUB_STEP_SUMMARY", raising=False)
    if actions is None:
        monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    else:
        monkeypatch.setenv("GITHUB_ACTIONS", actions)
    out = io.StringIO()
    auto.write(PROBLEMS, CHECKED, out)
    return out.getvalue()


def test_github_actions_gets_annotations(monkeypatch: pytest.MonkeyPatch) -> None:
    assert render(monkeypatch, "true").startswith("::group::")


def test_elsewhere_gets_text(monkeypatch: pytest.MonkeyPatch) -> None:
    assert render(monkeypatch, None).startswith("notices/acme/notice.yaml\n")


def test_every_documented_format_is_registered() -> None:
    assert set(report.FORMATTERS) == {"auto", "text", "json", "github", "sarif"}


def test_unknown_format_suggests_the_closest() -> None:
    with pytest.raises(UsageError, match=r'unknown format "sarf", did you mean "sarif"\?'):
        report.get("sarf")


def test_unrelated_format_lists_the_choices() -> None:
    with pytest.raises(UsageError, match=r"expected one of auto, text, json, github, sarif"):
        report.get("xml")
