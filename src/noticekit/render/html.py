"""The HTML renderer: a standalone, accessible page per notice and language, landing page, index."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path
from pathlib import PurePosixPath
from typing import Any
from typing import ClassVar

from jinja2 import Environment
from jinja2 import pass_environment
from markupsafe import Markup
from markupsafe import escape

from noticekit import i18n
from noticekit.render.base import NoticeJob
from noticekit.render.base import Output
from noticekit.render.env import SectionTitles
from noticekit.render.env import make_environment
from noticekit.render.env import use_language
from noticekit.render.labels import PageWording
from noticekit.render.text import as_markup
from noticekit.render.text import markdown_to_html
from noticekit.render.text import markdown_to_inline_html
from noticekit.render.text import with_lang
from noticekit.render.view import addresses
from noticekit.render.view.picker import Text

PAGE = "index.html"
_EMPTY = Markup("")


def block(text: Text | str | None) -> Markup:
    """A notice text as HTML paragraphs and lists, marked with `lang` when it is a fallback.

    Plain strings (names, standard texts) are escaped, not read as Markdown.
    """
    if type(text) is not Text:
        return as_markup(f"<p>{escape(text)}</p>") if text else _EMPTY
    html = markdown_to_html(text.value)
    return with_lang(html, text.lang, block=True) if text.lang else html


def inline(text: Text | str | None) -> Markup:
    """A short notice text (a name) as inline HTML, marked with `lang` when it is a fallback."""
    if type(text) is not Text:
        return escape(text or "")
    html = markdown_to_inline_html(text.value)
    return with_lang(html, text.lang, block=False) if text.lang else html


def links(items: list[dict[str, Any]]) -> Markup:
    """Links to the parts named by `items`: `<a href="#anchor">name</a>, ...`."""
    # f-strings, not `Markup.format` (and not `str + Markup`, which would escape the str)
    return as_markup(
        ", ".join(
            [f'<a href="#{escape(item["anchor"])}">{inline(item["name"])}</a>' for item in items]
        )
    )


def recipient_links(items: list[dict[str, Any]]) -> Markup:
    """Links to recipients: by name, or by category (a notice text) when they have no name."""
    return as_markup(
        ", ".join(
            [
                f'<a href="#{escape(item["anchor"])}">'
                f"{escape(item['name']) if item['name'] else inline(item['category'])}</a>"
                for item in items
            ]
        )
    )


#: What `script_json` replaces, in order.
_SCRIPT_ESCAPES = (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"))


@lru_cache(maxsize=4)
def script_json(text: str) -> Markup:
    """JSON made safe inside `<script>`: `<`, `>` and `&` as `\\u` escapes, so `</script>` cannot
    occur.

    Cached: the three pages of a notice embed the same JSON-LD.
    """
    for char, escaped in _SCRIPT_ESCAPES:
        if char in text:  # `in` first: `str.replace` takes far longer to find nothing to replace
            text = text.replace(char, escaped)
    return as_markup(text)


FILTERS: dict[str, Callable[..., Any]] = {
    "links": links,
    "recipient_links": recipient_links,
    "block": block,
    "inline": inline,
    "script_json": script_json,
}


class LawBoxes:
    """The `law` filter: a text of the law in its "What the law says" box, as the `law` macro of
    `macros.html.j2` (the user's, where `--templates` has one) renders it.

    Every notice shows the same standard texts, so each is rendered once per language in a build,
    once `use` has named the language of the pages being rendered.
    """

    def __init__(self) -> None:
        self._boxes: dict[str, dict[Any, Markup]] = {}
        self._current: dict[Any, Markup] | None = None
        self._macro: Callable[[Any], Markup] | None = None

    def use(self, lang: str) -> None:
        self._current = self._boxes.setdefault(lang, {})

    @pass_environment
    def box(self, env: Environment, text: Any) -> Markup:
        boxes = self._current
        boxed = None if boxes is None else boxes.get(text)
        if boxed is None:
            if self._macro is None:
                module = env.get_template("macros.html.j2").make_module({})
                self._macro = module.law  # type: ignore[attr-defined]
            boxed = self._macro(text)
            if boxes is not None:
                boxes[text] = boxed
        return boxed


def html_environment(templates: Path | None, laws: LawBoxes | None = None) -> Environment:
    """The environment of the HTML templates; `laws` serves their `law` filter."""
    filters = {**FILTERS, "law": (laws or LawBoxes()).box}
    return make_environment(templates, autoescape=True, filters=filters)


class HtmlRenderer:
    """Renders `<id>/<lang>/index.html` (`notice.html.j2`), the landing page `<id>/index.html`
    (`landing.html.j2`) and the site index `index.html` (`site-index.html.j2`)."""

    format: ClassVar[str] = "html"

    def __init__(self, templates: Path | None = None) -> None:
        self._laws = LawBoxes()
        self.env = html_environment(templates, self._laws)
        #: The labels and section titles of each language, for `label[msgid]`, `title[anchor]`.
        self.wording = PageWording(self.env, markup=True)

    def use_language(self, lang: str) -> tuple[dict[str, str], SectionTitles]:
        """Install the language's `_()` and `law` boxes; return its labels and section titles,
        made once."""
        self._laws.use(lang)
        return self.wording.use(lang)

    def render(self, job: NoticeJob) -> Iterator[Output]:
        template = self.env.get_template("notice.html.j2")
        for lang in job.languages:
            page = job.page(lang)
            label, title = self.use_language(lang)
            content = template.render(page=page, jsonld=job.jsonld, label=label, title=title)
            yield Output(PurePosixPath(job.notice.id, lang, PAGE), content)
        if job.languages and job.page(job.languages[0])["archive"] is None:  # not an old version
            yield Output(PurePosixPath(job.notice.id, PAGE), self._landing(job))

    def _landing(self, job: NoticeJob) -> str:
        """The notice's own address: its title in its first language, and a link to each page."""
        lang = job.languages[0]
        canonical_url = job.notice.canonical_url
        use_language(self.env, i18n.translations(lang))
        return self.env.get_template("landing.html.j2").render(
            lang=lang,
            dir=i18n.text_direction(lang),
            title=job.page(lang)["title"],
            canonical=addresses.canonical(canonical_url, addresses.LANDING),
            alternates=addresses.alternates(canonical_url, job.languages),
            pages=[_language_page(tag, f"{tag}/{PAGE}") for tag in job.languages],
        )

    def finish(self, jobs: list[NoticeJob]) -> Iterator[Output]:
        index_lang = shared_language([job.languages for job in jobs])
        entries = [
            {
                "id": job.id,
                "href": f"{job.id}/{PAGE}",
                "lang": lang if index_lang not in job.languages else None,
                "title": inline(job.title(lang)),
                "pages": [_language_page(tag, f"{job.id}/{tag}/{PAGE}") for tag in job.languages],
            }
            for job in jobs
            for lang in [index_lang if index_lang in job.languages else job.languages[0]]
        ]
        use_language(self.env, i18n.translations(index_lang))
        template = self.env.get_template("site-index.html.j2")
        content = template.render(
            lang=index_lang, dir=i18n.text_direction(index_lang), notices=entries
        )
        yield Output(PurePosixPath(PAGE), content)


def _language_page(lang: str, href: str) -> dict[str, Any]:
    """A link to the page in `lang`, named in that language (`norsk bokmål`, `svenska`)."""
    return {"lang": lang, "language": i18n.language_name(lang, lang), "href": href}


def shared_language(languages: list[list[str]]) -> str:
    """The language most notices are published in (ties: the one first in more notices, then
    alphabetical); English for a site without notices."""
    counts = Counter(lang for published in languages for lang in set(published))
    if not counts:
        return "en"
    firsts = Counter(published[0] for published in languages if published)
    return min(counts, key=lambda lang: (-counts[lang], -firsts[lang], lang))
