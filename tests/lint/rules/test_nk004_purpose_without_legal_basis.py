"""NK004: every purpose has an Art. 6(1) legal basis."""

from __future__ import annotations

from noticekit.lint.rules import nk004_purpose_without_legal_basis as rule

from .helpers import check
from .helpers import messages

PURPOSES = """
purposes:
  - id: newsletter
    name: {en: Newsletter, nb: Nyhetsbrev}
    data_categories: [contact]
    recipients: []
    legal_bases: [A9-2-a]
    retention: {duration: P1Y}
  - id: bookkeeping
    name: {en: Bookkeeping, nb: Regnskap}
    data_categories: [credit]
    recipients: []
    retention: {duration: P1Y}
"""


def test_base_notice_passes():
    assert check(rule) == []


def test_purpose_without_art6_basis_fails_at_legal_bases_or_purpose():
    assert check(rule, PURPOSES) == [(6, "NK004", "error"), (8, "NK004", "error")]


def test_message_quotes_the_purpose():
    assert messages(rule, PURPOSES)[0] == 'purpose "newsletter" has no Art. 6(1) legal basis'
