"""The first layer: who, how to reach them, what for and on which basis, to whom, how long, rights
and complaints; identical statements collapse into one."""

from __future__ import annotations

from pathlib import Path

import pytest

from noticekit.render.view.context import page_context
from noticekit.validate import load_notices

FIXTURES = Path(__file__).parents[1] / "fixtures"
NOTICES = Path(__file__).resolve().parents[3] / "notices"


def _page(folder: Path, lang: str) -> dict:
    result = load_notices([folder])
    assert result.problems == []
    item = result.notices[0]
    return page_context(item.doc, item.notice, lang, list(item.notice.languages))


@pytest.fixture(scope="module")
def complete() -> dict:
    return _page(FIXTURES / "complete", "en")


def _anchors(group: dict) -> list[str]:
    return [purpose["anchor"] for purpose in group["purposes"]]


def test_purposes_without_a_stated_basis_collapse_into_one_statement():
    infobric = _page(NOTICES / "infobric", "nb")
    [group] = infobric["summary"]["bases"]
    assert group["label"] is None and len(group["purposes"]) == len(infobric["purposes"]) == 17
    [retention] = infobric["summary"]["retention"]
    assert retention["label"] is None and len(retention["purposes"]) == 17


def test_purposes_sharing_a_basis_or_a_retention_statement_are_listed_once_under_it(complete):
    bases = {
        tuple(map(str, group["label"] or ())): _anchors(group)
        for group in complete["summary"]["bases"]
    }
    assert bases[("Contract",)] == ["purpose-orders"]
    assert bases[("Legitimate interests",)] == ["purpose-marketing"]
    assert bases[()] == ["purpose-fraud"]
    retention = {
        group["label"] and tuple(map(str, group["label"])): _anchors(group)
        for group in complete["summary"]["retention"]
    }
    assert retention[None] == ["purpose-marketing", "purpose-fraud"]
    assert retention[("As long as the law requires.",)] == ["purpose-accounting"]


def test_who_is_responsible_comes_with_e_mail_and_phone(complete):
    shop = complete["summary"]["controllers"][0]
    assert (shop["name"], shop["email"], shop["phone"]) == (
        "Example Shop AS",
        "privacy@shop.example",
        "+47 22 00 00 00",
    )
    assert complete["summary"]["dpo"]["appointed"] is True


def test_no_dpo_in_the_summary_where_none_is_appointed_or_stated():
    assert _page(NOTICES / "phoniro", "nb")["summary"]["dpo"] is None


def test_the_complaint_names_the_notice_s_authority_or_gives_the_law(complete):
    phoniro = _page(NOTICES / "phoniro", "nb")["summary"]["complaint"]
    assert phoniro == {
        "statement": "Du kan klage til Integritetsskyddsmyndigheten (Sverige). Denne erklæringen "
        "omtaler tilsynet som «Datainspektionen».",
        "anchor": "right-a77",
        "law": None,
    }
    fallback = _page(FIXTURES / "fallback", "en")["summary"]["complaint"]
    assert fallback["statement"] is None and fallback["law"].startswith(
        "You have the right to lodge"
    )


def test_transfer_countries_come_from_the_transfers(complete):
    assert complete["summary"]["transfer_countries"] == sorted(
        {country for transfer in complete["transfers"] for country in transfer["countries"]}
    )
    assert complete["summary"]["transfer_countries"]
