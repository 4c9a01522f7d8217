"""The notice gives the data protection officer, or states that none is appointed.

Article: GDPR Art. 13(1)(b), 14(1)(b), 37(7). The DPO's contact details are required "where
applicable", that is where a DPO is designated (Art. 37(1) says when one must be).

Beyond the Regulation: the Regulation asks for nothing where no DPO is designated; noticekit
asks for an explicit `appointed: false`, so that a reader (and an auditor) can tell "none" from
"forgotten". Since the statement is not required, a missing one is a warning.

PASS::

    dpo:
      appointed: false
      statement: {en: We have not appointed a DPO. Contact privacy@acme.example.}

FAIL::

    controllers:
      - id: acme
        legal_name: Acme AS
    # no dpo
"""

from __future__ import annotations

from collections.abc import Iterator

from noticekit.lint.base import Finding
from noticekit.lint.base import RuleContext
from noticekit.models import Notice

CODE = "NK003"
NAME = "dpo-not-stated"
LEVEL = "warning"
ARTICLE = "GDPR Art. 13(1)(b), 14(1)(b), 37(7)"
URL = "https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_37"


def check(notice: Notice, ctx: RuleContext) -> Iterator[Finding]:
    if notice.dpo is None:
        yield Finding(
            ("dpo",),
            "the notice neither gives the data protection officer's contact details nor states "
            'that none is appointed; add "dpo" with "appointed: true" and a contact, '
            'or "appointed: false"',
        )
