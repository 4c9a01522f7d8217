"""The rights cover access, rectification, erasure, restriction, portability and objection.

Article: GDPR Art. 13(2)(b), 14(2)(c). A right that does not apply to any of the processing
(portability outside consent and contract, Art. 20(1); objection outside Art. 6(1)(e)/(f) and
direct marketing, Art. 21) is listed with `not_applicable` and the reason, so that the reader
learns why.

Beyond the Regulation: a right that does not apply to any of the processing need not be
mentioned; noticekit asks for it with `not_applicable` and the reason, so that "does not apply"
can be told from "forgotten".

PASS::

    rights:
      - {right: A15, contact_point: privacy}
      - {right: A16, contact_point: privacy}
      - {right: A17, contact_point: privacy}
      - {right: A18, contact_point: privacy}
      - {right: A20, not_applicable: {en: We process no data on consent or contract.}}
      - {right: A21, contact_point: privacy}

FAIL::

    rights:
      - {right: A15, contact_point: privacy}
"""

from __future__ import annotations

from collections.abc import Iterator

from noticekit.lint.base import Finding
from noticekit.lint.base import RuleContext
from noticekit.lint.rules._util import RIGHT_NAMES
from noticekit.models import Notice

CODE = "NK016"
NAME = "rights-incomplete"
LEVEL = "error"
ARTICLE = "GDPR Art. 13(2)(b), 14(2)(c)"
URL = "https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_13"

REQUIRED = ("A15", "A16", "A17", "A18", "A20", "A21")


def check(notice: Notice, ctx: RuleContext) -> Iterator[Finding]:
    listed = {right.right for right in notice.rights}
    for code in REQUIRED:
        if code not in listed:
            yield Finding(
                ("rights",),
                f'the right of {RIGHT_NAMES[code]} ("{code}") is missing; '
                'list it, or mark it "not_applicable" with the reason',
            )
