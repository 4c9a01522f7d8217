"""`noticekit import tilt`: every TILT field with a place in the model is mapped, nothing is
invented, what has no place is kept as a comment and reported, and real-world mess never crashes."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from noticekit.cli import app
from noticekit.load import load_source
from noticekit.validate import validate_document

FIXTURES = Path(__file__).parent / "fixtures"


def run_import(tmp_path: Path, fixture: str, *options: str):
    source = fixture if "/" in fixture else str(FIXTURES / f"{fixture}.tilt.json")
    return CliRunner().invoke(
        app, ["import", "tilt", source, "--root", str(tmp_path / "notices"), *options]
    )


def imported(tmp_path: Path, fixture: str = "complete", *options: str):
    """The report and the notice the import wrote, loaded and validated."""
    result = run_import(tmp_path, fixture, *options)
    path = next((tmp_path / "notices").glob("*/notice.yaml"))
    doc, problems = load_source(path)
    assert problems == [], problems
    notice, problems = validate_document(doc)
    return result, doc, notice, problems, path.read_text(encoding="utf-8")


def purpose(doc, purpose_id: str) -> dict:
    return next(item for item in doc.data["purposes"] if item["id"] == purpose_id)


def test_a_document_with_a_controller_and_a_purpose_imports_as_a_valid_notice(tmp_path):
    result, doc, notice, problems, _ = imported(tmp_path)
    assert result.exit_code == 0, result.output
    assert problems == [] and notice is not None
    assert doc.data["id"] == "beispiel-shop"  # from meta.name
    assert doc.data["languages"] == ["de"]  # from meta.language
    assert doc.data["canonical_url"] == "https://shop.example.de/datenschutz"
    assert "it validates" in result.output


def test_bases_recipients_and_storage_of_a_category_go_to_its_purposes(tmp_path):
    _, doc, *_ = imported(tmp_path)
    newsletter, contract, analysis = (
        purpose(doc, name) for name in ("newsletter", "vertragsabwicklung", "analyse")
    )
    assert newsletter["data_categories"] == contract["data_categories"] == ["kontaktdaten"]
    assert newsletter["legal_bases"] == contract["legal_bases"] == ["A6-1-a", "A6-1-b"]
    assert analysis["legal_bases"] == ["A6-1-f"]  # "Art. 6 (1) f DSGVO"
    assert analysis["legitimate_interest"] == {"de": "Wir verbessern unser Angebot."}
    assert newsletter["recipients"] == ["versand-ag", "zahlungsdienstleister"]
    assert analysis["sources"] == ["ihr-browser"]
    # storage limited to the newsletter by purposeConditional; P48H read as PT48H
    assert newsletter["retention"] == {
        "duration": "PT48H",
        "criteria": {"de": "bis zum Widerruf der Einwilligung"},
    }
    assert "retention" not in contract


def test_country_names_become_codes_and_weltweit_stays_text_for_review(tmp_path):
    result, doc, _, _, text = imported(tmp_path)
    assert doc.data["controllers"][0]["country"] == "DE"  # "Deutschland"
    recipients = {item["id"]: item for item in doc.data["recipients"]}
    assert recipients["zahlungsdienstleister"]["countries"] == ["US"]  # "USA"
    worldwide = doc.data["transfers"][1]
    assert worldwide["countries"] == [] and worldwide["description"] == {"de": "weltweit"}
    assert doc.data["transfers"][0]["mechanisms"] == ["A46-2-c"]
    assert "thirdCountryTransfers[1].country: TILT gives no country code" in result.output


def test_the_representative_is_read_as_the_controllers_contact_and_flagged(tmp_path):
    result, doc, _, _, text = imported(tmp_path)
    controller = doc.data["controllers"][0]
    assert controller["email"] == "kontakt@shop.example.de"
    assert "representative" not in controller
    assert "## TILT controller.representative: name: Erika Muster" in text
    assert (
        "controller.representative: TILT's representative is read as the controller's own contact"
        in result.output
    )


def test_what_has_no_place_is_kept_as_a_comment_with_its_tilt_path_and_reported(tmp_path):
    result, _, _, _, text = imported(tmp_path)
    for path, value in [
        ("controller.sector", "G"),
        ("controller.division", "Onlinehandel"),
        ("dataDisclosed[0].recipients[0].address", "Weg 1, Hamburg"),
        ("rightToInformation.identificationEvidences", "Ausweis"),
    ]:
        assert f"## TILT {path}: {value}" in text
        assert f"    {path}: {value}" in result.output
    assert '"TMG-15-3" gives no GDPR legal basis' in result.output


def test_nothing_is_invented_where_tilt_is_silent(tmp_path):
    _, doc, *_ = imported(tmp_path)
    analysis = purpose(doc, "analyse")
    assert "recipients" not in analysis  # TILT's [] is not "no recipients"
    assert "description" not in analysis
    assert [right["right"] for right in doc.data["rights"]] == ["A15", "A16", "A17", "A77"]
    assert "A20" not in {right["right"] for right in doc.data["rights"]}  # available: null
    assert doc.data["dpo"] == {
        "appointed": True,
        "name": "Max Schutz",
        "email": "dsb@shop.example.de",
    }
    assert doc.data["automated_decision_making"] == {"in_use": False}


def test_texts_are_block_style_and_ids_come_from_names(tmp_path):
    _, doc, _, _, text = imported(tmp_path)
    assert "        Wir senden Ihnen Neuigkeiten: Angebote, Tipps, Termine.\n" in text
    assert "      de: |\n        Wir senden Ihnen Neuigkeiten" in text
    assert "{de:" not in text
    assert [category["id"] for category in doc.data["data_categories"]] == [
        "kontaktdaten",
        "nutzungsdaten",
    ]


@pytest.mark.parametrize("fixture", ["stub", "messy"])
def test_empty_stubs_and_messy_documents_never_crash_and_say_what_is_missing(tmp_path, fixture):
    result = run_import(tmp_path, fixture)
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    assert "does not validate yet" in result.output
    assert next((tmp_path / "notices").glob("*/notice.yaml")).is_file()


def test_messy_values_are_kept_not_dropped(tmp_path):
    result = run_import(tmp_path, "messy")
    for kept in (
        "controller.representative: call us",
        "dataDisclosed[0].recipients: x",
        "meta.url: not a url",
    ):
        assert kept in result.output


def test_import_never_overwrites_a_notice(tmp_path):
    target = tmp_path / "notices" / "beispiel-shop" / "notice.yaml"
    target.parent.mkdir(parents=True)
    target.write_text("id: beispiel-shop\n", encoding="utf-8")
    result = run_import(tmp_path, "complete")
    assert result.exit_code == 2 and "never overwrites" in result.output
    assert target.read_text(encoding="utf-8") == "id: beispiel-shop\n"


def test_id_and_language_options(tmp_path):
    _, doc, *_ = imported(tmp_path, "complete", "--id", "shop", "--lang", "en")
    assert doc.data["id"] == "shop" and doc.data["languages"] == ["en"]
    assert doc.data["title"] == {"en": "Beispiel Shop"}


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('{"meta": ', "not JSON"),
        ("[1, 2]", "not a TILT document"),
        ('{"meta": {"name": "x"}}', "--lang"),
    ],
)
def test_bad_input_is_one_line_without_traceback(tmp_path, content, message):
    source = tmp_path / "bad.json"
    source.write_text(content, encoding="utf-8")
    result = run_import(tmp_path, str(source))
    assert result.exit_code in (1, 2)
    assert message in result.output and "Traceback" not in result.output
    assert not (tmp_path / "notices").exists()


def test_the_modeline_finds_the_schema_at_any_root_depth(tmp_path, monkeypatch):
    (tmp_path / ".git").mkdir()
    schema = tmp_path / ".noticekit" / "notice.schema.json"
    schema.parent.mkdir()
    schema.write_text("{}", encoding="utf-8")
    root = tmp_path / "legal" / "privacy" / "notices"
    CliRunner().invoke(
        app, ["import", "tilt", str(FIXTURES / "complete.tilt.json"), "--root", str(root)]
    )
    notice = root / "beispiel-shop" / "notice.yaml"
    first = notice.read_text(encoding="utf-8").splitlines()[0]
    assert (notice.parent / first.split("$schema=")[1]).resolve() == schema.resolve()
