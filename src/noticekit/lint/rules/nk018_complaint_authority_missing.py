"""The right to complain names a supervisory authority.

Article: GDPR Art. 13(2)(d), 14(2)(e), 77; WP260 rev.01 Annex (a complaint may be lodged in
the Member State of habitual residence, place of work or of the alleged infringement), e.g.
Datatilsynet in Norway or IMY in Sweden.

Beyond the Regulation: the Regulation asks for the right itself; noticekit also asks for the
authority's name, so that the reader knows where to turn.

PASS::

    rights:
      - right: A77
        authority: {name: Datatilsynet, country: "NO", url: https://www.datatilsynet.no}

FAIL::

    rights:
      - {right: A77}
"""

from __future__ import annotations

from collections.abc import Iterator

from noticekit.lint.base import Finding
from noticekit.lint.base import RuleContext
from noticekit.lint.rules._util import rights_with
from noticekit.models import Notice

CODE = "NK018"
NAME = "complaint-authority-missing"
LEVEL = "error"
ARTICLE = "GDPR Art. 13(2)(d), 14(2)(e), 77"
URL = "https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_77"


def check(notice: Notice, ctx: RuleContext) -> Iterator[Finding]:
    complaints = rights_with(notice, "A77")
    if not complaints:
        yield Finding(
            ("rights",),
            'the right to lodge a complaint with a supervisory authority ("A77") is missing',
        )
    for index, right in complaints:
        if right.not_applicable is not None:
            yield Finding(
                ("rights", index, "not_applicable"),
                'the right to complain ("A77") always applies; it cannot be marked not applicable',
            )
        elif right.authority is None:
            yield Finding(
                ("rights", index),
                'the right to complain ("A77") names no supervisory authority',
            )
