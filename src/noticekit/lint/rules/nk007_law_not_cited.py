"""A purpose on Art. 6(1)(c) or (e) cites the Union or Member State law it rests on.

Article: GDPR Art. 6(3), 13(1)(c), 14(1)(c). The basis for (c) and (e) "shall be laid down
by" Union or Member State law (Art. 6(3)); naming it (bokføringsloven, bokföringslagen) tells
the reader which obligation or task is meant.

Beyond the Regulation: Art. 13(1)(c) asks for the legal basis; citing the law behind Art.
6(1)(c) or (e) (Art. 6(3)) is noticekit's practice, hence a warning.

PASS::

    purposes:
      - id: bookkeeping
        legal_bases: [A6-1-c]
        law: {en: The Bookkeeping Act, nb: Bokføringsloven}

FAIL::

    purposes:
      - id: bookkeeping
        legal_bases: [A6-1-c]
"""

from __future__ import annotations

from collections.abc import Iterator

from noticekit.lint.base import Finding
from noticekit.lint.base import RuleContext
from noticekit.models import Notice

CODE = "NK007"
NAME = "law-not-cited"
LEVEL = "warning"
ARTICLE = "GDPR Art. 6(3), 13(1)(c), 14(1)(c)"
URL = "https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_6"

_WHAT = {
    "A6-1-c": ("6(1)(c)", "legal obligation"),
    "A6-1-e": ("6(1)(e)", "public task or official authority"),
}


def check(notice: Notice, ctx: RuleContext) -> Iterator[Finding]:
    for index, purpose in enumerate(notice.purposes):
        if purpose.law is not None:
            continue
        for basis in purpose.legal_bases:
            if basis in _WHAT:
                article, what = _WHAT[basis]
                yield Finding(
                    ("purposes", index, "law"),
                    f'purpose "{purpose.id}" relies on Art. {article} but does not cite the law '
                    f"that lays down the {what}",
                )
                break
