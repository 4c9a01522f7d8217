"""NK031: each right offered says how to exercise it."""

from __future__ import annotations

from noticekit.lint.rules import nk031_right_without_how_to as rule

from .helpers import check

RIGHTS = """
rights:
  - {right: A15}
  - right: A16
    how_to_exercise: {en: Write to us., nb: Skriv til oss.}
  - {right: A17, contact_point: privacy}
  - right: A20
    not_applicable: {en: No contract., nb: Ingen avtale.}
  - {right: A7-3}
  - {right: A77}
"""


def test_base_notice_passes():
    assert check(rule) == []


def test_right_without_how_or_contact_point_warns_at_the_right():
    assert check(rule, RIGHTS) == [(2, "NK031", "warning")]
