"""The rules on the shipped notices: the example is clean, the two seeds show their real gaps."""

from __future__ import annotations

from pathlib import Path

import pytest

from noticekit.lint.config import LintConfig
from noticekit.lint.engine import lint_notice
from noticekit.problems import Problem
from noticekit.validate import load_notices

NOTICES = Path(__file__).resolve().parents[3] / "notices"


def lint(name: str) -> list[Problem]:
    path = NOTICES / name / "notice.yaml"
    if not path.exists():
        pytest.skip(f"{path} is not there")
    result = load_notices([path])
    assert result.problems == [] and len(result.notices) == 1
    loaded = result.notices[0]
    return lint_notice(loaded.doc, loaded.notice, LintConfig())


def codes(problems: list[Problem]) -> set[str]:
    return {problem.code for problem in problems if problem.code}


def test_the_example_lints_clean():
    assert [str(problem) for problem in lint("example")] == []


def test_phoniro_shows_its_gaps():
    problems = lint("phoniro")
    assert {
        "NK003",  # no DPO statement
        "NK004",  # purposes with no legal basis
        "NK006",  # the balancing sentence identifies no legitimate interest
        "NK009",  # purposes without recipients
        "NK015",  # "aldri ... lenger enn det som er nødvendig"
        "NK016",  # no restriction or objection right
        "NK017",  # legitimate-interest marketing without the right to object
        "NK019",  # nothing on which data is required
        "NK020",  # automated decisions not addressed
    } <= codes(problems)
    vague = [problem.message for problem in problems if problem.code == "NK015"]
    assert any("lenger enn det som er nødvendig" in message for message in vague)


def test_infobric_shows_its_gaps():
    problems = lint("infobric")
    assert {
        "NK003",  # no DPO statement
        "NK004",  # purposes with no legal basis
        "NK012",  # transfer outside the EU/EEA without country or mechanism
        "NK014",  # purposes without retention
        "NK021",  # sources without a word on whether they are public
        "NK024",  # joint control for the websites: one named controller, no essence
        "NK037",  # ... and no Art. 26(3) statement
    } <= codes(problems)
