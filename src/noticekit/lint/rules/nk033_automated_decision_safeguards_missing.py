"""Automated decisions come with the Art. 22(3) safeguards: human intervention, a say, a challenge.

Article: GDPR Art. 22(3), 13(2)(f), 14(2)(g). Where a decision based solely on automated
processing rests on a contract or explicit consent (Art. 22(2)(a), (c)), the person has at
least the right to obtain human intervention, to express their point of view and to contest
the decision. The notice says how, in `automated_decision_making.safeguards`, in the
`automated_decision_details.safeguards` of every purpose with automated decisions, or as right
`A22`.
(For decisions authorised by law, Art. 22(2)(b), the law lays down the safeguards.)

Beyond the Regulation: Art. 13(2)(f) does not list the Art. 22(3) safeguards; telling the person
how to use them is noticekit's reading of Art. 12(2) and 22(3), hence a warning.

PASS::

    automated_decision_making:
      in_use: true
      logic: {en: ...}
      safeguards: {en: Ask us and a person reviews the decision.}

FAIL::

    automated_decision_making:
      in_use: true
      logic: {en: ...}
"""

from __future__ import annotations

from collections.abc import Iterator

from noticekit.lint.base import Finding
from noticekit.lint.base import RuleContext
from noticekit.lint.rules._util import offers_right
from noticekit.models import Notice

CODE = "NK033"
NAME = "automated-decision-safeguards-missing"
LEVEL = "warning"
ARTICLE = "GDPR Art. 22(3), 13(2)(f), 14(2)(g)"
URL = "https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_22"


def check(notice: Notice, ctx: RuleContext) -> Iterator[Finding]:
    adm = notice.automated_decision_making
    if adm is None or not adm.in_use or adm.safeguards is not None or offers_right(notice, "A22"):
        return
    deciding = [purpose for purpose in notice.purposes if purpose.automated_decisions]
    if deciding and all(
        purpose.automated_decision_details is not None
        and purpose.automated_decision_details.safeguards is not None
        for purpose in deciding
    ):
        return
    yield Finding(
        ("automated_decision_making", "in_use"),
        "automated decisions are in use, but the notice does not say how to obtain human "
        "intervention, "
        'express a view or contest a decision ("safeguards" or right "A22")',
    )
