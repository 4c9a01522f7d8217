"""Fixtures for the renderer tests: the fixture notices built once, and an HTML parser."""

from __future__ import annotations

import dataclasses
from html.parser import HTMLParser
from pathlib import Path

import pytest

from noticekit.pipeline import BuildOptions
from noticekit.pipeline import build

FIXTURES = Path(__file__).parent / "fixtures"
BUILDABLE = ("complete", "hostile", "fallback", "versions")


@dataclasses.dataclass
class Element:
    tag: str
    attrs: dict[str, str | None]
    text: str = ""


class Page(HTMLParser):
    """Every element with its attributes and (for headings and script) its text."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[Element] = []
        self._open: list[Element] = []
        self.feed(html)
        self.close()
        self.source = html

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        element = Element(tag, dict(attrs))
        self.elements.append(element)
        if tag not in ("meta", "link", "br", "img", "input", "hr"):
            self._open.append(element)

    def handle_endtag(self, tag: str) -> None:
        for index in range(len(self._open) - 1, -1, -1):
            if self._open[index].tag == tag:
                del self._open[index:]
                return

    def handle_data(self, data: str) -> None:
        for element in self._open:
            element.text += data

    def find(self, tag: str, **attrs: str) -> list[Element]:
        return [
            element
            for element in self.elements
            if element.tag == tag
            and all(element.attrs.get(key) == value for key, value in attrs.items())
        ]

    def ids(self) -> set[str]:
        return {element.attrs["id"] or "" for element in self.elements if "id" in element.attrs}


@pytest.fixture(scope="session")
def fixture_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The fixture notices that build, built once into a temporary site."""
    out = tmp_path_factory.mktemp("fixture-site") / "site"
    build([FIXTURES / name for name in BUILDABLE], BuildOptions(out=out, history="off"))
    return out


@pytest.fixture(scope="session")
def page(fixture_site: Path):
    """`page(notice_id, lang)` parses the built HTML page."""

    def parse(notice_id: str, lang: str) -> Page:
        return Page((fixture_site / notice_id / lang / "index.html").read_text(encoding="utf-8"))

    return parse


@pytest.fixture(scope="session")
def markdown_page(fixture_site: Path):
    """`markdown_page(notice_id, lang)` reads the built Markdown page."""

    def read(notice_id: str, lang: str) -> str:
        return (fixture_site / notice_id / lang / "notice.md").read_text(encoding="utf-8")

    return read
