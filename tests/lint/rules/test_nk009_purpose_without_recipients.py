"""NK009: every purpose declares its recipients (an empty list is allowed)."""

from __future__ import annotations

from noticekit.lint.rules import nk009_purpose_without_recipients as rule

from .helpers import check

PURPOSES = """
purposes:
  - id: none-stated
    name: {en: Bookkeeping, nb: Regnskap}
    legal_bases: [A6-1-c]
  - id: none-at-all
    name: {en: Security, nb: Sikkerhet}
    legal_bases: [A6-1-f]
    recipients: []
"""


def test_base_notice_passes():
    assert check(rule) == []


def test_missing_recipients_fails_at_the_purpose_and_empty_list_passes():
    assert check(rule, PURPOSES) == [(2, "NK009", "error")]
