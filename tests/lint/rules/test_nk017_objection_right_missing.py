"""NK017: the right to object wherever Art. 6(1)(e)/(f) or direct marketing is used."""

from __future__ import annotations

from noticekit.lint.rules import nk017_objection_right_missing as rule

from .helpers import check
from .helpers import messages

PURPOSES = """
purposes:
  - id: credit-check
    name: {en: Credit check, nb: Kredittsjekk}
    legal_bases: [A6-1-f]
  - id: offers
    name: {en: Offers, nb: Tilbud}
    legal_bases: [A6-1-a]
    objection: {en: Click unsubscribe., nb: Klikk avmeld.}
  - id: contract
    name: {en: Contract, nb: Avtale}
    legal_bases: [A6-1-b]
"""

NO_OBJECTION = """
rights:
  - {right: A15, contact_point: privacy}
"""

OBJECTION_NOT_APPLICABLE = """
rights:
  - right: A21
    not_applicable: {en: Not relevant., nb: Ikke relevant.}
"""

MARKETING_ONLY_OBJECTION = """
rights:
  - {right: A21-2, contact_point: privacy}
"""


def test_base_notice_passes():
    assert check(rule) == []


def test_legitimate_interest_and_marketing_without_objection_fail():
    assert check(rule, PURPOSES + NO_OBJECTION) == [(4, "NK017", "error"), (5, "NK017", "error")]


def test_objection_marked_not_applicable_does_not_count():
    assert check(rule, PURPOSES + OBJECTION_NOT_APPLICABLE) == [
        (4, "NK017", "error"),
        (5, "NK017", "error"),
    ]


def test_marketing_objection_covers_marketing_but_not_legitimate_interest():
    assert check(rule, PURPOSES + MARKETING_ONLY_OBJECTION) == [(4, "NK017", "error")]


def test_messages_say_why_the_right_is_needed():
    assert messages(rule, PURPOSES + NO_OBJECTION) == [
        'purpose "credit-check" relies on "A6-1-f", but the notice does not offer the right to object ("A21")',
        (
            'purpose "offers" has an objection text, but the notice does not offer the right to object to it '
            '("A21-2" or "A21")'
        ),
    ]
