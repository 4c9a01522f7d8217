"""The HTML page: structure, accessibility, every part of the notice, no external requests."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest

NOTICE = "complete"


@pytest.fixture(scope="module")
def en(page):
    return page(NOTICE, "en")


@pytest.fixture(scope="module")
def nb(page):
    return page(NOTICE, "nb")


def test_one_h1_and_lang_and_dir_on_html(en, nb):
    assert len(en.find("h1")) == 1
    assert en.find("html")[0].attrs == {"lang": "en", "dir": "ltr"}
    assert nb.find("html")[0].attrs["lang"] == "nb"
    assert "Personvernerklæring for Example Shop AS" in nb.find("h1")[0].text


def test_headings_never_skip_a_level(en):
    levels = [
        int(element.tag[1])
        for element in en.elements
        if element.tag in ("h1", "h2", "h3", "h4", "h5", "h6")
    ]
    assert levels[0] == 1
    for before, after in itertools.pairwise(levels):
        assert after <= before + 1, f"h{before} followed by h{after}"


def test_skip_link_and_contents_point_at_existing_ids(en):
    ids = en.ids()
    skip = en.find("a", **{"class": "skip-link"})
    assert skip and skip[0].attrs["href"] == "#main" and "main" in ids
    internal = [
        a.attrs["href"] for a in en.find("a") if (a.attrs.get("href") or "").startswith("#")
    ]
    assert internal
    assert [href for href in internal if href[1:] not in ids] == []


def test_language_switcher_and_absolute_hreflang_alternates_with_canonical_url(en):
    alternates = {
        link.attrs["hreflang"]: link.attrs["href"] for link in en.find("link", rel="alternate")
    }
    assert alternates == {
        "en": "https://shop.example/privacy/en/",
        "nb": "https://shop.example/privacy/nb/",
        "x-default": "https://shop.example/privacy",
    }
    assert [link.attrs["href"] for link in en.find("link", rel="canonical")] == [
        "https://shop.example/privacy/en/"
    ]
    switch = [a for a in en.find("a") if a.attrs.get("hreflang") == "nb"]
    assert switch and switch[0].attrs["href"] == "../nb/index.html"
    assert en.find("span", **{"aria-current": "page"})


def test_without_canonical_url_alternates_are_relative_and_there_is_no_canonical(page):
    fallback = page("fallback", "nb")
    alternates = {
        link.attrs["hreflang"]: link.attrs["href"]
        for link in fallback.find("link", rel="alternate")
    }
    assert alternates == {"en": "../en/index.html", "nb": "../nb/index.html"}
    assert fallback.find("link", rel="canonical") == []


def test_no_external_requests(en, page):
    for parsed in (en, page("hostile", "en"), page("fallback", "nb")):
        assert parsed.find("script", src=None) == parsed.find("script")  # no script has a src
        for element in parsed.elements:
            published = element.tag == "link" and element.attrs.get("rel") in (
                "canonical",
                "alternate",
            )
            if element.tag == "a" or published:
                continue  # not loaded: links, and the page's own published addresses
            for name in ("src", "href", "srcset", "poster", "data"):
                value = (element.attrs.get(name) or "").strip().lower()
                assert not value.startswith(("http:", "https:", "//")), (element.tag, name, value)
        assert [
            s for s in parsed.find("script") if s.attrs.get("type") != "application/ld+json"
        ] == []
        assert "@import" not in parsed.source and "url(" not in parsed.source.split("</style>")[0]


def test_css_is_inline_with_print_and_dark_mode(en):
    style = en.find("style")[0].text
    assert (
        "@media print" in style and "prefers-color-scheme: dark" in style and "max-width" in style
    )
    assert not en.find("link", rel="stylesheet")


def test_embedded_json_ld_is_the_notice_document(en, fixture_site: Path):
    scripts = en.find("script", type="application/ld+json")
    assert len(scripts) == 1
    embedded = json.loads(scripts[0].text)
    assert embedded == json.loads(
        (fixture_site / NOTICE / "notice.jsonld").read_text(encoding="utf-8")
    )


def test_summary_first_with_links_to_full_sections(en):
    ids = [
        element.attrs.get("id")
        for element in en.elements
        if element.tag in ("section", "nav") and element.attrs.get("id")
    ]
    assert ids.index("summary") < ids.index("contents") < ids.index("about")
    summary = en.source.split('id="summary"')[1].split("</section>")[0]
    for anchor in (
        "#controllers",
        "#purposes",
        "#purpose-orders",
        "#rights",
        "#contact",
        "#objection",
    ):
        assert f'href="{anchor}"' in summary
    assert "Processing to note in particular" in summary
    assert 'href="#purpose-marketing"' in summary.split("Processing to note in particular")[1]


def test_right_to_object_is_a_section_of_its_own(en):
    objection = en.source.split('<section id="objection"')[1].split('<section id="rights"')[0]
    assert 'id="right-a21"' in objection
    assert 'href="#purpose-marketing"' in objection and "unsubscribe" in objection
    rights = en.source.split('<section id="rights"')[1].split('<section id="automated-decisions"')[
        0
    ]
    assert 'id="right-a21"' not in rights and 'id="right-a15"' in rights


def test_every_part_of_the_notice_is_shown(en):
    ids = en.ids()
    expected = {
        "about", "scope", "controllers", "controller-shop", "controller-partner", "dpo", "purposes",
        "purpose-orders", "purpose-marketing", "purpose-accounting", "purpose-fraud",
        "data-subjects",
        "subjects-customers", "data-categories", "data-contact", "data-health", "data-offences",
        "sources",
        "source-you", "source-register", "recipients", "recipient-courier", "recipient-cloud",
        "transfers",
        "transfer-us-hosting", "objection", "rights", "right-a15", "right-a17", "right-a20",
        "right-a7-3",
        "right-a77", "exercise-rights", "automated-decisions", "contact", "contact-requests",
        "security",
        "cookies", "cookie-session", "cookie-stats", "cookies-control", "changes", "change-history",
        "section-children",
    }  # fmt: skip
    assert expected - ids == set()
    text = en.source
    for fragment in (
        "999 888 777", "Partner Europe BV", "Keizersgracht 1", "dpo@shop.example", "Kari Nordmann",
        "The shop answers all requests", "Data we process on behalf of business customers",
        "Allergy information", "Special category of personal data", "Required by contract",
        "Publicly available",
        "5 years", "after the order is delivered", "The Bookkeeping Act section 13.",
        "Selling more to existing",
        "We group customers by what they buy.", "Fast Courier AS", "Logistics", "Sweden",
        "United States",
        "Amazon Web Services", "Standard contractual clauses", "Ask us for a copy of the clauses.",
        "https://shop.example/scc", "Does not apply to paper records.", "Datatilsynet",
        "https://www.datatilsynet.no", "A score based on order patterns.", "Free of charge.",
        "All traffic is encrypted.", "Matomo", "Change the settings of your browser.",
        "We e-mail customers about changes.", "June 1, 2025", "January 15, 2024",
        "We do not sell to children.",
        "https://shop.example/privacy", 'href="tel:+4722000000"',
        'href="mailto:privacy@shop.example"',
    ):  # fmt: skip
        assert fragment in text, fragment


def test_absent_fields_say_not_stated(en):
    fraud = en.source.split('<section id="purpose-fraud"')[1].split("</section>")[0]
    assert (
        fraud.count("Not stated in this notice") == 4
    )  # controllers, legal basis, retention, recipients
    marketing = en.source.split('<section id="purpose-marketing"')[1].split("</section>")[0]
    assert "No recipients" in marketing


def _about(html: str) -> str:
    return html.split('<section id="about"')[1].split("</section>")[0]


def test_about_shows_audience_jurisdictions_and_children_in_the_page_language(en, nb, page):
    about = _about(en.source)
    assert (
        '<p class="label">Who this notice is for</p>\n<p>Customers and visitors of the shop.</p>'
        in about
    )
    assert "Applicable law:</span> Norway, Sweden</p>" in about
    assert "<p>This notice is also written for children.</p>" in about
    about_nb = _about(nb.source)
    assert "Hvem denne erklæringen er skrevet for" in about_nb
    assert "Gjeldende lov:</span> Norge, Sverige</p>" in about_nb
    assert "Denne erklæringen er også skrevet for barn." in about_nb
    plain = _about(page("fallback", "en").source)
    assert "written for children" not in plain and "Applicable law" not in plain
    assert "Who this notice is for" not in plain


def test_inline_markdown_becomes_markup(en):
    assert "<strong>your</strong>" in en.source


def test_dates_are_formatted_for_the_page_language(nb):
    assert "1. juni 2025" in nb.source
    assert 'datetime="2025-06-01"' in nb.source


def test_fallback_passages_carry_their_language(page):
    nb = page("fallback", "nb")
    marked = [
        element
        for element in nb.elements
        if element.attrs.get("lang") == "en" and element.tag in ("div", "span")
    ]
    assert any("Only in English." in element.text for element in marked)
    assert any("Running the service" in element.text for element in marked)
    assert not any("Også på norsk." in element.text for element in marked)
    assert not [e for e in page("fallback", "en").elements if e.attrs.get("class") == "fallback"]


def test_site_index_lists_every_notice_in_every_language(fixture_site: Path):
    from tests.render.conftest import Page

    index = Page((fixture_site / "index.html").read_text(encoding="utf-8"))
    hrefs = {a.attrs["href"] for a in index.find("a")}
    assert {"complete/en/index.html", "complete/nb/index.html", "fallback/en/index.html",
            "fallback/nb/index.html", "hostile/en/index.html"} <= hrefs  # fmt: skip
    assert len(index.find("h1")) == 1


def test_site_index_is_in_the_shared_language_and_titled_by_the_notices_titles(
    fixture_site: Path,
):
    from tests.render.conftest import Page

    index = Page((fixture_site / "index.html").read_text(encoding="utf-8"))
    assert index.find("html")[0].attrs["lang"] == "en"  # all three notices are in English
    headings = [heading.text for heading in index.find("h2")]
    assert "Privacy notice for Example Shop AS" in headings
    assert not {"complete", "fallback", "hostile"} & set(headings)
    names = {a.attrs["href"]: (a.text, a.attrs["lang"]) for a in index.find("a", hreflang="nb")}
    assert names["complete/nb/index.html"] == ("norsk bokmål", "nb")


@pytest.mark.parametrize(
    ("languages", "shared"),
    [
        ([["nb", "en"], ["nb", "sv"], ["en"]], "nb"),
        ([["sv", "en"], ["en", "sv"]], "en"),  # a tie: English is first in as many; alphabetical
        ([["sv", "en"], ["sv", "nb"], ["en", "nb"]], "sv"),  # a tie of three: sv first twice
        ([], "en"),
    ],
)
def test_the_index_language_is_the_one_most_notices_share(languages, shared):
    from noticekit.render.html import shared_language

    assert shared_language(languages) == shared


def test_landing_page_links_each_language_by_its_own_name(fixture_site: Path):
    from tests.render.conftest import Page

    landing = Page((fixture_site / "complete" / "index.html").read_text(encoding="utf-8"))
    assert landing.find("html")[0].attrs["lang"] == "en"  # the notice's first language
    assert "Privacy notice for Example Shop AS" in landing.find("h1")[0].text
    links = [
        (a.attrs["href"], a.attrs["hreflang"], a.attrs["lang"], a.text)
        for a in landing.find("a")
        if a.attrs.get("hreflang")
    ]
    assert links == [
        ("en/index.html", "en", "en", "English"),
        ("nb/index.html", "nb", "nb", "norsk bokmål"),
    ]
    assert [link.attrs["href"] for link in landing.find("link", rel="canonical")] == [
        "https://shop.example/privacy"
    ]
    alternates = {
        link.attrs["hreflang"]: link.attrs["href"] for link in landing.find("link", rel="alternate")
    }
    assert alternates["x-default"] == "https://shop.example/privacy"
    assert alternates["nb"] == "https://shop.example/privacy/nb/"


@pytest.mark.parametrize(
    ("notice_id", "lang"),
    [("complete", "en"), ("complete", "nb"), ("hostile", "en"), ("fallback", "nb")],
)
def test_pages_are_valid_html5(fixture_site: Path, notice_id: str, lang: str):
    html5lib = pytest.importorskip("html5lib")
    parser = html5lib.HTMLParser(strict=True)
    path = fixture_site / notice_id / lang / "index.html"
    parser.parse(path.read_bytes())
    assert parser.errors == []
    parser.parse((fixture_site / notice_id / "index.html").read_bytes())  # the landing page
    assert parser.errors == []


def test_external_links_are_only_the_notices_own(en):
    notice_text = (Path(__file__).parent / "fixtures" / NOTICE / "notice.yaml").read_text(
        encoding="utf-8"
    )
    external = {
        a.attrs["href"]
        for a in en.find("a")
        if (a.attrs.get("href") or "").startswith(("http:", "https:"))
    }
    assert external == {"https://shop.example", "https://shop.example/scc", "https://shop.example/requests",
                        "https://www.datatilsynet.no", "https://shop.example/privacy"}  # fmt: skip
    assert all(url in notice_text for url in external)


def test_link_filters_escape_names_and_anchors_and_mark_fallbacks():
    from noticekit.render.html import links
    from noticekit.render.html import recipient_links
    from noticekit.render.html import script_json
    from noticekit.render.view.picker import Text

    items = [
        {"anchor": 'a"b', "name": Text("<x> & *y*")},
        {"anchor": "c", "name": Text("Navn", "nb")},
    ]
    assert links(items) == (
        '<a href="#a&#34;b">&lt;x&gt; &amp; <em>y</em></a>, '
        '<a href="#c"><span lang="nb" class="fallback">Navn</span></a>'
    )
    recipients = [
        {"anchor": "r1", "name": "A <B>", "category": None},
        {"anchor": "r2", "name": None, "category": Text("*Cloud*")},
    ]
    assert (
        recipient_links(recipients)
        == '<a href="#r1">A &lt;B&gt;</a>, <a href="#r2"><em>Cloud</em></a>'
    )
    assert (
        script_json('{"a": "</script><&>"}')
        == '{"a": "\\u003c/script\\u003e\\u003c\\u0026\\u003e"}'
    )
    assert script_json("{}") == "{}"


def test_joint_control_is_shown_for_its_purposes_with_the_law_s_art_26_3(en):
    joint = en.source.split('<section id="joint-shop"')[1].split("</section>")[0]
    assert "Joint controllers: Example Shop AS, Partner Inc." in joint
    assert "The web shop." in joint and "The shop answers all requests about your rights." in joint
    assert "You can use your rights against each of us." in joint
    assert 'href="#contact-requests"' in joint
    assert (
        "What the law says:</span> Whatever the arrangement between the joint controllers says"
        in joint
    )
    orders = en.source.split('<section id="purpose-orders"')[1].split("</section>")[0]
    assert (
        '<dt>Joint controllers</dt>\n<dd><a href="#joint-shop">Example Shop AS, Partner '
        "Inc.</a></dd>" in orders
    )
    marketing = en.source.split('<section id="purpose-marketing"')[1].split("</section>")[0]
    assert "#joint-shop" not in marketing
    shop = en.source.split('<section id="controller-shop"')[1].split("</section>")[0]
    assert 'Joint controller: <a href="#joint-shop">' in shop


def test_a_cookie_without_a_provider_is_not_stated_never_the_controller(en):
    session = en.source.split('<tr id="cookie-session"')[1].split("</tr>")[0]
    provider = (
        '<td data-label="Provided by"><span class="not-stated">Not stated in this notice</span>'
    )
    assert provider in session
    assert "Example Shop AS" not in session
    stats = en.source.split('<tr id="cookie-stats"')[1].split("</tr>")[0]
    assert '<td data-label="Provided by">Matomo</td>' in stats


def test_a_translated_page_says_so_and_links_the_authoritative_language(page):
    assert 'class="language-status"' not in page(NOTICE, "en").source  # no versions declared
    assert 'class="language-status"' not in page("versions", "nb").source  # the original
    banner = (
        page("versions", "en")
        .source.split('<aside class="language-status"')[1]
        .split("</aside>")[0]
    )
    assert (
        "<strong>This text is a translation.</strong> Translated from: Norwegian Bokmål." in banner
    )
    assert (
        'Authoritative version: <a href="../nb/index.html" hreflang="nb">Norwegian Bokmål</a>'
        in banner
    )
    assert "<p>Translated for this project.</p>" in banner
    sv = (
        page("versions", "sv")
        .source.split('<aside class="language-status"')[1]
        .split("</aside>")[0]
    )
    assert "Den här texten är maskinöversatt." in sv


def test_the_summary_answers_what_a_reader_asks_first(en):
    summary = en.source.split('id="summary"')[1].split("</section>")[0]
    assert '<a href="mailto:privacy@shop.example">privacy@shop.example</a>' in summary
    assert '<a href="tel:+4722000000">+47 22 00 00 00</a>' in summary
    assert '<a href="#dpo">Data protection officer</a>' in summary
    assert "What for, and on which legal basis" in summary and "Who receives the data" in summary
    assert "How long the data is kept" in summary and "How to complain" in summary
    assert summary.count("Legal basis not stated in this notice") == 1


def test_section_titles_follow_a_user_titles_template_and_the_page_language(tmp_path):
    """`title[anchor]` is the `title` macro of the templates in use, in each page's language, and
    an override that still calls `titles.title(anchor)` gets the same heading."""
    from noticekit.pipeline import BuildOptions
    from noticekit.pipeline import build

    (tmp_path / "titles.j2").write_text(
        '{% macro title(anchor) %}<{{ anchor }}:{{ _("Summary") }}>{% endmacro %}', encoding="utf-8"
    )
    (tmp_path / "summary.html.j2").write_text(
        '<p id="t">{{ title["summary"] }}|{{ titles.title("summary") }}</p>', encoding="utf-8"
    )
    out = tmp_path / "site"
    notice = Path(__file__).parent / "fixtures" / NOTICE
    build([notice], BuildOptions(out=out, templates=tmp_path, history="off"))
    en = (out / NOTICE / "en" / "index.html").read_text(encoding="utf-8")
    nb = (out / NOTICE / "nb" / "index.html").read_text(encoding="utf-8")
    assert '<p id="t"><summary:Summary>|<summary:Summary></p>' in en
    assert '<p id="t"><summary:Sammendrag>|<summary:Sammendrag></p>' in nb
    assert '<a href="#controllers"><controllers:Summary></a>' in en


def test_the_law_boxes_follow_a_user_law_macro_in_each_page_language(tmp_path):
    """The `law` filter shows each standard text through the `law` macro of the templates in
    use, in the page's own language, though each box is rendered once per language."""
    from noticekit.pipeline import BuildOptions
    from noticekit.pipeline import build
    from noticekit.render.env import packaged_templates

    shipped = (packaged_templates() / "macros.html.j2").read_text(encoding="utf-8")
    law = (
        '<p class="law"><span class="law-label">{{ _("What the law says") }}:</span> {{ text }}</p>'
    )
    assert law in shipped
    mine = '<div class="mine">{{ _("What the law says") }}! {{ text }}</div>'
    (tmp_path / "macros.html.j2").write_text(shipped.replace(law, mine), encoding="utf-8")
    out = tmp_path / "site"
    notice = Path(__file__).parent / "fixtures" / NOTICE
    build([notice], BuildOptions(out=out, templates=tmp_path, history="off"))
    en = (out / NOTICE / "en" / "index.html").read_text(encoding="utf-8")
    nb = (out / NOTICE / "nb" / "index.html").read_text(encoding="utf-8")
    assert 'class="law"' not in en + nb
    assert en.count('<div class="mine">What the law says! ') > 5
    assert nb.count('<div class="mine">Hva loven sier! ') == en.count('<div class="mine">')


def test_a_law_box_is_kept_per_language_even_for_the_same_text(tmp_path):
    from noticekit import i18n
    from noticekit.render.env import use_language
    from noticekit.render.html import LawBoxes
    from noticekit.render.html import html_environment

    (tmp_path / "macros.html.j2").write_text(
        '{% macro law(text) %}{{ _("What the law says") }}: {{ text }}{% endmacro %}',
        encoding="utf-8",
    )
    laws = LawBoxes()
    env = html_environment(tmp_path, laws)
    page = env.from_string("{{ text|law }}")
    shown = []
    for lang in ["en", "nb", "en"]:
        use_language(env, i18n.translations(lang))
        laws.use(lang)
        shown.append(page.render(text="Art. 15 <GDPR>"))
    assert shown == [
        "What the law says: Art. 15 &lt;GDPR&gt;",
        "Hva loven sier: Art. 15 &lt;GDPR&gt;",
        "What the law says: Art. 15 &lt;GDPR&gt;",
    ]
