"""The right to data portability is offered only where a purpose rests on consent or contract.

Article: GDPR Art. 20(1)(a), 13(2)(b), 14(2)(c); WP260 rev.01 Annex (the rights information
should be specific to the processing). Portability applies to processing based on Art. 6(1)(a),
9(2)(a) or 6(1)(b), carried out by automated means; offering it elsewhere misleads the reader.
Mark it `not_applicable` with the reason instead. The rule waits until every purpose has a
legal basis (NK004), since it cannot judge before.

Beyond the Regulation: offering a right the person does not have is not forbidden; WP260 asks
that the rights information be specific to the processing, hence a warning.

PASS::

    purposes:
      - {id: contract, legal_bases: [A6-1-b]}
    rights:
      - {right: A20, contact_point: privacy}

FAIL::

    purposes:
      - {id: bookkeeping, legal_bases: [A6-1-c]}
    rights:
      - {right: A20, contact_point: privacy}
"""

from __future__ import annotations

from collections.abc import Iterator

from noticekit.lint.base import Finding
from noticekit.lint.base import RuleContext
from noticekit.lint.rules._util import rights_with
from noticekit.models import Notice

CODE = "NK034"
NAME = "portability-without-basis"
LEVEL = "warning"
ARTICLE = "GDPR Art. 20(1)(a), 13(2)(b), 14(2)(c); WP260 rev.01 Annex"
URL = "https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_20"

PORTABLE = {"A6-1-a", "A6-1-b", "A9-2-a"}


def check(notice: Notice, ctx: RuleContext) -> Iterator[Finding]:
    if any(not purpose.legal_bases for purpose in notice.purposes):
        return
    if any(PORTABLE & set(purpose.legal_bases) for purpose in notice.purposes):
        return
    for index, right in rights_with(notice, "A20"):
        if right.not_applicable is None:
            yield Finding(
                ("rights", index),
                'the right to data portability ("A20") is offered, but no purpose rests on '
                "consent or a contract, "
                'the only bases it applies to; mark it "not_applicable" with the reason',
            )
