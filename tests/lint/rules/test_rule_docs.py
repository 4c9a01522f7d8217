"""Every GDPR rule module documents its article and options, and stays small."""

from __future__ import annotations

import inspect

import pytest

from noticekit.lint.rules import RULES


@pytest.mark.parametrize("code", sorted(RULES))
def test_docstring_names_the_article_and_every_option(code):
    rule = RULES[code]
    doc = rule.__doc__ or ""
    assert "\nArticle: " in doc, f"{code}: no 'Article:' line"
    assert "PASS::" in doc and "FAIL::" in doc, f"{code}: no PASS:: / FAIL:: examples"
    for option in getattr(rule, "OPTIONS", {}):
        assert option in doc, f"{code}: option {option!r} is not documented"


@pytest.mark.parametrize("code", sorted(RULES))
def test_module_is_small_and_named_after_its_slug(code):
    rule = RULES[code]
    lines = inspect.getsource(rule).count("\n")
    assert 30 <= lines <= 250, f"{code}: {lines} lines"
    assert rule.__name__.rsplit(".", 1)[1] == f"{code.lower()}_{rule.NAME.replace('-', '_')}"
    assert rule.URL.startswith(
        ("https://eur-lex.europa.eu/eli/reg/2016/679/oj#", "https://ec.europa.eu/newsroom/")
    )
