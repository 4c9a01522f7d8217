"""Rules cite what they rest on: an article only where the Regulation asks for it."""

from __future__ import annotations

import re

import pytest

from noticekit.lint.rules import RULES

#: `Art. 13(3)`, `Art. 12(1)`: a citation of an article of the Regulation.
ARTICLE = re.compile(r"\bArt\. \d")


def test_the_change_history_rests_on_wp260_not_on_further_processing():
    # Art. 13(3)/14(4) concern further processing for a new purpose, not a change log
    cited = RULES["NK023"].ARTICLE
    assert "WP260" in cited
    assert "13(3)" not in cited and "14(4)" not in cited


def test_translations_rest_on_wp260_not_on_article_12():
    # Art. 12(1) asks for clear and plain language; it does not require translations
    cited = RULES["NK025"].ARTICLE
    assert "WP260" in cited and not ARTICLE.search(cited)


def test_an_unused_definition_cites_no_article():
    assert not ARTICLE.search(RULES["NK028"].ARTICLE)


def test_the_objection_rule_cites_the_direct_marketing_paragraphs():
    assert "21(2)–(3)" in RULES["NK017"].ARTICLE


@pytest.mark.parametrize("code", sorted(RULES))
def test_every_rule_says_where_it_asks_more_than_the_regulation(code):
    doc = RULES[code].__doc__ or ""
    assert "\nBeyond the Regulation: " in doc, f"{code}: no 'Beyond the Regulation:' paragraph"
