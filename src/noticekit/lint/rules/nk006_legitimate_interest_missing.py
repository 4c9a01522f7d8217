"""A purpose on Art. 6(1)(f) states the legitimate interest pursued, in every language of the notice.

Article: GDPR Art. 13(1)(d), 14(2)(b); WP260 rev.01 Annex (identify the specific interest).

PASS::

    purposes:
      - id: credit-check
        legal_bases: [A6-1-f]
        legitimate_interest: {en: Avoiding bad debt., nb: Unngå tap på fordringer.}

FAIL::

    purposes:
      - id: credit-check
        legal_bases: [A6-1-f]
        legitimate_interest: {en: Avoiding bad debt.}   # the notice also declares nb
"""

from __future__ import annotations

from collections.abc import Iterator

from noticekit.lint.base import Finding
from noticekit.lint.base import RuleContext
from noticekit.lint.rules._util import quoted
from noticekit.models import Notice

CODE = "NK006"
NAME = "legitimate-interest-missing"
LEVEL = "error"
ARTICLE = "GDPR Art. 13(1)(d), 14(2)(b); WP260 rev.01 Annex"
URL = "https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_13"


def check(notice: Notice, ctx: RuleContext) -> Iterator[Finding]:
    for index, purpose in enumerate(notice.purposes):
        if "A6-1-f" not in purpose.legal_bases:
            continue
        path = ("purposes", index, "legitimate_interest")
        if purpose.legitimate_interest is None:
            yield Finding(
                path,
                f'purpose "{purpose.id}" relies on Art. 6(1)(f) but does not state the legitimate interest pursued',
            )
            continue
        missing = [lang for lang in notice.languages if lang not in purpose.legitimate_interest]
        if missing:
            yield Finding(
                path,
                f'the legitimate interest of purpose "{purpose.id}" is not stated in {quoted(missing)}',
            )
