"""Tests for `noticekit schema`: the committed JSON Schema is the model's, and stale files are
caught."""

from __future__ import annotations

import json
from pathlib import Path

from noticekit.commands.schema import SCHEMA_ID
from noticekit.commands.schema import run_schema
from noticekit.commands.schema import schema_text
from noticekit.models import Notice

COMMITTED = Path(__file__).parents[2] / "schemas" / "notice.schema.json"


def test_committed_schema_is_up_to_date():
    committed = json.loads(COMMITTED.read_text(encoding="utf-8"))
    assert committed == json.loads(schema_text()), "run `noticekit schema` and commit the result"


def test_schema_is_the_models_with_identity():
    schema = json.loads(schema_text())
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["$id"] == SCHEMA_ID
    assert schema["title"] == "noticekit privacy notice"
    assert schema["additionalProperties"] is False
    assert set(schema["properties"]) == set(Notice.model_fields)
    assert (
        schema["properties"]["controllers"]["description"]
        == Notice.model_fields["controllers"].description
    )


def test_schema_text_is_deterministic_sorted_and_ends_with_a_newline():
    text = schema_text()
    assert text == schema_text()
    assert text.endswith("}\n")
    assert list(json.loads(text)) == sorted(json.loads(text))


def test_check_reports_a_stale_file_and_write_fixes_it(tmp_path, capsys):
    out = tmp_path / "schemas" / "notice.schema.json"
    assert run_schema(out, check=True) == 1
    assert not out.exists()
    assert run_schema(out, check=False) == 0
    assert out.read_text(encoding="utf-8") == schema_text()
    assert run_schema(out, check=True) == 0
    out.write_text(schema_text().replace("Title of the notice.", "Old title."), encoding="utf-8")
    assert run_schema(out, check=True) == 1
    assert "is stale; run `noticekit schema`" in capsys.readouterr().out


def loaded(text: str):
    """The data noticekit's loader makes of a text."""
    from noticekit.load.yaml_reader import parse_yaml

    return parse_yaml(text)[0]


def schema_errors(data) -> list[str]:
    import jsonschema

    validator = jsonschema.Draft202012Validator(json.loads(schema_text()))
    return sorted(error.message for error in validator.iter_errors(data))


def test_the_schema_accepts_a_valid_notice_as_an_editor_reads_it(minimal_text):
    data = loaded(minimal_text)
    data["version"] = (
        1.1  # an editor (YAML 1.2) reads `version: 1.10` as a number; noticekit keeps the text
    )
    data["controllers"][0]["registration_number"] = 996878546
    assert schema_errors(data) == []


def test_the_schema_rejects_what_validation_rejects(minimal_text):
    data = loaded(minimal_text)
    data["controllers"][0]["country"] = "no"
    data["purposes"][0]["legal_bases"] = ["A6-1-g"]
    data["purposes"][0]["high_impact"] = "yes"
    data["titel"] = {"nb": "x"}
    errors = schema_errors(data)
    assert len(errors) == 4, errors
    assert any("'titel' was unexpected" in error for error in errors)


def test_shipped_notices_satisfy_the_schema():
    from noticekit.load import load_source

    for path in sorted((COMMITTED.parent.parent / "notices").glob("*/notice.yaml")):
        doc, problems = load_source(path)
        assert problems == []
        assert schema_errors(doc.data) == [], path
