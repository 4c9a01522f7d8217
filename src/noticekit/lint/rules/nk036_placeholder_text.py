"""No placeholder is left in any text: TODO, FIXME, XXX, lorem ipsum, or the skeleton's own values.

Article: GDPR Art. 12(1), 13, 14. A placeholder gives the reader none of the information the
notice owes them, and a published one states something the controller never said. Every
string of the notice is read: texts in every language, names, contact details, addresses,
web addresses, and the reasons of suppressions. `TODO`, `FIXME` and `XXX` count in capitals
only, "lorem ipsum" in any case. The skeleton of `noticekit new` contributes its `TODO` texts,
its `__NAME__` markers and its example contact details (`Eksempelveien 1`,
`personvern@example.com`, `https://www.example.com`, `999 999 999`, `+47 22 00 00 00`), so that
a notice fresh from `noticekit new` can never pass `noticekit build --strict`.

Beyond the Regulation: none.

Options:
    patterns: regular expressions of placeholders (replaces the default list; case-sensitive,
    use `(?i:...)` for a pattern in any case).

PASS::

    controllers:
      - {id: acme, legal_name: Acme AS}

FAIL::

    controllers:
      - {id: acme, legal_name: TODO legal name of the controller}
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from noticekit.lint.base import Finding
from noticekit.lint.base import RuleContext
from noticekit.lint.rules._util import iter_strings
from noticekit.load.source import dotted
from noticekit.models import Notice

CODE = "NK036"
NAME = "placeholder-text"
LEVEL = "error"
ARTICLE = "GDPR Art. 12(1), 13, 14"
URL = "https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_12"

OPTIONS = {
    "patterns": [
        r"\bTODO\b", r"\bFIXME\b", r"\bXXX\b", r"(?i:\blorem\s+ipsum\b)",
        # the skeleton of `noticekit new` (src/noticekit/data/notice-skeleton.yaml)
        r"__[A-Z]+__", r"\bEksempelveien\b", r"\b(?:personvern|dpo|representative)@example\.com\b",
        r"\bwww\.example\.com\b", r"\b999 999 999\b", r"\+47 22 00 00 00\b",
    ],
}  # fmt: skip


def check(notice: Notice, ctx: RuleContext) -> Iterator[Finding]:
    placeholder = re.compile(
        "|".join(f"(?:{p})" for p in ctx.option("patterns", OPTIONS["patterns"]))
    )
    for path, text in iter_strings(notice):
        found = placeholder.search(text)
        if found:
            yield Finding(
                path,
                f'"{dotted(path, notice)}" still holds the placeholder "{found.group(0)}"; '
                "write the notice's own text",
            )
