"""The github format: well-formed workflow commands, escaped per the spec, grouped per file."""

from __future__ import annotations

import io
import re

import pytest

from noticekit.problems import Problem
from noticekit.report import github

from .problems import CHECKED
from .problems import PROBLEMS
from .problems import SHOWN
from .problems import UNSAFE

#: `::error file=F,line=L,col=C,title=T::message`, no raw newline, comma or colon inside a property.
COMMAND = re.compile(
    r"^::(error|warning) file=([^,:\r\n]+),line=(\d+),col=(\d+),title=([^,:\r\n]+)::([^\r\n]*)$"
)


@pytest.fixture(autouse=True)
def _no_job_summary(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests that want a job summary set `GITHUB_STEP_SUMMARY` themselves (not the CI's own)."""
    monkeypatch.delenv("GITHUB_STEP_SUMMARY", raising=False)


def render(problems: list) -> list[str]:
    out = io.StringIO()
    github.write(problems, CHECKED, out)
    return out.getvalue().splitlines()


def test_every_line_is_a_group_command_or_the_summary() -> None:
    lines = render(PROBLEMS)
    assert lines[0] == "::group::notices/acme/notice.yaml"
    assert lines[3] == "::endgroup::"
    assert lines[4] == "::group::notices/beta/notice.yaml"
    assert lines[6] == "::endgroup::"
    assert lines[7] == "✖ 3 problems (2 errors, 1 warning) in 3 notices"
    assert all(COMMAND.match(line) for line in lines[1:3] + lines[5:6])


def test_lint_error_names_code_position_and_article() -> None:
    assert render(PROBLEMS)[2] == (
        "::error file=notices/acme/notice.yaml,line=14,col=5,title=NK004::"
        'purpose "analytics" has no Art. 6(1) legal basis (GDPR Art. 13(1)(c), 14(1)(c))'
    )


def test_warning_and_schema_problem_use_their_level_and_a_title() -> None:
    lines = render(PROBLEMS)
    assert lines[1].startswith(
        "::error file=notices/acme/notice.yaml,line=3,col=1,title=noticekit::unknown field"
    )
    assert lines[5].startswith("::warning ") and ",title=NK902::" in lines[5]


def test_message_escapes_percent_and_line_breaks_but_keeps_colons() -> None:
    problem = Problem("a.yaml", 1, 2, "100% done\r\nnext: line")
    assert (
        github.annotation(problem)
        == "::error file=a.yaml,line=1,col=2,title=noticekit::100%25 done%0D%0Anext: line"
    )


def test_properties_escape_colon_and_comma_too() -> None:
    problem = Problem("C:/notices/a,b%/notice.yaml", 1, 1, "x")
    line = github.annotation(problem)
    assert line.startswith("::error file=C%3A/notices/a%2Cb%25/notice.yaml,line=1,")
    assert COMMAND.match(line)


def test_escaping_round_trips() -> None:
    original = "a%b:c,d\ne\rf"
    unescaped = github.escape_property(original)
    for raw, escaped in reversed(github.PROPERTY_ESCAPES):
        unescaped = unescaped.replace(escaped, raw)
    assert unescaped == original


def test_clean_run_prints_only_the_summary() -> None:
    assert render([]) == ["✔ no problems in 3 notices"]


def test_control_characters_are_escaped_after_the_workflow_command_escapes() -> None:
    shown = SHOWN.replace("\\r", "%0D")  # the line break escapes come first
    lines = render([UNSAFE])
    assert lines[0] == f"::group::notices/{shown}/notice.yaml"
    assert lines[1].startswith(f"::error file=notices/{shown}/notice.yaml,line=1,col=1,")
    assert lines[1].endswith(f"::got {shown} here (GDPR Art. 13(1)(c), 14(1)(c))")
    assert COMMAND.match(lines[1])


def test_a_message_cannot_start_a_command_of_its_own() -> None:
    problem = Problem("a.yaml", 1, 1, "x\n::error file=b.yaml::fake\u2028::warning::y\x85::z")
    lines = render([problem])
    assert len(lines) == 4  # group, the one annotation, endgroup, summary
    assert lines[1] == (
        "::error file=a.yaml,line=1,col=1,title=noticekit::"
        "x%0A::error file=b.yaml::fake\\u2028::warning::y\\x85::z"
    )


def many(file: str, level: str, number: int, code: str = "NK004") -> list[Problem]:
    return [
        Problem(file, line, 1, f"finding {line}", level=level, code=code)
        for line in range(1, number + 1)
    ]


def test_at_most_ten_errors_and_ten_warnings_and_a_notice_for_the_rest() -> None:
    problems = (
        many("a.yaml", "error", 15) + many("b.yaml", "error", 10) + many("b.yaml", "warning", 12)
    )
    lines = render(sorted(problems))
    assert sum(line.startswith("::error ") for line in lines) == 10
    assert sum(line.startswith("::warning ") for line in lines) == 10
    notices = [line for line in lines if line.startswith("::notice ")]
    assert notices == [
        "::notice title=noticekit::17 more findings (15 errors, 2 warnings) not shown as "
        "annotations: GitHub shows 10 errors and 10 warnings per step; see the log below and "
        "the job summary"
    ]
    rest = lines[lines.index("::group::more findings") + 1 : -2]
    assert len(rest) == 17 and all(": [error] " in line or ": [warning] " in line for line in rest)


def test_the_most_important_come_first_file_then_level_then_rule() -> None:
    problems = (
        many("a.yaml", "warning", 3, "NK010")
        + many("a.yaml", "error", 6, "NK014")
        + many("a.yaml", "error", 6, "NK004")
        + many("b.yaml", "error", 2, "NK001")
    )
    shown, rest = github.select(sorted(problems))
    assert [(p.file, p.code) for p in shown if p.level == "error"] == (
        [("a.yaml", "NK004")] * 6 + [("a.yaml", "NK014")] * 4
    )
    assert [p.code for p in rest if p.level == "error"] == ["NK014", "NK014", "NK001", "NK001"]
    assert [p.code for p in shown if p.level == "warning"] == ["NK010"] * 3


def test_the_job_summary_gets_every_finding_as_a_table_row(monkeypatch, tmp_path) -> None:
    summary = tmp_path / "summary.md"
    summary.write_text("earlier step\n", encoding="utf-8")
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    odd = Problem("a|b.yaml", 4, 2, "pipe | and\nnewline <b>", code="NK004")
    render([*PROBLEMS, odd, *many("c.yaml", "error", 12)])
    text = summary.read_text(encoding="utf-8")
    assert text.startswith("earlier step\n### noticekit\n")
    rows = [line for line in text.splitlines() if line.startswith("| ") and "---" not in line]
    assert len(rows) == 1 + len(PROBLEMS) + 1 + 12
    assert (
        "| error | a\\|b.yaml | 4 | NK004 GDPR Art. 13(1)(c), 14(1)(c) | "
        "pipe \\| and\\nnewline &lt;b&gt; |" in rows
    )


def test_a_job_summary_that_cannot_be_written_is_a_warning(monkeypatch, tmp_path) -> None:
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(tmp_path / "missing" / "summary.md"))
    lines = render(PROBLEMS)
    assert any(
        line.startswith("::warning title=noticekit::cannot write the job summary") for line in lines
    )
    assert lines[-1] == "✖ 3 problems (2 errors, 1 warning) in 3 notices"
