"""The github format: well-formed workflow commands, escaped per the spec, grouped per file."""

from __future__ import annotations

import io
import re

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
