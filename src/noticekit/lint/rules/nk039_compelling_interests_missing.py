"""A transfer on Art. 49(1), second subparagraph, names the compelling legitimate interests pursued.

Article: GDPR Art. 49(1), second subparagraph: where a transfer rests on neither Art. 45, 46 nor
47 nor a derogation of the first subparagraph, it may take place only if, among other things, it
is necessary for compelling legitimate interests pursued by the controller; the controller
"shall, in addition to providing the information referred to in Articles 13 and 14, inform the
data subject of the transfer and on the compelling legitimate interests pursued". DPV calls this
derogation `A49-2`; so does noticekit (`mechanisms: [A49-2]`).

Beyond the Regulation: none.

PASS::

    transfers:
      - id: expert
        countries: [IN]
        mechanisms: [A49-2]
        compelling_interests: {en: We need a one-off expert review of a failed turbine.}
        safeguards_copy: {en: Ask us for a copy.}

FAIL::

    transfers:
      - id: expert
        countries: [IN]
        mechanisms: [A49-2]
        safeguards_copy: {en: Ask us for a copy.}
"""

from __future__ import annotations

from collections.abc import Iterator

from noticekit.lint.base import Finding
from noticekit.lint.base import RuleContext
from noticekit.models import Notice

CODE = "NK039"
NAME = "compelling-interests-missing"
LEVEL = "error"
ARTICLE = "GDPR Art. 49(1), second subparagraph; 13(1)(f), 14(1)(f)"
URL = "https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_49"


def check(notice: Notice, ctx: RuleContext) -> Iterator[Finding]:
    for index, transfer in enumerate(notice.transfers):
        if "A49-2" not in transfer.mechanisms or transfer.compelling_interests is not None:
            continue
        yield Finding(
            ("transfers", index, "mechanisms", transfer.mechanisms.index("A49-2")),
            f'transfer "{transfer.id}" rests on Art. 49(1), second subparagraph ("A49-2"), '
            "but does not name the compelling legitimate interests pursued "
            '("compelling_interests")',
        )
