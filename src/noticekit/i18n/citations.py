"""GDPR article citations as each language's lawyers write them: `A6-1-b` in nb, sv, da, de, …

The forms follow the national supervisory authorities' own usage:

| language | `A6-1-b` | `A77` |
|---|---|---|
| en | GDPR Art. 6(1)(b) | GDPR Art. 77 |
| nb | personvernforordningen artikkel 6 nr. 1 bokstav b | personvernforordningen artikkel 77 |
| nn | personvernforordninga artikkel 6 nr. 1 bokstav b | personvernforordninga artikkel 77 |
| sv | artikel 6.1 b i dataskyddsförordningen | artikel 77 i dataskyddsförordningen |
| da | databeskyttelsesforordningens artikel 6, stk. 1, litra b | databeskyttelsesforordningens artikel 77 |
| de | Art. 6 Abs. 1 lit. b DSGVO | Art. 77 DSGVO |

A language without its own form is cited the English way.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import NamedTuple


class ArticleRef(NamedTuple):
    """An article, and optionally its paragraph and point: `A6-1-b` is (6, 1, b)."""

    article: str
    paragraph: str | None = None
    point: str | None = None


def parse_code(code: str) -> ArticleRef:
    """`A6-1-b` → ArticleRef("6", "1", "b"); `A77` → ArticleRef("77")."""
    article, *rest = code.removeprefix("A").split("-")
    if not code.startswith("A") or not article.isdigit() or len(rest) > 2:
        raise ValueError(f'"{code}" is not a GDPR article code like "A6-1-b"')
    return ArticleRef(article, *rest)


def _english(ref: ArticleRef) -> str:
    parts = "".join(f"({part})" for part in ref[1:] if part)
    return f"GDPR Art. {ref.article}{parts}"


def _norwegian(regulation: str) -> Callable[[ArticleRef], str]:
    def cite(ref: ArticleRef) -> str:
        text = f"{regulation} artikkel {ref.article}"
        if ref.paragraph:
            text += f" nr. {ref.paragraph}"
        if ref.point:
            text += f" bokstav {ref.point}"
        return text

    return cite


def _swedish(ref: ArticleRef) -> str:
    number = ref.article + (f".{ref.paragraph}" if ref.paragraph else "")
    point = f" {ref.point}" if ref.point else ""
    return f"artikel {number}{point} i dataskyddsförordningen"


def _danish(ref: ArticleRef) -> str:
    text = f"databeskyttelsesforordningens artikel {ref.article}"
    if ref.paragraph:
        text += f", stk. {ref.paragraph}"
    if ref.point:
        text += f", litra {ref.point}"
    return text


def _german(ref: ArticleRef) -> str:
    text = f"Art. {ref.article}"
    if ref.paragraph:
        text += f" Abs. {ref.paragraph}"
    if ref.point:
        text += f" lit. {ref.point}"
    return f"{text} DSGVO"


#: How each language cites an article of the GDPR.
CITATION_FORMS: dict[str, Callable[[ArticleRef], str]] = {
    "en": _english,
    "nb": _norwegian("personvernforordningen"),
    "nn": _norwegian("personvernforordninga"),
    "sv": _swedish,
    "da": _danish,
    "de": _german,
}


@lru_cache(maxsize=None)
def cite(code: str, lang: str) -> str:
    """The article `code` names, cited in `lang` (English where the language has no form of its own)."""
    form = CITATION_FORMS.get(lang.split("-")[0], _english)
    return form(parse_code(code))
