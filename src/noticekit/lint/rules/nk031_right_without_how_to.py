"""Each right offered says how to exercise it: a `how_to_exercise` text or a `contact_point`.

Article: GDPR Art. 12(2), 13(2)(b), 14(2)(c); WP260 rev.01 Annex (a summary of what each right
involves and how to exercise it). Withdrawing consent and complaints have their own rules
(NK008, NK018).

Beyond the Regulation: Art. 13(2)(b) asks for the existence of the rights; how to exercise each
is WP260 practice (with Art. 12(2)), hence a warning.

PASS::

    rights:
      - {right: A15, contact_point: privacy}

FAIL::

    rights:
      - {right: A15}
"""

from __future__ import annotations

from collections.abc import Iterator

from noticekit.lint.base import Finding
from noticekit.lint.base import RuleContext
from noticekit.lint.rules._util import RIGHT_NAMES
from noticekit.models import Notice

CODE = "NK031"
NAME = "right-without-how-to"
LEVEL = "warning"
ARTICLE = "GDPR Art. 12(2), 13(2)(b), 14(2)(c); WP260 rev.01 Annex"
URL = "https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_12"


def check(notice: Notice, ctx: RuleContext) -> Iterator[Finding]:
    for index, right in enumerate(notice.rights):
        if right.right in ("A7-3", "A77") or right.not_applicable is not None:
            continue
        if right.how_to_exercise is None and right.contact_point is None:
            yield Finding(
                ("rights", index),
                f'the right of {RIGHT_NAMES[right.right]} ("{right.right}") does not say how to '
                'exercise it ("how_to_exercise" or "contact_point")',
            )
