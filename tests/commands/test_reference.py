"""Tests for the generated field reference in docs/authoring.md and the guide's own examples."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from noticekit.commands.reference import END
from noticekit.commands.reference import START
from noticekit.commands.reference import models_in_order
from noticekit.commands.reference import reference_text
from noticekit.commands.reference import run_reference
from noticekit.errors import UsageError
from noticekit.load import load_source
from noticekit.models import Notice
from noticekit.validate import validate_document

GUIDE = Path(__file__).parents[2] / "docs" / "authoring.md"


def test_committed_reference_is_up_to_date():
    assert run_reference(GUIDE, check=True) == 0, (
        "run `noticekit reference` and commit docs/authoring.md"
    )


def test_reference_documents_every_field_of_every_model():
    text = reference_text()
    for model in models_in_order():
        section = text.split(f"### {model.__name__}\n", 1)[1].split("\n### ", 1)[0]
        for name, field in model.model_fields.items():
            assert f"| `{name}` |" in section, (model.__name__, name)
            assert field.description and field.description.split("`")[0] in section


def test_reference_marks_required_fields_and_codes():
    text = reference_text()
    assert "| `legal_name` | text | **required** | Registered legal name (`Infobric AS`). |" in text
    assert "one of `A6-1-a` … `A6-1-f`, `A9-2-a` … `A9-2-j`" in text
    assert "| `special_category` | true/false | optional, default `false` |" in text
    assert "| `high_impact` | true/false | optional |" in text


def test_check_detects_a_stale_reference_and_write_repairs_it(tmp_path):
    guide = tmp_path / "authoring.md"
    guide.write_text(f"# Guide\n\nprose stays\n\n{START}\nold\n{END}\n\nafter\n", encoding="utf-8")
    assert run_reference(guide, check=True) == 1
    assert run_reference(guide, check=False) == 0
    text = guide.read_text(encoding="utf-8")
    assert text.startswith("# Guide\n\nprose stays\n\n") and text.endswith(f"{END}\n\nafter\n")
    assert "old" not in text.split(START)[1].split(END)[0].splitlines()
    assert run_reference(guide, check=True) == 0


def test_a_guide_without_markers_is_a_usage_error(tmp_path):
    guide = tmp_path / "authoring.md"
    guide.write_text("# Guide\n", encoding="utf-8")
    with pytest.raises(UsageError, match="markers"):
        run_reference(guide, check=False)


def yaml_blocks(markdown: str) -> list[str]:
    return re.findall(r"```yaml\n(.*?)```", markdown, flags=re.DOTALL)


def test_every_yaml_example_in_the_guide_loads(write_notice):
    for block in yaml_blocks(GUIDE.read_text(encoding="utf-8")):
        if block.strip().startswith("#"):
            continue  # the modeline example is a comment only
        _, problems = load_source(write_notice(block, folder="example"))
        assert problems == [], block


def test_the_guides_part_examples_together_form_a_valid_notice(write_notice):
    guide = GUIDE.read_text(encoding="utf-8")
    parts = guide.split("## 3. ", 1)[1].split("## 4. ", 1)[0]
    doc, problems = load_source(write_notice("".join(yaml_blocks(parts)), folder="acme"))
    assert problems == []
    notice, problems = validate_document(doc)
    assert problems == []
    assert isinstance(notice, Notice)
