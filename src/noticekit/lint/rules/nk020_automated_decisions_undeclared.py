"""The notice says explicitly whether automated decisions are made, and how, when they are.

Article: GDPR Art. 13(2)(f), 14(2)(g), 22(1), 22(4): the existence of automated decision-making,
including profiling, and at least meaningful information about the logic involved, and the
significance and envisaged consequences for the person. The logic, significance and
consequences of decisions in use, and a purpose making decisions while the notice says none are
made, are errors. The logic, significance and consequences may be given once for the notice, or
in each purpose's `automated_decision_details` when every purpose with automated decisions gives
them.

Beyond the Regulation: the Regulation asks for this information only where automated decisions
are made; noticekit asks for an explicit `automated_decision_making.in_use`, so that "none" can
be told from "forgotten". A notice silent on it gets a warning, not an error.

PASS::

    automated_decision_making:
      in_use: false

FAIL::

    automated_decision_making:
      in_use: true
      logic: {en: A score from your payment history.}
"""

from __future__ import annotations

from collections.abc import Iterator

from noticekit.lint.base import Finding
from noticekit.lint.base import RuleContext
from noticekit.models import Notice
from noticekit.models import Purpose

CODE = "NK020"
NAME = "automated-decisions-undeclared"
LEVEL = "error"
ARTICLE = "GDPR Art. 13(2)(f), 14(2)(g), 22(1), 22(4)"
URL = "https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_22"

REQUIRED = {
    "logic": "the logic involved",
    "significance": "its significance",
    "consequences": "its consequences",
}


def check(notice: Notice, ctx: RuleContext) -> Iterator[Finding]:
    adm = notice.automated_decision_making
    if adm is None:
        yield Finding(
            ("automated_decision_making",),
            "the notice does not say whether automated decisions are made; add "
            '"automated_decision_making" with "in_use: true" or "in_use: false"',
            level="warning",
        )
    elif adm.in_use:
        deciding = [purpose for purpose in notice.purposes if purpose.automated_decisions]
        for field, what in REQUIRED.items():
            if getattr(adm, field) is None and not _each_purpose_explains(deciding, field):
                yield Finding(
                    ("automated_decision_making", field),
                    f"automated decisions are in use, but the notice does not explain {what} "
                    f'("{field}")',
                )
    if adm is None or not adm.in_use:
        for index, purpose in enumerate(notice.purposes):
            if purpose.automated_decisions:
                yield Finding(
                    ("purposes", index, "automated_decisions"),
                    f'purpose "{purpose.id}" makes automated decisions, '
                    'but "automated_decision_making.in_use" is not true',
                )


def _each_purpose_explains(deciding: list[Purpose], field: str) -> bool:
    """Whether every purpose with automated decisions states `field` in its own details."""
    return bool(deciding) and all(
        purpose.automated_decision_details is not None
        and getattr(purpose.automated_decision_details, field) is not None
        for purpose in deciding
    )
