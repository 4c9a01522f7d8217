"""NK045: a material change since `--since` needs a new version, date and history entry."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from diff.support import BASE
from diff.support import BASE_TEXT
from diff.support import edited
from typer.testing import CliRunner

from noticekit.cli import app
from noticekit.lint.base import Baseline
from noticekit.lint.base import RuleContext
from noticekit.lint.rules import nk045_material_change_without_new_version as rule
from noticekit.models import Notice

NOTICE = "notices/base/notice.yaml"
ANALYTICS = {"id": "analytics", "name": {"nb": "Analyse"}, "legal_bases": ["A6-1-f"]}


def new_version(d):
    d.update(version="2.1", effective_date="2025-09-01")
    d["changes"]["history"].insert(
        0, {"date": "2025-09-01", "version": "2.1", "summary": {"nb": "Ny."}}
    )


def findings(edit, since="origin/main"):
    before = Notice.model_validate(BASE)
    after = Notice.model_validate(edited(edit))
    return list(rule.check(after, RuleContext(baseline=Baseline(since, before))))


def test_a_material_change_without_a_new_version_is_an_error_listing_the_changes() -> None:
    [finding] = findings(lambda d: d["purposes"].append(ANALYTICS))
    assert finding.path == ("version",)
    assert finding.message == (
        "1 material change since origin/main needs a new version with its own change-history "
        'entry (the version is still "2.0") and a new effective date (the date is still '
        "2025-06-01): purpose added at purposes.analytics"
    )


def test_a_new_version_date_and_history_entry_make_it_right() -> None:
    assert findings(lambda d: (d["purposes"].append(ANALYTICS), new_version(d))) == []


def without(*pieces: str):
    """The base notice with a purpose added, and a new version, effective date and change-history
    entry, but for `pieces` ("version", "entry", "date": none; "same date": the old one)."""

    def edit(d):
        d["purposes"].append(ANALYTICS)
        new_version(d)
        if "version" in pieces:
            d["version"] = "2.0"
        if "entry" in pieces:
            history = d["changes"]["history"]
            d["changes"]["history"] = [e for e in history if e["version"] not in ("2.0", "2.1")]
        if "date" in pieces:
            del d["effective_date"]
        if "same date" in pieces:
            d["effective_date"] = BASE["effective_date"]

    return edit


NEW_VERSION = 'a new version with its own change-history entry (the version is still "2.0")'


@pytest.mark.parametrize(
    ("pieces", "needed"),
    [
        (["version"], NEW_VERSION),
        (["entry"], 'a change-history entry for the new version "2.1"'),
        # no entry for "2.0" either: the new version needs one all the same
        (["version", "entry"], NEW_VERSION),
        (["same date"], "a new effective date (the date is still 2025-06-01)"),
        (["date"], "an effective date (the notice has none)"),
        (
            ["version", "entry", "date"],
            f"{NEW_VERSION} and an effective date (the notice has none)",
        ),
        (
            ["entry", "same date"],
            'a change-history entry for the new version "2.1" and a new effective date '
            "(the date is still 2025-06-01)",
        ),
    ],
)
def test_each_missing_piece_is_named_in_plain_words(pieces, needed) -> None:
    [finding] = findings(without(*pieces))
    assert finding.message.startswith(f"1 material change since origin/main needs {needed}: ")
    assert finding.message.endswith(": purpose added at purposes.analytics")


def test_several_material_changes_need_it() -> None:
    def edit(d):
        without("version")(d)
        d["purposes"][0]["legal_bases"].append("A6-1-b")

    [finding] = findings(edit)
    assert finding.message.startswith(f"2 material changes since origin/main need {NEW_VERSION}: ")


def test_an_editorial_change_needs_no_new_version() -> None:
    assert findings(lambda d: d["introduction"].update(nb="Ny innledning.")) == []


def test_a_change_the_notice_classifies_editorial_needs_no_new_version() -> None:
    entry = {"kind": "purpose-added", "version": "2.0", "material": False, "reason": "Internal."}
    assert (
        findings(
            lambda d: (d["purposes"].append(ANALYTICS), d.update(change_classifications=[entry]))
        )
        == []
    )


def test_without_since_the_rule_is_silent() -> None:
    after = Notice.model_validate(edited(lambda d: d["purposes"].append(ANALYTICS)))
    assert list(rule.check(after, RuleContext())) == []


def test_a_notice_not_valid_at_the_revision_gives_a_warning() -> None:
    after = Notice.model_validate(BASE)
    baseline = Baseline("origin/main", problem="x.yaml:3:1: [error] bad")
    [finding] = rule.check(after, RuleContext(baseline=baseline))
    assert finding.level == "warning" and "cannot compare with origin/main" in finding.message


@pytest.fixture
def repo(git_repo):
    git_repo.write(NOTICE, BASE_TEXT)
    git_repo.commit("first version")
    git_repo.git("branch", "base")
    (git_repo.root / "noticekit.toml").write_text("[lint]\ndisable = []\n", encoding="utf-8")
    return git_repo


def lint(*args):
    result = CliRunner().invoke(app, ["lint", "--format", "json", *args])
    assert "Traceback" not in result.output
    return result.exit_code, [
        p for p in json.loads(result.output)["problems"] if p["code"] == "NK045"
    ]


def test_lint_since_reports_at_the_version_line(repo) -> None:
    repo.write(NOTICE, BASE_TEXT.replace("legal_bases: [A6-1-a]", "legal_bases: [A6-1-a, A6-1-b]"))
    code, found = lint("--since", "base")
    assert code == 1
    assert [(p["line"], p["level"]) for p in found] == [
        (BASE_TEXT.splitlines().index('version: "2.0"') + 1, "error")
    ]
    assert found[0]["message"].endswith("legal basis added at purposes.newsletter.legal_bases")
    assert lint()[1] == []


def test_lint_since_a_revision_before_the_notice_existed(repo) -> None:
    repo.git("checkout", "-q", "--orphan", "empty")
    repo.git("rm", "-rq", "--cached", ".")
    repo.commit("empty")
    repo.git("checkout", "-q", "-f", "main")
    assert lint("--since", "empty")[1] == []


def test_lint_since_an_unknown_revision_is_a_usage_error(repo) -> None:
    result = CliRunner().invoke(app, ["lint", "--since", "nosuch"])
    assert result.exit_code == 2
    assert result.output == 'Error: unknown git revision "nosuch"\n'


def test_lint_since_stays_light(repo) -> None:
    probe = (
        "import atexit, sys\n"
        "atexit.register(lambda: print('HEAVY=' + ','.join(m for m in ('jinja2', 'babel', "
        "'markdown_it', 'noticekit.render') if m in sys.modules)))\n"
        "sys.argv = ['noticekit', 'lint', '--since', 'base', '--format', 'text']\n"
        "from noticekit.cli import main\nmain()\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=False
    )
    assert "HEAVY=\n" in done.stdout, done.stdout + done.stderr
