"""NK025: every text exists in every declared language."""

from __future__ import annotations

from noticekit.lint.rules import nk025_missing_translation as rule

from .helpers import BASE
from .helpers import check
from .helpers import messages

TITLE_ONE_LANGUAGE = """
title: {en: Privacy notice}
"""

NESTED = """
rights:
  - {right: A15, contact_point: privacy}
  - right: A7-3
    how_to_exercise:
      nb: Klikk avmeld.
"""

THREE_LANGUAGES = """
languages: [en, nb, sv]
"""


def test_base_notice_passes():
    assert check(rule) == []


def test_missing_language_fails_at_the_text():
    assert check(rule, TITLE_ONE_LANGUAGE) == [(1, "NK025", "error")]
    assert messages(rule, TITLE_ONE_LANGUAGE) == ['"title" has no "nb" text (it has "en")']


def test_nested_text_is_named_by_ids():
    assert check(rule, NESTED) == [(5, "NK025", "error")]
    assert messages(rule, NESTED) == ['"rights.1.how_to_exercise" has no "en" text (it has "nb")']


def test_every_text_reports_a_new_language():
    results = check(rule, THREE_LANGUAGES)
    texts = sum(1 for line in BASE.splitlines() if "{en:" in line)
    assert len(results) == texts
    assert all(code == "NK025" and level == "error" for _, code, level in results)
