"""NK016: the rights cover Art. 15-18, 20 and 21, or mark one not applicable."""

from __future__ import annotations

from noticekit.lint.rules import nk016_rights_incomplete as rule

from .helpers import check
from .helpers import messages

MOST_RIGHTS = """
rights:
  - {right: A15, contact_point: privacy}
  - {right: A16, contact_point: privacy}
  - {right: A17, contact_point: privacy}
  - {right: A18, contact_point: privacy}
  - {right: A21, contact_point: privacy}
"""

PORTABILITY_NOT_APPLICABLE = (
    MOST_RIGHTS
    + """\
  - right: A20
    not_applicable:
      en: We process nothing on consent or contract.
      nb: Vi behandler ingenting på samtykke eller avtale.
"""
)


def test_base_notice_passes():
    assert check(rule) == []


def test_missing_portability_fails_at_the_rights_list():
    assert check(rule, MOST_RIGHTS) == [(2, "NK016", "error")]
    assert messages(rule, MOST_RIGHTS) == [
        'the right of data portability ("A20") is missing; list it, or mark it "not_applicable" '
        "with the reason"
    ]


def test_right_marked_not_applicable_with_reason_passes():
    assert check(rule, PORTABILITY_NOT_APPLICABLE) == []
