"""A notice with consent-based purposes says how to withdraw consent.

Article: GDPR Art. 7(3), 13(2)(c), 14(2)(d); WP260 rev.01 Annex (explain how consent can be
withdrawn; withdrawing must be as easy as giving consent). The right `A7-3` says how, in its
`how_to_exercise` text or by its `contact_point`.

Beyond the Regulation: Art. 13(2)(c) asks for the existence of the right; saying how to use it
is WP260 practice (and Art. 7(3): as easy as giving consent).

PASS::

    purposes:
      - {id: newsletter, legal_bases: [A6-1-a]}
    rights:
      - right: A7-3
        how_to_exercise: {en: Click "unsubscribe" in any newsletter.}

FAIL::

    purposes:
      - {id: newsletter, legal_bases: [A6-1-a]}
    rights:
      - {right: A7-3}
"""

from __future__ import annotations

from collections.abc import Iterator

from noticekit.lint.base import Finding
from noticekit.lint.base import RuleContext
from noticekit.lint.rules._util import rights_with
from noticekit.models import Notice

CODE = "NK008"
NAME = "consent-withdrawal-missing"
LEVEL = "error"
ARTICLE = "GDPR Art. 7(3), 13(2)(c), 14(2)(d); WP260 rev.01 Annex"
URL = "https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_7"

CONSENT = ("A6-1-a", "A9-2-a")


def check(notice: Notice, ctx: RuleContext) -> Iterator[Finding]:
    consent = [
        (index, p) for index, p in enumerate(notice.purposes) if set(CONSENT) & set(p.legal_bases)
    ]
    if not consent:
        return
    withdraw = rights_with(notice, "A7-3")
    if not withdraw:
        for index, purpose in consent:
            yield Finding(
                ("purposes", index, "legal_bases"),
                f'purpose "{purpose.id}" relies on consent, but the notice does not state '
                'the right to withdraw it (right "A7-3")',
            )
        return
    for index, right in withdraw:
        if right.not_applicable is not None:
            yield Finding(
                ("rights", index, "not_applicable"),
                "the right to withdraw consent is marked not applicable, but purpose "
                f'"{consent[0][1].id}" relies on consent',
            )
        elif right.how_to_exercise is None and right.contact_point is None:
            yield Finding(
                ("rights", index, "how_to_exercise"),
                'the right to withdraw consent ("A7-3") does not say how to withdraw it: '
                'give "how_to_exercise" or a "contact_point"',
            )
