"""Every purpose has at least one Art. 6(1) legal basis.

Article: GDPR Art. 13(1)(c), 14(1)(c); WP260 Annex (each purpose linked to its legal basis).

Beyond the Regulation: none (WP260 reads Art. 13(1)(c) as a legal basis for each purpose).

PASS::

    purposes:
      - id: newsletter
        legal_bases: [A6-1-a]

FAIL::

    purposes:
      - id: newsletter
        name: {en: Newsletter}
"""

from __future__ import annotations

from collections.abc import Iterator

from noticekit.lint.base import Finding
from noticekit.lint.base import RuleContext
from noticekit.models import Notice
from noticekit.models.codes import ART6_BASES

CODE = "NK004"
NAME = "purpose-without-legal-basis"
LEVEL = "error"
ARTICLE = "GDPR Art. 13(1)(c), 14(1)(c)"
URL = "https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_13"


def check(notice: Notice, ctx: RuleContext) -> Iterator[Finding]:
    for index, purpose in enumerate(notice.purposes):
        if not any(basis in ART6_BASES for basis in purpose.legal_bases):
            yield Finding(
                ("purposes", index, "legal_bases"),
                f'purpose "{purpose.id}" has no Art. 6(1) legal basis',
            )
