"""A transfer on safeguards says how to get a copy of them or where they are available.

Article: GDPR Art. 13(1)(f), 14(1)(f): for transfers under Art. 46 or 47, or the second
subparagraph of Art. 49(1), a reference to the safeguards "and the means by which to obtain a
copy of them or where they have been made available". The mechanisms are those in
`noticekit.models.codes.SAFEGUARD_MECHANISMS`.

Beyond the Regulation: none.

PASS::

    transfers:
      - {id: us, countries: [US], mechanisms: [A46-2-c], safeguards_url: https://acme.example/scc}

FAIL::

    transfers:
      - {id: us, countries: [US], mechanisms: [A46-2-c]}
"""

from __future__ import annotations

from collections.abc import Iterator

from noticekit.lint.base import Finding
from noticekit.lint.base import RuleContext
from noticekit.models import Notice
from noticekit.models.codes import SAFEGUARD_MECHANISMS

CODE = "NK013"
NAME = "safeguards-copy-missing"
LEVEL = "error"
ARTICLE = "GDPR Art. 13(1)(f), 14(1)(f)"
URL = "https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_13"


def check(notice: Notice, ctx: RuleContext) -> Iterator[Finding]:
    for index, transfer in enumerate(notice.transfers):
        relied = [code for code in transfer.mechanisms if code in SAFEGUARD_MECHANISMS]
        stated = transfer.safeguards_copy is not None or transfer.safeguards_url is not None
        if not relied or stated:
            continue
        yield Finding(
            ("transfers", index, "mechanisms", transfer.mechanisms.index(relied[0])),
            f'transfer "{transfer.id}" relies on safeguards ("{relied[0]}") but does not say '
            "how to get a copy of them or where they are available "
            '("safeguards_copy" or "safeguards_url")',
        )
