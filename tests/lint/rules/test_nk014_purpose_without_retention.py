"""NK014: every purpose has retention."""

from __future__ import annotations

from noticekit.lint.rules import nk014_purpose_without_retention as rule

from .helpers import check

PURPOSES = """
purposes:
  - id: kept
    name: {en: Kept, nb: Lagret}
    legal_bases: [A6-1-b]
    retention: {criteria: {en: Until you delete your account., nb: Til du sletter kontoen.}}
  - id: forever
    name: {en: Forever, nb: Alltid}
    legal_bases: [A6-1-b]
"""


def test_base_notice_passes():
    assert check(rule) == []


def test_purpose_without_retention_fails_at_the_purpose():
    assert check(rule, PURPOSES) == [(6, "NK014", "error")]


def test_further_retention_periods_alone_state_the_retention():
    periods = """    retention_periods:
      - condition: {en: While you are a customer., nb: Mens du er kunde.}
        event: {en: Until the contract ends., nb: Til avtalen slutter.}
"""
    assert check(rule, PURPOSES + periods) == []
