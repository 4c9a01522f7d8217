"""Rights on the page: each purpose under the right to object the law attaches to it, and the rights
the notice does not list shown only as the law's."""

from __future__ import annotations

from pathlib import Path

import pytest

from noticekit.i18n import right_text
from noticekit.models import Purpose
from noticekit.pipeline import BuildOptions
from noticekit.pipeline import build
from noticekit.render.view.context import page_context
from noticekit.render.view.rights import objection_right
from noticekit.validate import load_notices

NOTICE = """\
id: objecting
title: {en: Objecting, nb: Protest}
version: "1"
languages: [en, nb]
collection: [direct]
controllers:
  - id: org
    legal_name: Org AS
    email: org@org.example
purposes:
  - id: newsletter
    name: {en: Newsletter, nb: Nyhetsbrev}
    legal_bases: [A6-1-f]
    legitimate_interest:
      en: Telling customers about new products.
      nb: Fortelle kunder om nye produkter.
    direct_marketing: true
    objection: {en: Click unsubscribe., nb: Klikk avmeld.}
  - id: security
    name: {en: Security logs, nb: Sikkerhetslogger}
    legal_bases: [A6-1-f]
    legitimate_interest: {en: Keeping the service secure., nb: Holde tjenesten sikker.}
  - id: survey
    name: {en: Surveys, nb: Undersøkelser}
    objection: {en: Say no when we call., nb: Si nei når vi ringer.}
  - id: orders
    name: {en: Orders, nb: Bestillinger}
    legal_bases: [A6-1-b]
rights:
  - right: A15
    description: {en: Ask us., nb: Spør oss.}
  - right: A21
    description: {en: Write to us., nb: Skriv til oss.}
"""


@pytest.fixture(scope="module")
def notice_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("notices") / "objecting"
    folder.mkdir()
    (folder / "notice.yaml").write_text(NOTICE, encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def page(notice_dir: Path) -> dict:
    result = load_notices([notice_dir])
    assert result.problems == []
    [loaded] = result.notices
    return page_context(loaded.doc, loaded.notice, "en", ["en", "nb"])


@pytest.mark.parametrize(
    ("direct_marketing", "dpv", "bases", "expected"),
    [
        (True, [], ["A6-1-f"], "A21-2"),
        (True, [], [], "A21-2"),
        (
            None,
            ["dpv:DirectMarketing"],
            ["A6-1-f"],
            "A21-2",
        ),  # the DPV term says it where the flag is absent
        (False, ["dpv:DirectMarketing"], ["A6-1-f"], "A21"),  # the flag says it is not
        (
            None,
            ["dpv:Marketing"],
            ["A6-1-f"],
            "A21",
        ),  # marketing is not necessarily direct marketing
        (None, [], ["A6-1-f"], "A21"),
        (False, [], ["A6-1-e"], "A21"),
        (None, [], ["A6-1-a", "A6-1-b"], None),
        (None, [], [], None),
    ],
)
def test_the_law_decides_which_right_to_object_a_purpose_has(
    direct_marketing, dpv, bases, expected
):
    purpose = Purpose(
        id="p", name={"en": "P"}, direct_marketing=direct_marketing, dpv=dpv, legal_bases=bases
    )
    assert objection_right(purpose) == expected


def test_direct_marketing_goes_under_the_absolute_right_and_never_under_art_21_1(page):
    groups = {group["code"]: group for group in page["objection"]["groups"]}
    assert [p["anchor"] for p in groups["A21-2"]["purposes"]] == ["purpose-newsletter"]
    assert [p["anchor"] for p in groups["A21"]["purposes"]] == ["purpose-security"]
    assert [group["code"] for group in page["objection"]["groups"]] == ["A21-2", "A21"]


def test_a_listed_right_to_object_keeps_the_notice_words_and_an_unlisted_one_is_the_law_s(page):
    groups = {group["code"]: group for group in page["objection"]["groups"]}
    assert str(groups["A21"]["listed"]["description"]) == "Write to us."
    assert groups["A21-2"]["listed"] is None
    assert groups["A21-2"]["standard_text"] == right_text("A21-2", "en")


def test_an_opt_out_without_a_right_to_object_is_not_attached_to_one(page):
    assert [p["anchor"] for p in page["objection"]["opt_outs"]] == ["purpose-survey"]
    purposes = {p["anchor"]: p for p in page["purposes"]}
    assert purposes["purpose-survey"]["objection_right"] is None
    assert purposes["purpose-orders"]["objection_right"] is None


def test_rights_the_notice_does_not_list_are_shown_only_as_the_law_s(page):
    assert [right["code"] for right in page["rights"]] == ["A15"]
    by_law = [right["code"] for right in page["rights_by_law"]]
    assert by_law == ["A16", "A17", "A18", "A19", "A20", "A22", "A7-3", "A77"]
    assert all(
        set(right) == {"anchor", "code", "citation", "name", "standard_text"}
        for right in page["rights_by_law"]
    )


def test_the_pages_set_the_rights_apart(notice_dir: Path, tmp_path: Path):
    build([notice_dir], BuildOptions(out=tmp_path / "site"))
    html = (tmp_path / "site" / "objecting" / "nb" / "index.html").read_text(encoding="utf-8")
    markdown = (tmp_path / "site" / "objecting" / "nb" / "notice.md").read_text(encoding="utf-8")
    for text in (html, markdown):
        objection = text.split('id="objection"')[1].split('id="rights"')[0]
        absolute = objection.split('id="right-a21-2"')[1].split('id="right-a21"')[0]
        assert "Nyhetsbrev" in absolute and "tvingende berettigede grunner" not in absolute
        assert "Du trenger ikke å begrunne protesten" in absolute
        general = objection.split('id="right-a21"')[1]
        assert "Sikkerhetslogger" in general and "Nyhetsbrev" not in general
        assert "Du har også disse rettighetene etter loven" in text
        assert "Hva loven sier" in text
