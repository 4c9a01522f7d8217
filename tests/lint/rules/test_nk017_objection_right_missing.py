"""NK017: the right to object for Art. 6(1)(e)/(f); the Art. 21(2) right for direct marketing."""

from __future__ import annotations

import pytest

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
    dpv: [dpv:DirectMarketing]
  - id: contract
    name: {en: Contract, nb: Avtale}
    legal_bases: [A6-1-b]
"""

#: A direct-marketing purpose on legitimate interests, flagged in the notice's own words.
MARKETING_ON_INTERESTS = """
purposes:
  - id: newsletter
    name: {en: Newsletter, nb: Nyhetsbrev}
    legal_bases: [A6-1-f]
    legitimate_interest: {en: Selling more., nb: Selge mer.}
    direct_marketing: true
"""

GENERAL_OBJECTION = """
rights:
  - {right: A21, contact_point: privacy}
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

BOTH_OBJECTIONS = """
rights:
  - {right: A21, contact_point: privacy}
  - {right: A21-2, contact_point: privacy}
"""


def purpose(extra: str, rights: str = GENERAL_OBJECTION) -> str:
    return (
        f"""
purposes:
  - id: offers
    name: {{en: Offers, nb: Tilbud}}
    legal_bases: [A6-1-a]
{extra}
"""
        + rights
    )


def test_base_notice_passes():
    assert check(rule) == []


def test_legitimate_interest_and_marketing_without_objection_fail():
    assert check(rule, PURPOSES + NO_OBJECTION) == [(4, "NK017", "error"), (8, "NK017", "error")]


def test_objection_marked_not_applicable_does_not_count():
    assert check(rule, PURPOSES + OBJECTION_NOT_APPLICABLE) == [
        (4, "NK017", "error"),
        (8, "NK017", "error"),
    ]


def test_marketing_objection_covers_marketing_but_not_legitimate_interest():
    assert check(rule, PURPOSES + MARKETING_ONLY_OBJECTION) == [(4, "NK017", "error")]


def test_the_general_right_does_not_cover_direct_marketing():
    assert check(rule, PURPOSES + GENERAL_OBJECTION) == [(8, "NK017", "error")]


def test_direct_marketing_on_legitimate_interests_is_checked_too():
    # 6(1)(f) needs A21 and direct marketing needs A21-2: neither check hides the other
    assert check(rule, MARKETING_ON_INTERESTS + NO_OBJECTION) == [
        (4, "NK017", "error"),
        (6, "NK017", "error"),
    ]
    assert check(rule, MARKETING_ON_INTERESTS + GENERAL_OBJECTION) == [(6, "NK017", "error")]
    assert check(rule, MARKETING_ON_INTERESTS + BOTH_OBJECTIONS) == []


def test_an_objection_text_alone_is_not_direct_marketing():
    text = "    objection: {en: Click unsubscribe., nb: Klikk avmeld.}"
    assert check(rule, purpose(text, NO_OBJECTION)) == []


@pytest.mark.parametrize(
    "term",
    [
        "dpv:DirectMarketing",
        "dpv:Marketing",
        "dpv:SocialMediaMarketing",
        "dpv:PersonalisedAdvertising",
        "dpv:TargetedAdvertising",
        "dpv:RecruitmentTargetedAdvertising",
    ],
)
def test_dpv_marketing_terms_are_direct_marketing(term):
    assert check(rule, purpose(f"    dpv: [{term}]")) == [(5, "NK017", "error")]


def test_the_flag_overrides_the_dpv_term():
    assert check(rule, purpose("    dpv: [dpv:Marketing]\n    direct_marketing: false")) == []


def test_messages_say_which_right_is_needed():
    assert messages(rule, PURPOSES + NO_OBJECTION) == [
        'purpose "credit-check" relies on "A6-1-f", but the notice does not offer the right to '
        'object ("A21", Art. 21(1))',
        'purpose "offers" is direct marketing, but the notice does not offer the right to object '
        'to direct marketing ("A21-2", Art. 21(2)-(3)); the general right to object ("A21") does '
        "not say that the processing stops on request",
    ]
