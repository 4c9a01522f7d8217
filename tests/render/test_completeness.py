"""Every text a shipped notice states reaches its HTML page and its Markdown page, in every
language.

This is the faithfulness check of the build: a field the model holds but a template forgets
to show would silently drop part of a legal notice.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from markdown_it import MarkdownIt

from noticekit.pipeline import BuildOptions
from noticekit.pipeline import build
from noticekit.validate import load_notices

NOTICES = Path(__file__).parents[2] / "notices"
SHIPPED = sorted(path.name for path in NOTICES.iterdir() if (path / "notice.yaml").is_file())
#: Fields that are instructions to noticekit, not notice text.
NOT_NOTICE_TEXT = {"suppressions"}

_TAG = re.compile(r"<[^>]+>")
_SPACE = re.compile(r"\s+")
_MARKDOWN = MarkdownIt("commonmark", {"html": False})


def _texts(data: object, languages: set[str], path: tuple = ()) -> Iterator[tuple[tuple, str, str]]:
    """(path, lang, text) for every language map in the notice data."""
    if isinstance(data, dict):
        if data and set(data) <= languages and all(isinstance(v, str) for v in data.values()):
            for lang, text in data.items():
                yield path, lang, text
            return
        for key, value in data.items():
            if key not in NOT_NOTICE_TEXT:
                yield from _texts(value, languages, (*path, key))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            yield from _texts(value, languages, (*path, index))


def _squeeze(markup: str) -> str:
    """Visible text without tags, entities or any white space, so element boundaries do not
    matter."""
    return _SPACE.sub("", html.unescape(_TAG.sub("", markup)))


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("site") / "site"
    build([NOTICES], BuildOptions(out=out))
    return out


@pytest.mark.parametrize("notice_id", SHIPPED)
def test_every_text_is_on_the_page_and_in_the_markdown(site: Path, notice_id: str):
    result = load_notices([NOTICES / notice_id])
    assert not result.problems
    [loaded] = result.notices
    languages = set(loaded.notice.languages)
    missing = []
    for path, lang, text in _texts(loaded.doc.data, languages):
        wanted = _squeeze(_MARKDOWN.render(text))
        page = _squeeze((site / notice_id / lang / "index.html").read_text(encoding="utf-8"))
        markdown = _squeeze(
            _MARKDOWN.render((site / notice_id / lang / "notice.md").read_text(encoding="utf-8"))
        )
        for output, content in (("html", page), ("md", markdown)):
            if wanted not in content:
                missing.append(
                    f"{'.'.join(map(str, path))} [{lang}] not in {output}: {text[:60]!r}"
                )
    assert not missing, "\n".join(missing)
