"""GDPR article citations as each language's lawyers write them: `A6-1-b` in nb, sv, da, de, …

The forms follow the national supervisory authorities' own usage:

| language | `A6-1-b` | `A77` | |---|---|---| | en | GDPR Art. 6(1)(b) | GDPR Art. 77 | | nb |
personvernforordningen artikkel 6 nr. 1 bokstav b | personvernforordningen artikkel 77 | | nn |
personvernforordninga artikkel 6 nr. 1 bokstav b | personvernforordninga artikkel 77 | | sv |
artikel 6.1 b i dataskyddsförordningen | artikel 77 i dataskyddsförordningen | | da |
databeskyttelsesforordningens artikel 6, stk. 1, litra b | databeskyttelsesforordningens artikel 77
| | de | Art. 6 Abs. 1 lit. b DSGVO | Art. 77 DSGVO |

A language without its own form is cited the English way. `A49-2` is DPV's code for the derogation
of Art. 49(1), second subparagraph (compelling legitimate interests), and is cited as that.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import NamedTuple


class ArticleRef(NamedTuple):
    """An article, and optionally its paragraph, point and subparagraph: `A6-1-b` is (6, 1, b)."""

    article: str
    paragraph: str | None = None
    point: str | None = None
    subparagraph: int | None = None


#: Codes whose last part is not a paragraph: DPV's `A49-2` is Art. 49(1), second subparagraph.
SPECIAL_CODES = {"A49-2": ArticleRef("49", "1", subparagraph=2)}


def parse_code(code: str) -> ArticleRef:
    """`A6-1-b` → ArticleRef("6", "1", "b"); `A77` → ArticleRef("77")."""
    if code in SPECIAL_CODES:
        return SPECIAL_CODES[code]
    article, *rest = code.removeprefix("A").split("-")
    if not code.startswith("A") or not article.isdigit() or len(rest) > 2:
        raise ValueError(f'"{code}" is not a GDPR article code like "A6-1-b"')
    paragraph, point = [*rest, None, None][:2]
    return ArticleRef(article, paragraph, point)


#: "second subparagraph" in each language, for the few citations that need it.
ORDINALS = {
    "en": {2: "second"},
    "nb": {2: "annet"},
    "nn": {2: "andre"},
    "sv": {2: "andra"},
    "da": {2: "andet"},
}


def _english(ref: ArticleRef) -> str:
    parts = "".join(f"({part})" for part in (ref.paragraph, ref.point) if part)
    second = f", {ORDINALS['en'][ref.subparagraph]} subparagraph" if ref.subparagraph else ""
    return f"GDPR Art. {ref.article}{parts}{second}"


def _norwegian(regulation: str, lang: str) -> Callable[[ArticleRef], str]:
    def cite(ref: ArticleRef) -> str:
        text = f"{regulation} artikkel {ref.article}"
        if ref.paragraph:
            text += f" nr. {ref.paragraph}"
        if ref.point:
            text += f" bokstav {ref.point}"
        if ref.subparagraph:
            text += f" {ORDINALS[lang][ref.subparagraph]} ledd"
        return text

    return cite


def _swedish(ref: ArticleRef) -> str:
    number = ref.article + (f".{ref.paragraph}" if ref.paragraph else "")
    point = f" {ref.point}" if ref.point else ""
    second = f" {ORDINALS['sv'][ref.subparagraph]} stycket" if ref.subparagraph else ""
    return f"artikel {number}{point}{second} i dataskyddsförordningen"


def _danish(ref: ArticleRef) -> str:
    text = f"databeskyttelsesforordningens artikel {ref.article}"
    if ref.paragraph:
        text += f", stk. {ref.paragraph}"
    if ref.point:
        text += f", litra {ref.point}"
    if ref.subparagraph:
        text += f", {ORDINALS['da'][ref.subparagraph]} afsnit"
    return text


def _german(ref: ArticleRef) -> str:
    text = f"Art. {ref.article}"
    if ref.paragraph:
        text += f" Abs. {ref.paragraph}"
    if ref.point:
        text += f" lit. {ref.point}"
    if ref.subparagraph:
        text += f" UAbs. {ref.subparagraph}"
    return f"{text} DSGVO"


#: How each language cites an article of the GDPR.
CITATION_FORMS: dict[str, Callable[[ArticleRef], str]] = {
    "en": _english,
    "nb": _norwegian("personvernforordningen", "nb"),
    "nn": _norwegian("personvernforordninga", "nn"),
    "sv": _swedish,
    "da": _danish,
    "de": _german,
}


@cache
def cite(code: str, lang: str) -> str:
    """The article `code` names, cited in `lang` (English where the language has no form of its
    own)."""
    form = CITATION_FORMS.get(lang.split("-")[0], _english)
    return form(parse_code(code))
