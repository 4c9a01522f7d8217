"""View data: texts picked by language, fallbacks marked, missing texts located, ids resolved."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from noticekit.render.view.context import page_context
from noticekit.render.view.picker import MissingTextsError
from noticekit.render.view.picker import Text
from noticekit.validate import load_notices

FIXTURES = Path(__file__).parents[1] / "fixtures"


def loaded(name: str):
    result = load_notices([FIXTURES / name])
    assert result.problems == []
    return result.notices[0]


def test_texts_are_picked_in_the_page_language():
    item = loaded("complete")
    page = page_context(item.doc, item.notice, "nb", ["en", "nb"])
    assert page["title"] == Text("Personvernerklæring for Example Shop AS")
    assert page["purposes"][0]["data_categories"][0]["name"] == Text("Kontaktopplysninger")
    assert page["purposes"][0]["retention"]["duration"] == "5 år"


def test_fallback_texts_carry_the_fallback_language():
    item = loaded("fallback")
    page = page_context(item.doc, item.notice, "nb", ["en", "nb"])
    assert page["introduction"] == Text("Only in English.", "en")
    assert page["purposes"][0]["description"] == Text("Også på norsk.")


def test_missing_texts_are_all_reported_at_their_position():
    item = loaded("missing")
    with pytest.raises(MissingTextsError) as raised:
        page_context(item.doc, item.notice, "nb", ["en", "nb"])
    problems = raised.value.problems
    assert [(p.line, p.col, p.path) for p in problems] == [
        (15, 7, ("purposes", 1, "name")),
        (16, 18, ("purposes", 1, "description")),
    ]
    assert problems[0].file.endswith("missing/notice.yaml")
    assert 'missing in "nb"' in problems[0].message and '"en"' in problems[0].message
    assert raised.value.exit_code == 1


def test_objection_sets_the_right_to_object_apart_with_its_purposes():
    item = loaded("complete")
    page = page_context(item.doc, item.notice, "en", ["en", "nb"])
    groups = {group["code"]: group for group in page["objection"]["groups"]}
    assert [p["anchor"] for p in groups["A21-2"]["purposes"]] == ["purpose-marketing"]
    assert groups["A21"]["listed"]["code"] == "A21" and groups["A21"]["purposes"] == []
    assert "A21" not in [r["code"] for r in page["rights"]]


def test_objection_is_absent_where_nothing_calls_for_it():
    item = loaded("fallback")
    assert page_context(item.doc, item.notice, "en", ["en", "nb"])["objection"] is None


def test_ids_resolve_to_their_objects_and_absent_recipients_stay_none():
    item = loaded("complete")
    purposes = {
        p["anchor"]: p for p in page_context(item.doc, item.notice, "en", ["en"])["purposes"]
    }
    assert [r["name"] for r in purposes["purpose-orders"]["recipients"]] == ["Fast Courier AS"]
    assert purposes["purpose-marketing"]["recipients"] == []
    assert purposes["purpose-fraud"]["recipients"] is None
    assert (
        purposes["purpose-fraud"]["legal_bases"] == []
        and purposes["purpose-fraud"]["retention"] is None
    )


def test_translated_pages_name_their_status_and_the_authoritative_language():
    item = loaded("versions")
    assert page_context(item.doc, item.notice, "nb", ["nb", "en", "sv"])["language_status"] is None
    en = page_context(item.doc, item.notice, "en", ["nb", "en", "sv"])["language_status"]
    assert en == {
        "status": "translation",
        "translated_from": "Norwegian Bokmål",
        "note": "Translated for this project.",
        "authoritative": {"tag": "nb", "name": "Norwegian Bokmål", "built": True},
    }
    sv = page_context(item.doc, item.notice, "sv", ["sv"])["language_status"]
    assert sv["status"] == "machine-translation" and sv["authoritative"]["built"] is False


def test_docs_name_every_key_of_the_page_view_data_in_order():
    """docs/templates.md tells template authors what `page` holds: every key, in order."""
    docs = (Path(__file__).parents[3] / "docs" / "templates.md").read_text(encoding="utf-8")
    table = docs.split("`page` holds")[1].split("\n\n")[1]
    documented = [
        name
        for row in table.splitlines()[2:]
        for name in re.findall(r"`([a-z_]+)`", row.split(" | ")[0])
    ]
    item = loaded("complete")
    page = page_context(item.doc, item.notice, "nb", ["en", "nb"])
    assert documented == list(page)
