"""NK006: Art. 6(1)(f) purposes state the legitimate interest in every language."""

from __future__ import annotations

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


def test_base_notice_passes():
    assert check(rule) == []


def test_missing_language_and_missing_interest_fail():
    assert check(rule, PURPOSES) == [(5, "NK006", "error"), (6, "NK006", "error")]
    assert messages(rule, PURPOSES) == [
        'the legitimate interest of purpose "credit-check" is not stated in "nb"',
        'purpose "security" relies on Art. 6(1)(f) but does not state the legitimate interest pursued',
    ]
