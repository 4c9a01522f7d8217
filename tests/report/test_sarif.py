"""The sarif format: valid SARIF 2.1.0 (checked against the OASIS schema) with rule metadata."""

from __future__ import annotations

import io
import json
from pathlib import Path

import jsonschema
import pytest

from noticekit.lint import registry
from noticekit.report import sarif

from .problems import CHECKED
from .problems import PROBLEMS
from .problems import SHOWN
from .problems import UNSAFE

SCHEMA = json.loads(
    (Path(__file__).parent / "data" / "sarif-schema-2.1.0.json").read_text(encoding="utf-8")
)


def render(problems: list) -> dict:
    out = io.StringIO()
    sarif.write(problems, CHECKED, out)
    return json.loads(out.getvalue())


@pytest.mark.parametrize("problems", [PROBLEMS, []], ids=["problems", "clean"])
def test_log_validates_against_the_sarif_2_1_0_schema(problems: list) -> None:
    jsonschema.Draft4Validator(SCHEMA).validate(render(problems))


def test_log_declares_its_version_and_tool() -> None:
    log = render(PROBLEMS)
    assert log["version"] == "2.1.0"
    assert log["runs"][0]["tool"]["driver"]["name"] == "noticekit"


def test_driver_lists_every_registered_rule_with_its_metadata() -> None:
    rules = {rule["id"]: rule for rule in render([])["runs"][0]["tool"]["driver"]["rules"]}
    assert set(rules) == set(registry.all_rules())
    nk004 = rules["NK004"]
    assert nk004["name"] == "purpose-without-legal-basis"
    assert (
        nk004["shortDescription"]["text"] == "Every purpose has at least one Art. 6(1) legal basis."
    )
    assert "PASS" in nk004["fullDescription"]["text"] and "FAIL" in nk004["fullDescription"]["text"]
    assert nk004["helpUri"] == "https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_13"
    assert nk004["defaultConfiguration"] == {"level": "error"}
    assert nk004["properties"]["article"] == "GDPR Art. 13(1)(c), 14(1)(c)"


def test_results_point_at_rule_file_line_and_column() -> None:
    run = render(PROBLEMS)["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    result = run["results"][1]
    assert result["ruleId"] == "NK004"
    assert rules[result["ruleIndex"]]["id"] == "NK004"
    assert result["level"] == "error"
    assert result["message"]["text"] == 'purpose "analytics" has no Art. 6(1) legal basis'
    location = result["locations"][0]["physicalLocation"]
    assert location["artifactLocation"] == {
        "uri": "notices/acme/notice.yaml",
        "uriBaseId": "%SRCROOT%",
    }
    assert location["region"] == {"startLine": 14, "startColumn": 5}


def test_configured_level_shows_on_the_result() -> None:
    assert render(PROBLEMS)["runs"][0]["results"][2]["level"] == "warning"


def test_schema_problems_get_a_validation_rule() -> None:
    run = render(PROBLEMS)["runs"][0]
    result = run["results"][0]
    assert result["ruleId"] == "validation"
    assert run["tool"]["driver"]["rules"][result["ruleIndex"]]["id"] == "validation"


def test_checked_files_are_listed_as_artifacts() -> None:
    artifacts = render([])["runs"][0]["artifacts"]
    assert [artifact["location"]["uri"] for artifact in artifacts] == CHECKED


def test_lint_of_the_shipped_notices_gives_valid_sarif(monkeypatch: pytest.MonkeyPatch) -> None:
    from noticekit.lint.command import run_lint

    root = Path(__file__).resolve().parents[2]
    monkeypatch.chdir(root)
    out = io.StringIO()
    assert run_lint([Path("notices")], "sarif", False, None, out) in (0, 1)
    log = json.loads(out.getvalue())
    jsonschema.Draft4Validator(SCHEMA).validate(log)
    uris = {
        result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
        for result in log["runs"][0]["results"]
    }
    assert uris <= {
        f"notices/{path.parent.name}/notice.yaml" for path in root.glob("notices/*/notice.yaml")
    }


def test_control_characters_in_the_message_are_escaped() -> None:
    result = render([UNSAFE])["runs"][0]["results"][0]
    assert result["message"]["text"] == f"got {SHOWN} here"
