"""Tests for `noticekit schema`: the committed JSON Schema is the model's, and stale files are caught."""

from __future__ import annotations

import json
from pathlib import Path

from noticekit.models import Notice
from noticekit.schema import SCHEMA_ID
from noticekit.schema import run_schema
from noticekit.schema import schema_text

COMMITTED = Path(__file__).parent.parent / "schemas" / "notice.schema.json"


def test_committed_schema_is_up_to_date():
    assert COMMITTED.read_text(encoding="utf-8") == schema_text(), "run `noticekit schema` and commit the result"


def test_schema_is_the_models_with_identity():
    schema = json.loads(schema_text())
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["$id"] == SCHEMA_ID
    assert schema["title"] == "noticekit privacy notice"
    assert schema["additionalProperties"] is False
    assert set(schema["properties"]) == set(Notice.model_fields)
    assert schema["properties"]["controllers"]["description"] == Notice.model_fields["controllers"].description


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
