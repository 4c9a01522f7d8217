"""`notice.md` stays inert and keeps its structure, whatever the notice's texts hold.

Every text field of the `complete` fixture (notice texts and plain strings: names, address lines,
versions) is given the same hostile text; the page is rendered by GitHub's, markdown-it-py's and
Python-Markdown's rules (`markdown_check`). Nothing may be injected, and the page keeps the
headings and section anchors it has with a harmless text in the same fields.
"""

from __future__ import annotations

import copy
import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck
from hypothesis import given
from hypothesis import settings
from tests.render.conftest import FIXTURES
from tests.render.markdown_check import ISSUE_CASES
from tests.render.markdown_check import RENDERERS
from tests.render.markdown_check import github_autolinks
from tests.render.markdown_check import hostile_texts
from tests.render.markdown_check import read
from tests.render.markdown_check import shown
from tests.render.markdown_check import visible_text

from noticekit.load import load_source
from noticekit.load.source import SourceDocument
from noticekit.models import Notice
from noticekit.render.base import NoticeJob
from noticekit.render.markdown.renderer import MarkdownRenderer
from noticekit.render.text import markdown_to_inline_html
from noticekit.validate import LoadedNotice

SOURCE = FIXTURES / "complete" / "notice.yaml"
DATA = load_source(SOURCE)[0].data
#: Keys whose string values are plain strings on the page (shown as typed, never read as Markdown).
PLAIN = {"legal_name", "registration_number", "version", "provider", "name", "city", "lines"}
PLAIN |= {"examples"}
#: Stand-ins for the hostile text in the harmless page: a plain string, and a notice text.
PLAIN_MARK, TEXT_MARK = "Plainmark", "Textmark"
RENDERER = MarkdownRenderer()


def with_texts(value: Any, plain: str, text: str, key: str = "") -> Any:
    """`value` with every notice text set to `text` and every plain string to `plain`."""
    if isinstance(value, dict):
        if value and set(value) <= {"en", "nb"} and all(isinstance(v, str) for v in value.values()):
            return dict.fromkeys(value, text)
        return {k: with_texts(v, plain, text, k) for k, v in value.items()}
    if isinstance(value, list):
        return [with_texts(item, plain, text, key) for item in value]
    return plain if key in PLAIN and isinstance(value, str) else value


def render_md(data: dict[str, Any]) -> str:
    """The English `notice.md` of a notice's data."""
    doc, notice = SourceDocument(Path("notice.yaml"), data), Notice.model_validate(data)
    job = NoticeJob(LoadedNotice(doc, notice), ["en"])
    return next(iter(RENDERER.render(job))).content


def notice_md(plain: str, text: str) -> str:
    """The English `notice.md` of the fixture with its texts replaced."""
    return render_md(with_texts(copy.deepcopy(DATA), plain, text))


HARMLESS = notice_md(PLAIN_MARK, TEXT_MARK)
BASELINE = {name: read(render(HARMLESS)) for name, render in RENDERERS.items()}


def check_page(hostile: str) -> None:
    """The page with `hostile` in every text field is inert and keeps the harmless page's structure:
    the same anchors, and the same headings, with `hostile` shown where the harmless text was.

    Python-Markdown trims the spaces inside code (`` `a ` `` shows `a`): there, headings are
    compared without their spaces.
    """
    page = notice_md(hostile, hostile)
    assert github_autolinks(page) <= {"http", "https", "mailto"}
    as_html = visible_text(markdown_to_inline_html(hostile))  # as the HTML page shows it
    seen = {PLAIN_MARK: shown(hostile), TEXT_MARK: shown(as_html)}
    for name, render in RENDERERS.items():
        rendered, harmless = read(render(page)), BASELINE[name]
        assert rendered.injected == [], name
        assert rendered.anchors == harmless.anchors, name
        assert [lv for lv, _ in rendered.headings] == [lv for lv, _ in harmless.headings], name
        spaces = " " if name.startswith("mkdocs") else ""
        for (_, text), (_, text_got) in zip(harmless.headings, rendered.headings, strict=True):
            expected = text.replace(PLAIN_MARK, seen[PLAIN_MARK])
            expected = expected.replace(TEXT_MARK, seen[TEXT_MARK])
            assert text_got.replace(spaces, "") == expected.replace(spaces, ""), name


@pytest.mark.parametrize("hostile", ISSUE_CASES)
def test_the_cases_of_the_issue_stay_inert_and_keep_the_structure(hostile):
    check_page(hostile)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(hostile_texts)
def test_any_text_stays_inert_and_keeps_the_structure(hostile):
    check_page(hostile)


def test_a_list_in_a_text_neither_joins_nor_takes_in_the_lists_of_the_page():
    data = copy.deepcopy(DATA)
    listed = {"en": "- first\n- last", "nb": "- first\n- last"}
    data["purposes"][0]["description"] = listed  # the purpose's facts, a list, follow it
    data["recipients"][0]["description"] = listed  # after the recipient's facts, a list
    data["security"] = [listed, listed]  # two texts in a row
    page = render_md(data)
    for name, render in RENDERERS.items():
        html = render(page)
        before_first = re.findall(r"(\S{4})\s*<li>(?:\s*<p>)?first", html)
        after_last = re.findall(r"last(?:</p>)?\s*</li>\s*(\S{5})", html)
        assert len(before_first) == len(after_last) == 4, name
        assert set(before_first) == {"<ul>"} and set(after_last) == {"</ul>"}, name
