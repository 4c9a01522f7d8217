"""NK022: indirectly obtained data is described by its categories."""

from __future__ import annotations

from noticekit.lint.rules import nk022_indirect_categories_missing as rule

from .helpers import check

PURPOSES = """
purposes:
  - id: credit-check
    name: {en: Credit check, nb: Kredittsjekk}
    sources: [bureau]
    legal_bases: [A6-1-f]
  - id: contract
    name: {en: Contract, nb: Avtale}
    sources: [customer]
    legal_bases: [A6-1-b]
"""

NO_CATEGORIES = """
data_categories: []
purposes:
  - id: contract
    name: {en: Contract, nb: Avtale}
    legal_bases: [A6-1-b]
"""


def test_base_notice_passes():
    assert check(rule) == []


def test_purpose_with_other_sources_and_no_categories_fails_at_the_purpose():
    assert check(rule, PURPOSES) == [(2, "NK022", "error")]


def test_indirect_notice_without_categories_fails_at_data_categories():
    assert check(rule, NO_CATEGORIES) == [(1, "NK022", "error")]


def test_direct_only_notice_without_categories_passes():
    assert check(rule, NO_CATEGORIES + "collection: [direct]\n") == []
