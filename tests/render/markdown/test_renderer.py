"""The Markdown page: CommonMark parsed by markdown-it-py, same content and order as the HTML."""

from __future__ import annotations

import itertools
import re

import pytest
from markdown_it import MarkdownIt
from tests.render.conftest import FIXTURES

from noticekit.pipeline import BuildOptions
from noticekit.pipeline import build
from noticekit.render.labels import LABELS
from noticekit.render.markdown.renderer import MarkdownRenderer
from noticekit.render.markdown.renderer import tidy


@pytest.fixture(scope="module")
def en(markdown_page):
    return markdown_page("complete", "en")


def tokens(text: str):
    return MarkdownIt("commonmark").parse(text)


def test_one_h1_and_headings_in_order(en):
    levels = [int(t.tag[1]) for t in tokens(en) if t.type == "heading_open"]
    assert levels.count(1) == 1 and levels[0] == 1
    for before, after in itertools.pairwise(levels):
        assert after <= before + 1


def test_same_sections_in_the_same_order_as_the_html(en, page):
    html = page("complete", "en")
    html_sections = [
        element.attrs["id"]
        for element in html.elements
        if element.tag in ("section", "nav")
        and element.attrs.get("id")
        and not element.attrs["id"].startswith("transfer-")
    ]
    markdown_anchors = [
        a for a in re.findall(r'<a id="([^"]+)"></a>', en) if not a.startswith("transfer-")
    ]
    assert [a for a in markdown_anchors if a in html_sections] == [
        a for a in html_sections if a in markdown_anchors
    ]
    assert set(html_sections) - set(markdown_anchors) == set()


def test_internal_links_resolve_and_external_ones_are_allowed(en):
    anchors = set(re.findall(r'<a id="([^"]+)"></a>', en))
    inline = [child for token in tokens(en) if token.children for child in token.children]
    links = [str(t.attrGet("href")) for t in inline if t.type == "link_open"]
    assert [href for href in links if href.startswith("#") and href[1:] not in anchors] == []
    assert all(href.startswith(("#", "https://", "mailto:", "tel:", "../")) for href in links)
    assert "../nb/notice.md" in links


def test_content_matches_the_html(en):
    for fragment in (
        "Partner Europe BV",
        "Keizersgracht 1\\\n1015 CJ Amsterdam\\\nNetherlands",
        "5 years",
        "Not stated in this notice",
        "No recipients",
        "Amazon Web Services",
        "Datatilsynet",
        "Matomo",
        "June 1, 2025",
        "We do not sell to children.",
        "**your**",
    ):
        assert fragment in en, fragment


def _about(text: str) -> str:
    return text.split('<a id="about"></a>')[1].split('<a id="controllers"></a>')[0]


def test_about_shows_audience_jurisdictions_and_children_in_the_page_language(en, markdown_page):
    about = _about(en)
    assert "**Who this notice is for**\n\nCustomers and visitors of the shop." in about
    assert "**Applicable law**: Norway, Sweden\n" in about
    assert "\nThis notice is also written for children.\n" in about
    about_nb = _about(markdown_page("complete", "nb"))
    assert "**Gjeldende lov**: Norge, Sverige\n" in about_nb
    assert "Denne erklæringen er også skrevet for barn." in about_nb
    plain = _about(markdown_page("fallback", "en"))
    assert "written for children" not in plain and "Applicable law" not in plain
    assert "Who this notice is for" not in plain


def test_fallback_passages_carry_a_note(markdown_page):
    nb = markdown_page("fallback", "nb")
    assert "Only in English.\n\n*" in nb
    note = nb.split("Only in English.\n\n*")[1].split("*")[0]
    assert "engelsk" in note
    assert "Også på norsk." in nb and "Også på norsk.\n\n*" not in nb


def test_no_trailing_spaces_or_blank_runs(en):
    assert not re.search(r" +\n", en) and "\n\n\n" not in en and en.endswith("\n")


@pytest.mark.parametrize(
    "raw",
    [
        "# T  \n\n\n\nline \t \nnext   \n\n\n",
        "a \u2028b  \x85\n\n\n\nc\u2029d \x0be\n",
        "\n\n  x  \n \n \n\ny",
    ],
)
def test_tidy_is_line_by_line_cleanup(raw):
    # lines end at `\n` only, as Markdown renderers read them (not at U+2028 or `\x85`)
    lines = "\n".join(item.rstrip(" ") for item in raw.split("\n"))
    assert tidy(raw) == re.sub(r"\n{3,}", "\n\n", lines).strip("\n") + "\n"


def test_labels_are_translated_once_per_language():
    renderer = MarkdownRenderer()
    labels, titles = renderer.use_language("nb")
    assert set(labels) == set(LABELS) and labels["Legal basis"] != "Legal basis"
    assert titles["rights"] == "Dine rettigheter" and renderer.use_language("nb")[0] is labels
    # another renderer (another build) makes its own
    assert MarkdownRenderer().use_language("nb")[0] is not labels


def test_section_titles_come_from_a_user_titles_template(tmp_path):
    (tmp_path / "titles.j2").write_text(
        "{% macro title(anchor) %}<{{ anchor }}>{% endmacro %}", encoding="utf-8"
    )
    build(
        [FIXTURES / "complete"],
        BuildOptions(out=tmp_path / "site", templates=tmp_path, formats=["md"]),
    )
    text = (tmp_path / "site" / "complete" / "en" / "notice.md").read_text(encoding="utf-8")
    assert "## <summary>" in text and "2. [<controllers>](#controllers)" in text


def test_lists_are_built_as_the_template_loops_built_them(markdown_page):
    en = markdown_page("complete", "en")
    assert re.search(r"\n- \*\*Legal basis\*\*:\n  - \*\*\w", en)
    assert re.search(r"\n- \*\*Retention\*\*: [^\n]+\n- \*\*Recipients\*\*: \[", en)
    assert re.search(
        r"\n1\. \[About this notice\]\(#about\)\n2\. \[Who is responsible\]\(#controllers\)\n", en
    )


def test_joint_control_is_shown_for_its_purposes(en):
    joint = en.split('<a id="joint-shop"></a>')[1].split('<a id="dpo"></a>')[0]
    assert "### Joint controllers: Example Shop AS, Partner Inc." in joint
    assert "- **Arrangement between the joint controllers**: The shop answers all requests" in joint
    assert "- **Contact point**: [Requests about your data](#contact-requests)" in joint
    assert (
        "> *What the law says:* Whatever the arrangement between the joint controllers says"
        in joint
    )
    orders = en.split('<a id="purpose-orders"></a>')[1].split("<a id=")[0]
    assert "- **Joint controllers**: [Example Shop AS, Partner Inc.](#joint-shop)" in orders


def test_a_cookie_without_a_provider_is_not_stated(en):
    session = en.split('<a id="cookie-session"></a>')[1].split("<a id=")[0]
    assert "- **Provided by**: *Not stated in this notice*" in session


def test_a_translated_page_says_so_in_a_quote(markdown_page):
    assert "> " not in markdown_page("versions", "nb").split("## ")[0]
    head = markdown_page("versions", "en").split("<a id=")[0]
    assert (
        "> **This text is a translation.** Translated from: Norwegian Bokmål. "
        "Authoritative version: [Norwegian Bokmål](../nb/notice.md)\n>\n> Translated for this "
        "project.\n"
    ) in head


def test_the_summary_gives_contacts_and_collapses_what_is_not_stated(en):
    summary = en.split('<a id="summary"></a>')[1].split('<a id="contents"></a>')[0]
    assert (
        "[Example Shop AS](#controller-shop) · [privacy@shop.example](mailto:privacy@shop.example)"
        in summary
    )
    assert summary.count("*Legal basis not stated in this notice*") == 1
    assert "- **[How to complain](#" in summary
