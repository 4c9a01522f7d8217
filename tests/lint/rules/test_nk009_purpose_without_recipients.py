"""NK009: every purpose declares its recipients (an empty list is allowed)."""

from __future__ import annotations

from noticekit.lint.rules import nk009_purpose_without_recipients as rule

from .helpers import check
from .helpers import messages

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

NO_RECIPIENTS_ANYWHERE = (
    PURPOSES
    + """
recipients: []
transfers: []
"""
)

ONLY_A_NOTE = (
    NO_RECIPIENTS_ANYWHERE
    + """
recipients_note: {en: We do not pass data on., nb: Vi gir ikke opplysninger videre.}
"""
)


def test_base_notice_passes():
    assert check(rule) == []


def test_purpose_silent_while_the_notice_lists_recipients_is_a_warning():
    # linking recipients to each purpose is WP260 practice; Art. 13(1)(e) asks for the recipients
    assert check(rule, PURPOSES) == [(2, "NK009", "warning")]
    assert messages(rule, PURPOSES) == [
        'purpose "none-stated" does not say which of the notice\'s recipients receive its data; '
        'list them, or write "recipients: []" if there are none'
    ]


def test_purpose_silent_in_a_notice_silent_on_recipients_is_an_error():
    assert check(rule, NO_RECIPIENTS_ANYWHERE) == [(2, "NK009", "error")]


def test_a_notice_wide_recipients_note_makes_it_a_warning():
    assert check(rule, ONLY_A_NOTE) == [(2, "NK009", "warning")]
