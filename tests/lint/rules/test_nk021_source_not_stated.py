"""NK021: indirect collection names its sources and whether they are public."""

from __future__ import annotations

from noticekit.lint.rules import nk021_source_not_stated as rule

from .helpers import check

SOURCES = """
sources:
  - id: customer
    name: {en: You, nb: Deg}
    kind: data-subject
  - id: bureau
    name: {en: Credit bureau, nb: Kredittbyrå}
    kind: third-party
  - id: register
    name: {en: Business register, nb: Brønnøysundregistrene}
    kind: public
"""

ONLY_THE_PERSON = """
sources:
  - id: customer
    name: {en: You, nb: Deg}
    kind: data-subject
  - id: bureau
    name: {en: You, nb: Deg}
    kind: data-subject
"""


def test_base_notice_passes():
    assert check(rule) == []


def test_source_without_public_flag_is_a_warning_at_the_source():
    # Art. 14(2)(f): whether the source is public only "if applicable"
    assert check(rule, SOURCES) == [(5, "NK021", "warning")]


def test_indirect_collection_without_other_sources_fails_at_collection():
    results = check(rule, ONLY_THE_PERSON)
    assert [(code, level) for _, code, level in results] == [("NK021", "error")]
    assert results[0][0] < 0  # "collection" stands in the base part, above the snippet
