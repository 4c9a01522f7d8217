"""NK007: Art. 6(1)(c)/(e) purposes cite the law."""

from __future__ import annotations

from noticekit.lint.rules import nk007_law_not_cited as rule

from .helpers import check
from .helpers import messages

PURPOSES = """
purposes:
  - id: bookkeeping
    name: {en: Bookkeeping, nb: Regnskap}
    legal_bases: [A6-1-c]
  - id: register
    name: {en: Public register, nb: Offentlig register}
    legal_bases: [A6-1-e]
  - id: cited
    name: {en: Cited, nb: Hjemlet}
    legal_bases: [A6-1-c, A6-1-e]
    law: {en: The Archives Act, nb: Arkivlova}
"""


def test_base_notice_passes():
    assert check(rule) == []


def test_uncited_obligation_and_public_task_warn_at_the_purpose():
    assert check(rule, PURPOSES) == [(2, "NK007", "warning"), (5, "NK007", "warning")]
    assert messages(rule, PURPOSES)[1] == (
        'purpose "register" relies on Art. 6(1)(e) but does not cite the law '
        "that lays down the public task or official authority"
    )
