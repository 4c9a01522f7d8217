"""The complaint authority on a page: the register's official name, the notice's own name kept."""

from __future__ import annotations

from pathlib import Path

from noticekit.models import SupervisoryAuthority
from noticekit.pipeline import BuildOptions
from noticekit.pipeline import build
from noticekit.render.view.rights import authority_view

NOTICES = Path(__file__).resolve().parents[3] / "notices"


def test_a_code_shows_the_official_name_in_the_page_language():
    view = authority_view(SupervisoryAuthority(code="FI-TIETOSUOJA"), "sv")
    assert view["name"] == "Dataombudsmannens byrå"
    assert (
        view["statement"] == "Du kan lämna in ett klagomål till Dataombudsmannens byrå (Finland)."
    )
    assert view["url"] == "https://tietosuoja.fi/"


def test_english_and_german_set_the_name_apart_instead_of_declining_it():
    authority = SupervisoryAuthority(code="DE-BFDI")
    assert authority_view(authority, "de")["statement"] == (
        "Sie können sich bei der Aufsichtsbehörde beschweren: "
        "Bundesbeauftragte für den Datenschutz und die Informationsfreiheit (Deutschland)."
    )
    assert authority_view(SupervisoryAuthority(code="SE-IMY"), "en")["statement"] == (
        "You can lodge a complaint with the supervisory authority: "
        "Swedish Authority for Privacy Protection (Sweden)."
    )


def test_a_former_name_the_notice_keeps_is_shown_beside_the_official_name():
    authority = SupervisoryAuthority(code="SE-IMY", name="Datainspektionen", country="SE")
    assert authority_view(authority, "nb")["statement"] == (
        "Du kan klage til Integritetsskyddsmyndigheten (Sverige). "
        "Denne erklæringen omtaler tilsynet som «Datainspektionen»."
    )


def test_without_a_code_the_page_shows_the_name_the_notice_gives():
    view = authority_view(SupervisoryAuthority(name="Datatilsynet", country="NO"), "nb")
    assert view["statement"] == "Du kan klage til Datatilsynet (Norge)." and view["url"] is None


def test_the_phoniro_page_names_imy_and_keeps_datainspektionen(tmp_path):
    build(
        [NOTICES / "phoniro"],
        BuildOptions(out=tmp_path / "site", languages=["nb"], formats=["html"]),
    )
    page = (tmp_path / "site" / "phoniro" / "nb" / "index.html").read_text(encoding="utf-8")
    assert "Du kan klage til Integritetsskyddsmyndigheten (Sverige)." in page
    assert "Denne erklæringen omtaler tilsynet som «Datainspektionen»." in page
    assert 'href="https://www.imy.se/"' in page


def test_a_current_name_the_notice_gives_stays_beside_the_official_name_of_the_page_language():
    authority = SupervisoryAuthority(code="NO-DATATILSYNET", name="Datatilsynet", country="NO")
    assert authority_view(authority, "en")["statement"] == (
        "You can lodge a complaint with the supervisory authority: "
        "Norwegian Data Protection Authority (Datatilsynet, Norway)."
    )
    assert authority_view(authority, "nb")["statement"] == "Du kan klage til Datatilsynet (Norge)."
