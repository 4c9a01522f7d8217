"""The JSON format parses and carries every problem with its rule, article and data path."""

from __future__ import annotations

import io
import json

from noticekit.report import json as json_report

from .problems import CHECKED
from .problems import PROBLEMS
from .problems import SHOWN
from .problems import UNSAFE


def render(problems: list) -> dict:
    out = io.StringIO()
    json_report.write(problems, CHECKED, out)
    return json.loads(out.getvalue())


def test_document_has_notices_summary_and_problems() -> None:
    document = render(PROBLEMS)
    assert document["notices"] == CHECKED
    assert document["summary"] == {"problems": 3, "errors": 2, "warnings": 1}
    assert len(document["problems"]) == 3


def test_lint_problem_carries_its_rule_and_article() -> None:
    assert render(PROBLEMS)["problems"][1] == {
        "file": "notices/acme/notice.yaml",
        "line": 14,
        "col": 5,
        "level": "error",
        "code": "NK004",
        "rule": "purpose-without-legal-basis",
        "article": "GDPR Art. 13(1)(c), 14(1)(c)",
        "message": 'purpose "analytics" has no Art. 6(1) legal basis',
        "path": ["purposes", 1, "legal_bases"],
    }


def test_schema_problem_has_no_rule() -> None:
    first = render(PROBLEMS)["problems"][0]
    assert (first["code"], first["rule"], first["article"]) == (None, None, None)


def test_text_outside_ascii_is_kept_readable() -> None:
    out = io.StringIO()
    problem = PROBLEMS[0].__class__(
        "notices/å/notice.yaml", 1, 1, 'vague phrase "så lenge det er nødvendig"'
    )
    json_report.write([problem], CHECKED, out)
    assert "så lenge det er nødvendig" in out.getvalue()


def test_control_characters_in_file_and_message_are_escaped() -> None:
    out = io.StringIO()
    json_report.write([UNSAFE], [UNSAFE.file], out)
    document = json.loads(out.getvalue())
    assert document["notices"] == [f"notices/{SHOWN}/notice.yaml"]
    assert document["problems"][0]["file"] == f"notices/{SHOWN}/notice.yaml"
    assert document["problems"][0]["message"] == f"got {SHOWN} here"
