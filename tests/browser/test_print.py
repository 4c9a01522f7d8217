"""Print: pages as Chromium prints them to PDF (A4, the page's print style), read by pypdf.

Markers of 4 px text are placed with absolute positioning (which moves nothing) at the top of each
heading and of what follows it, and at the top and bottom of each purpose; the page of the PDF
that holds a marker's text is where that point was printed.
"""

from __future__ import annotations

import dataclasses
import io
import re
from pathlib import Path

import pytest
from pypdf import PdfReader
from tests.browser.conftest import SHIPPED

#: A4 in PDF points, and the page's content box in CSS pixels (templates/notice.css: @page margins
#: 10 mm top, 13 mm sides, 12 mm bottom; 96 px per inch).
A4_POINTS = (595, 842)
CONTENT_WIDTH_PX = (210 - 2 * 13) / 25.4 * 96
CONTENT_HEIGHT_PX = (297 - 10 - 12) / 25.4 * 96
#: The issue's limit for the Infobric notice in bokmål.
INFOBRIC_PAGES = 12
#: A sheet whose text ends in the top third of the page (not the last sheet) is "nearly blank".
NEARLY_BLANK = 1 / 3

MARK = """() => {
  const marks = {headings: [], purposes: []};
  const put = (element, edge, label) => {
    const span = document.createElement("span");
    span.textContent = ` ${label} `;
    span.style.cssText = `position: absolute; ${edge}: 0; left: 0; font-size: 4px; line-height: 1;`;
    if (getComputedStyle(element).position === "static") element.style.position = "relative";
    element.appendChild(span);
  };
  document.querySelectorAll("main h1, main h2, main h3").forEach((heading, index) => {
    const next = heading.nextElementSibling;
    if (!next || next.offsetParent === null) return;
    marks.headings.push([index, heading.textContent.trim()]);
    put(heading, "top", `QQH${index}A`);
    put(next, "top", `QQH${index}B`);
  });
  document.querySelectorAll("section.purpose").forEach((purpose, index) => {
    put(purpose, "top", `QQP${index}A`);
    put(purpose, "bottom", `QQP${index}B`);
    marks.purposes.push([index, purpose.id, purpose.getBoundingClientRect().height]);
  });
  return marks;
}"""

LINKS = """() => [...document.querySelectorAll('main a[href^="http"]')].map(
  link => [link.getAttribute("href"), link.classList.contains("url")])"""


@dataclasses.dataclass
class Printed:
    """A page printed to PDF: the text of each sheet, the markers' sheets, and what was marked."""

    texts: list[str]
    sizes: list[tuple[int, int]]
    #: Per sheet: how far down its text reaches, as a share of the sheet's height.
    fills: list[float]
    headings: list[tuple[int, str]]
    purposes: list[tuple[int, str, float]]
    links: list[tuple[str, bool]]

    def sheet(self, marker: str) -> int:
        found = [number for number, text in enumerate(self.texts, 1) if marker in text]
        assert len(found) == 1, f"marker {marker} printed on sheets {found}"
        return found[0]

    def plain(self, number: int) -> str:
        return re.sub(r"\bQQ[HP]\d+[AB]\b", "", self.texts[number - 1]).strip()


@pytest.fixture(scope="module")
def printed(browser, site: Path):
    """`printed(notice, lang)`: the notice's page printed, once per module."""
    done: dict[tuple[str, str], Printed] = {}

    def print_(notice: str, lang: str) -> Printed:
        if (notice, lang) not in done:
            done[notice, lang] = print_page(browser, site / notice / lang / "index.html")
        return done[notice, lang]

    return print_


def print_page(browser, path: Path) -> Printed:
    context = browser.new_context(bypass_csp=True)
    try:
        page = context.new_page()
        page.set_viewport_size({"width": round(CONTENT_WIDTH_PX), "height": 900})
        page.goto(path.as_uri())
        page.emulate_media(media="print")
        marks = page.evaluate(MARK)
        links = page.evaluate(LINKS)
        reader = PdfReader(io.BytesIO(page.pdf(prefer_css_page_size=True, print_background=True)))
    finally:
        context.close()
    return Printed(
        [sheet.extract_text() for sheet in reader.pages],
        [(round(sheet.mediabox.width), round(sheet.mediabox.height)) for sheet in reader.pages],
        [filled(sheet) for sheet in reader.pages],
        [tuple(item) for item in marks["headings"]],
        [tuple(item) for item in marks["purposes"]],
        [tuple(item) for item in links],
    )


def filled(sheet) -> float:
    """How far down the sheet its lowest line of text is (0: no text; 1: the bottom edge)."""
    lowest: list[float] = []

    def visit(text, cm, tm, font, size) -> None:
        if text.strip():  # the text matrix's origin in page space (PDF y grows upwards)
            lowest.append(tm[4] * cm[1] + tm[5] * cm[3] + cm[5])

    sheet.extract_text(visitor_text=visit)
    height = float(sheet.mediabox.height)
    return (height - min(lowest)) / height if lowest else 0.0


def test_infobric_in_bokmal_prints_on_at_most_12_a4_pages(printed):
    result = printed("infobric", "nb")
    assert set(result.sizes) == {A4_POINTS}
    assert len(result.texts) <= INFOBRIC_PAGES


@pytest.mark.parametrize("notice", SHIPPED)
def test_no_page_is_blank_or_nearly_blank(printed, notice: str):
    """Every sheet but the last is printed at least a third of the way down; the last has text."""
    result = printed(notice, "nb")
    assert result.plain(len(result.texts))
    nearly_blank = [
        f"sheet {number}: {fill:.0%}"
        for number, fill in enumerate(result.fills[:-1], 1)
        if fill < NEARLY_BLANK
    ]
    assert nearly_blank == [], result.fills


@pytest.mark.parametrize("notice", SHIPPED)
def test_each_heading_is_printed_with_the_start_of_its_text(printed, notice: str):
    result = printed(notice, "nb")
    alone = [
        f"{title!r} ends sheet {result.sheet(f'QQH{index}A')}"
        for index, title in result.headings
        if result.sheet(f"QQH{index}A") != result.sheet(f"QQH{index}B")
    ]
    assert result.headings and alone == []


@pytest.mark.parametrize("notice", SHIPPED)
def test_no_purpose_that_fits_on_a_page_is_split(printed, notice: str):
    result = printed(notice, "nb")
    sheets = {
        index: (result.sheet(f"QQP{index}A"), result.sheet(f"QQP{index}B"))
        for index, _anchor, _height in result.purposes
    }
    split = [
        f"{anchor} ({height:.0f} px) on sheets {sheets[index]}"
        for index, anchor, height in result.purposes
        if height < CONTENT_HEIGHT_PX and sheets[index][0] != sheets[index][1]
    ]
    assert result.purposes and split == []


@pytest.mark.parametrize("notice", SHIPPED)
def test_each_link_target_is_printed_once(printed, notice: str):
    result = printed(notice, "nb")
    text = re.sub(r"\s+", "", "".join(result.texts))
    twice = [href for href, _shown in result.links if f"{href}({href})" in text]
    missing = [href for href, shown in result.links if not shown and f"({href})" not in text]
    assert result.links and twice == [] and missing == []


def test_the_markers_find_a_heading_printed_apart_from_its_text(browser, tmp_path: Path):
    page = tmp_path / "apart.html"
    page.write_text(
        '<!DOCTYPE html><html lang="en"><title>x</title><main><h2>Alone</h2>'
        '<p style="break-before: page">Its text</p></main>',
        encoding="utf-8",
    )
    result = print_page(browser, page)
    assert result.headings == [(0, "Alone")]
    assert (result.sheet("QQH0A"), result.sheet("QQH0B")) == (1, 2)
