"""NK018: the complaint right names a supervisory authority."""

from __future__ import annotations

from noticekit.lint.rules import nk018_complaint_authority_missing as rule

from .helpers import check

NO_COMPLAINT = """
rights:
  - {right: A15, contact_point: privacy}
"""

NO_AUTHORITY = """
rights:
  - {right: A15, contact_point: privacy}
  - right: A77
    description: {en: You can complain., nb: Du kan klage.}
"""

NOT_APPLICABLE = """
rights:
  - right: A77
    not_applicable: {en: Never., nb: Aldri.}
"""


def test_base_notice_passes():
    assert check(rule) == []


def test_missing_complaint_right_fails_at_the_rights_list():
    assert check(rule, NO_COMPLAINT) == [(2, "NK018", "error")]


def test_complaint_without_authority_fails_at_the_right():
    assert check(rule, NO_AUTHORITY) == [(3, "NK018", "error")]


def test_complaint_cannot_be_not_applicable():
    assert check(rule, NOT_APPLICABLE) == [(3, "NK018", "error")]
