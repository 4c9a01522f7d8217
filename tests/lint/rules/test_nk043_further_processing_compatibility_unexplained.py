"""NK043: a new purpose on neither consent nor a law explains its compatibility (Art. 6(4))."""

from __future__ import annotations

from noticekit.lint.rules import nk043_further_processing_compatibility_unexplained as rule

from .helpers import check

PURPOSE = """
purposes:
  - id: tariffs
    name: {{en: Tariffs, nb: Tariffer}}
    legal_bases: [{basis}]
    further_processing: {{original_purposes: []}}
"""

EXPLAINED = """
purposes:
  - id: tariffs
    name: {en: Tariffs, nb: Tariffer}
    legal_bases: [A6-1-f]
    further_processing:
      compatibility: {en: It is close to the contract., nb: Det ligger nær avtalen.}
"""


def test_base_notice_passes():
    assert check(rule) == []


def test_legitimate_interests_without_an_explanation_warn():
    assert check(rule, PURPOSE.format(basis="A6-1-f")) == [(5, "NK043", "warning")]
    assert check(rule, PURPOSE.format(basis="A6-1-b")) == [(5, "NK043", "warning")]


def test_consent_a_law_or_an_explanation_pass():
    for basis in ("A6-1-a", "A6-1-c", "A6-1-e"):
        assert check(rule, PURPOSE.format(basis=basis)) == [], basis
    assert check(rule, EXPLAINED) == []
