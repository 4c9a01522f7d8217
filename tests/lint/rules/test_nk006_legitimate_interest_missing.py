"""NK006: Art. 6(1)(f) purposes state the legitimate interest in every language."""

from __future__ import annotations

import pytest

from noticekit.lint.rules import nk006_legitimate_interest_missing as rule

from .helpers import check
from .helpers import messages

PURPOSES = """
purposes:
  - id: credit-check
    name: {en: Credit check, nb: Kredittsjekk}
    legal_bases: [A6-1-f]
    legitimate_interest: {en: Avoiding bad debt.}
  - id: security
    name: {en: Security, nb: Sikkerhet}
    legal_bases: [A6-1-f]
  - id: contract
    name: {en: Contract, nb: Avtale}
    legal_bases: [A6-1-b]
"""

INTEREST = """
purposes:
  - id: marketing
    name: {{en: Marketing, nb: Markedsføring}}
    legal_bases: [A6-1-f]
    legitimate_interest:
      en: "{en}"
      nb: "{nb}"
"""

RESTATED = [
    ("Our legitimate interest.", "Vår berettigede interesse."),
    (
        "The processing is necessary for the legitimate interests pursued by the controller.",
        "Behandlingen er nødvendig for formål knyttet til våre berettigede interesser.",
    ),
    (
        "Legitimate interest under Art. 6(1)(f) GDPR.",
        "Berettiget interesse etter artikkel 6 nr. 1 bokstav f.",
    ),
    ("Our legitimate business interests.", "Selskapets berettigede interesser."),
]

BALANCING = [
    (
        "In this balancing of interests, account is taken of the fact that you signed up.",
        "I denne interesseavveiningen tas det hensyn til at du har meldt deg på.",
    ),
    ("We have carried out a balancing test.", "Vi har gjort en interesseavveining."),
]

IDENTIFIED = [
    ("Avoiding bad debt.", "Unngå tap på fordringer."),
    (
        "Our legitimate interest in marketing our products.",
        "Vår berettigede interesse i å markedsføre produktene våre.",
    ),
    ("Fraud prevention.", "Hindre svindel."),
]


def test_base_notice_passes():
    assert check(rule) == []


def test_missing_language_and_missing_interest_fail():
    assert check(rule, PURPOSES) == [(5, "NK006", "error"), (6, "NK006", "error")]
    assert messages(rule, PURPOSES) == [
        'the legitimate interest of purpose "credit-check" is not stated in "nb"',
        'purpose "security" relies on Art. 6(1)(f) but does not state the legitimate interest '
        "pursued",
    ]


@pytest.mark.parametrize(("en", "nb"), RESTATED)
def test_the_basis_restated_is_no_interest(en, nb):
    snippet = INTEREST.format(en=en, nb=nb)
    assert check(rule, snippet) == [(6, "NK006", "error")]
    assert messages(rule, snippet) == [
        'the legitimate interest of purpose "marketing" ("en" text) only restates the legal basis; '
        "say what the controller wants to achieve"
    ]


@pytest.mark.parametrize(("en", "nb"), BALANCING)
def test_a_balancing_text_is_no_interest(en, nb):
    snippet = INTEREST.format(en=en, nb=nb)
    assert check(rule, snippet) == [(6, "NK006", "error")]
    assert "describes the balancing of interests" in messages(rule, snippet)[0]


def test_the_balancing_is_found_in_any_language():
    snippet = INTEREST.format(en="Selling more.", nb="I interesseavveiningen ser vi på dette.")
    assert check(rule, snippet) == [(7, "NK006", "error")]
    assert messages(rule, snippet) == [
        'the legitimate interest of purpose "marketing" ("nb" text) describes the balancing of '
        'interests ("interesseavveiningen"), not the interest pursued; say what the controller '
        "wants to achieve"
    ]


@pytest.mark.parametrize(("en", "nb"), IDENTIFIED)
def test_an_identified_interest_passes(en, nb):
    assert check(rule, INTEREST.format(en=en, nb=nb)) == []
