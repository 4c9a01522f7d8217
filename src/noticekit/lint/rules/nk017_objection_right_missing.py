"""The right to object is offered wherever a purpose rests on Art. 6(1)(e)/(f) or is direct marketing.

Article: GDPR Art. 21(1)–(2), 21(4), 13(2)(b), 14(2)(c). Direct marketing is a purpose with
`dpv:DirectMarketing` or `dpv:Marketing`, or with its own `objection` text; it needs `A21-2`
or `A21`. A right marked `not_applicable` does not count.

PASS::

    purposes:
      - {id: credit-check, legal_bases: [A6-1-f]}
    rights:
      - {right: A21, contact_point: privacy}

FAIL::

    purposes:
      - {id: credit-check, legal_bases: [A6-1-f]}
    rights:
      - {right: A21, not_applicable: {en: Not relevant.}}
"""

from __future__ import annotations

from collections.abc import Iterator

from noticekit.lint.base import Finding
from noticekit.lint.base import RuleContext
from noticekit.lint.rules._util import MARKETING_TERMS
from noticekit.lint.rules._util import offers_right
from noticekit.models import Notice

CODE = "NK017"
NAME = "objection-right-missing"
LEVEL = "error"
ARTICLE = "GDPR Art. 13(2)(b), 14(2)(c), 21(4)"
URL = "https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_21"


def check(notice: Notice, ctx: RuleContext) -> Iterator[Finding]:
    general = offers_right(notice, "A21")
    marketing_ok = general or offers_right(notice, "A21-2")
    for index, purpose in enumerate(notice.purposes):
        bases = [basis for basis in purpose.legal_bases if basis in ("A6-1-e", "A6-1-f")]
        if bases and not general:
            yield Finding(
                ("purposes", index, "legal_bases"),
                f'purpose "{purpose.id}" relies on "{bases[0]}", but the notice does not offer '
                'the right to object ("A21")',
            )
        elif (MARKETING_TERMS & set(purpose.dpv) or purpose.objection) and not marketing_ok:
            what = (
                "is direct marketing"
                if MARKETING_TERMS & set(purpose.dpv)
                else "has an objection text"
            )
            yield Finding(
                ("purposes", index),
                f'purpose "{purpose.id}" {what}, but the notice does not offer '
                'the right to object to it ("A21-2" or "A21")',
            )
