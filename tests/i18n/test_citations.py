"""Article citations in each shipped language."""

from __future__ import annotations

import pytest

from noticekit.i18n.citations import CITATION_FORMS
from noticekit.i18n.citations import ArticleRef
from noticekit.i18n.citations import cite
from noticekit.i18n.citations import parse_code
from noticekit.i18n.languages import SHIPPED_LANGUAGES


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("A6-1-b", ArticleRef("6", "1", "b")),
        ("A7-3", ArticleRef("7", "3")),
        ("A77", ArticleRef("77")),
    ],
)
def test_parse_code(code: str, expected: ArticleRef) -> None:
    assert parse_code(code) == expected


@pytest.mark.parametrize("code", ["A", "Ax-1", "A6-1-b-i", "6-1"])
def test_parse_code_refuses_what_is_not_an_article(code: str) -> None:
    with pytest.raises(ValueError, match="is not a GDPR article code"):
        parse_code(code)


@pytest.mark.parametrize(
    ("lang", "point", "paragraph", "article"),
    [
        ("en", "GDPR Art. 6(1)(b)", "GDPR Art. 7(3)", "GDPR Art. 77"),
        (
            "nb",
            "personvernforordningen artikkel 6 nr. 1 bokstav b",
            "personvernforordningen artikkel 7 nr. 3",
            "personvernforordningen artikkel 77",
        ),
        (
            "nn",
            "personvernforordninga artikkel 6 nr. 1 bokstav b",
            "personvernforordninga artikkel 7 nr. 3",
            "personvernforordninga artikkel 77",
        ),
        (
            "sv",
            "artikel 6.1 b i dataskyddsförordningen",
            "artikel 7.3 i dataskyddsförordningen",
            "artikel 77 i dataskyddsförordningen",
        ),
        (
            "da",
            "databeskyttelsesforordningens artikel 6, stk. 1, litra b",
            "databeskyttelsesforordningens artikel 7, stk. 3",
            "databeskyttelsesforordningens artikel 77",
        ),
        ("de", "Art. 6 Abs. 1 lit. b DSGVO", "Art. 7 Abs. 3 DSGVO", "Art. 77 DSGVO"),
    ],
)
def test_each_language_cites_its_own_way(
    lang: str, point: str, paragraph: str, article: str
) -> None:
    assert cite("A6-1-b", lang) == point
    assert cite("A7-3", lang) == paragraph
    assert cite("A77", lang) == article


def test_every_shipped_language_has_a_form() -> None:
    assert set(SHIPPED_LANGUAGES) <= set(CITATION_FORMS)


def test_other_languages_cite_the_english_way() -> None:
    assert cite("A9-2-a", "fi") == "GDPR Art. 9(2)(a)"
    assert cite("A9-2-a", "de-AT") == "Art. 9 Abs. 2 lit. a DSGVO"


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", "GDPR Art. 49(1), second subparagraph"),
        ("nb", "personvernforordningen artikkel 49 nr. 1 annet ledd"),
        ("nn", "personvernforordninga artikkel 49 nr. 1 andre ledd"),
        ("sv", "artikel 49.1 andra stycket i dataskyddsförordningen"),
        ("da", "databeskyttelsesforordningens artikel 49, stk. 1, andet afsnit"),
        ("de", "Art. 49 Abs. 1 UAbs. 2 DSGVO"),
    ],
)
def test_dpv_a49_2_is_cited_as_the_second_subparagraph_of_article_49_1(
    lang: str, expected: str
) -> None:
    assert cite("A49-2", lang) == expected
