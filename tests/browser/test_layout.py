"""No text overflows its box, on a desktop (1280 px) or a phone (390 px)."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.browser.conftest import SHIPPED
from tests.browser.conftest import WIDTHS
from tests.browser.conftest import pages_of

#: Every visible box holding text whose content is wider than the box (a label drawn over its
#: value, a long address running out of its column), and a page that scrolls sideways.
OVERFLOWS = """() => {
  const found = [];
  for (const element of document.body.querySelectorAll("*")) {
    const style = getComputedStyle(element);
    if (["none", "inline", "contents"].includes(style.display)) continue;
    if (["auto", "scroll"].includes(style.overflowX) || !element.textContent.trim()) continue;
    if (element.closest(".skip-link")) continue;
    if (element.scrollWidth > element.clientWidth) {
      const text = element.textContent.trim().replace(/\\s+/g, " ").slice(0, 50);
      const widths = `${element.scrollWidth} > ${element.clientWidth} px`;
      found.push(`${element.tagName.toLowerCase()} "${text}": ${widths}`);
    }
  }
  if (document.documentElement.scrollWidth > window.innerWidth) {
    const widths = `${document.documentElement.scrollWidth} > ${window.innerWidth} px`;
    found.push(`the page scrolls sideways: ${widths}`);
  }
  return found;
}"""


@pytest.mark.parametrize("width", WIDTHS.values(), ids=list(WIDTHS))
@pytest.mark.parametrize("notice", SHIPPED)
def test_no_text_overflows_its_box(open_page, site: Path, notice: str, width: int):
    found = {
        str(path.relative_to(site)): open_page(path, width=width).evaluate(OVERFLOWS)
        for path in [*pages_of(site, notice), site / "index.html"]
    }
    assert found and {page: items for page, items in found.items() if items} == {}


def test_the_check_finds_a_label_drawn_over_its_value(open_page, tmp_path: Path):
    page = tmp_path / "narrow.html"
    page.write_text(
        '<!DOCTYPE html><html lang="sv"><title>x</title>'
        '<dl style="display: grid; grid-template-columns: 6rem 1fr">'
        "<dt><b>Personuppgiftsansvariga</b></dt><dd>Acme</dd></dl>",
        encoding="utf-8",
    )
    assert open_page(page).evaluate(OVERFLOWS) != []


COOKIE_CELLS = """() => [...document.querySelectorAll("table.cookies td")].map(
  cell => [getComputedStyle(cell).display, getComputedStyle(cell, "::before").content])"""


def test_cookies_are_a_table_on_a_desktop_and_labelled_lines_on_a_phone(open_page, site: Path):
    page = site / "example" / "en" / "index.html"
    desktop = open_page(page, width=WIDTHS["desktop"]).evaluate(COOKIE_CELLS)
    phone = open_page(page, width=WIDTHS["phone"]).evaluate(COOKIE_CELLS)
    assert desktop and {display for display, _label in desktop} == {"table-cell"}
    assert {display for display, _label in phone} == {"block"}
    assert phone[0][1] == '"Provided by: "'
