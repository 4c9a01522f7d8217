"""Lines that read as a reader expects: every value labelled, no label repeated as its own value,
no unexplained marker, no heading with nothing under it, cookies as a table."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from tests.render.conftest import Page

from noticekit.pipeline import BuildOptions
from noticekit.pipeline import build

MINIMAL = Path(__file__).parents[1] / "fixtures" / "notices" / "minimal" / "notice.yaml"
COOKIES = """
cookies:
  items:
    - id: session
      name: {nb: økt, en: session}
      purpose: {nb: Holder deg innlogget., en: Keeps you logged in.}
      category: strictly-necessary
      party: first-party
    - id: stats
      name: {nb: _stats, en: _stats}
      provider: Matomo
      purpose: {nb: Teller besøk., en: Counts visits.}
      duration: {nb: 13 måneder, en: 13 months}
"""


@pytest.fixture(scope="module")
def minimal_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The minimal notice (a group of people named only) with two cookies, built."""
    root = tmp_path_factory.mktemp("wording")
    notice = root / "notices" / "minimal" / "notice.yaml"
    notice.parent.mkdir(parents=True)
    notice.write_text(MINIMAL.read_text(encoding="utf-8") + COOKIES, encoding="utf-8")
    build([root / "notices"], BuildOptions(out=root / "site", history="off"))
    return root / "site"


def text_of(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


def test_the_collection_line_is_labelled(page, markdown_page):
    html = text_of(page("complete", "en").source)
    assert "Where we get your data from: Collected from you" in html
    assert "**Where we get your data from**: Collected from you" in markdown_page("complete", "en")


def test_a_high_impact_purpose_is_labelled_in_words_not_by_a_marker(page):
    en = page("complete", "en")
    assert '::before { content: "! "' not in en.source
    flagged = [p for p in en.find("p") if p.attrs.get("class") == "flag"]
    assert "Processing to note in particular" in [p.text for p in flagged]


def test_the_objection_label_links_to_the_right_and_is_not_repeated_as_the_value(page):
    en = page("complete", "en")
    labels = [dt for dt in en.find("dt") if dt.attrs.get("class") == "objection"]
    values = [dd for dd in en.find("dd") if dd.attrs.get("class") == "objection"]
    pairs = zip(labels[1:], values[1:], strict=True)  # [0]: the summary's
    boxed = [(dt.text.strip(), dd.text.strip()) for dt, dd in pairs]
    assert boxed == [("Your right to object", 'Click "unsubscribe" in any newsletter.')]
    assert any(a.attrs.get("href") == "#right-a21-2" for a in en.find("a"))


def test_a_group_of_people_only_named_is_a_list_item_not_an_empty_heading(minimal_site: Path):
    page = Page((minimal_site / "minimal" / "en" / "index.html").read_text(encoding="utf-8"))
    assert [li.text for li in page.find("li", id="subjects-customers")] == ["Customers"]
    assert page.find("h3", id="subjects-customers-title") == []
    markdown = (minimal_site / "minimal" / "en" / "notice.md").read_text(encoding="utf-8")
    assert '- <a id="subjects-customers"></a>Customers' in markdown


def test_cookies_are_a_table_with_six_columns_and_not_stated_where_silent(minimal_site: Path):
    page = Page((minimal_site / "minimal" / "nb" / "index.html").read_text(encoding="utf-8"))
    heads = [th.text for th in page.find("th", scope="col")]
    assert heads == [
        "Navn",
        "Levert av",
        "Formål",
        "Kategori",
        "Varighet",
        "Første- eller tredjepart",
    ]
    rows = {
        row_id: text_of(section).strip()
        for row_id, section in re.findall(r'<tr id="([^"]+)">(.*?)</tr>', page.source, re.S)
    }
    not_stated = "Ikke oppgitt i denne erklæringen"
    assert rows["cookie-session"] == (
        f"økt {not_stated} Holder deg innlogget. Strengt nødvendige {not_stated} Førstepart"
    )
    assert rows["cookie-stats"] == (
        f"_stats Matomo Teller besøk. {not_stated} 13 måneder {not_stated}"
    )
    assert "Minimal" not in rows["cookie-session"] and "Acme" not in rows["cookie-session"]


def test_the_summary_lists_a_right_to_object_with_its_purposes_not_alone(page, markdown_page):
    en = page("complete", "en")
    summary = re.search(r'<dd class="objection">(.*?)</dd>', en.source, re.S)[1]
    assert text_of(summary).strip() == "Right to object to direct marketing : Newsletters"
    assert '"#right-a21"' not in summary  # the general right, listed for no purpose
    line = next(
        row for row in markdown_page("complete", "en").splitlines() if "(#objection)" in row
    )
    assert "(#right-a21)" not in line and "(#right-a21-2): [Newsletters]" in line
