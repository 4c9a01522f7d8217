"""A new purpose for data already held does not start before the notice that announces it.

Article: GDPR Art. 13(3), 14(4): the controller "shall provide the data subject prior to that
further processing with information on that other purpose". The rule compares the further
processing's `starts` date with the notice's `effective_date`; where either is absent it cannot
tell and says nothing.

Beyond the Regulation: none.

PASS::

    effective_date: 2026-09-01
    purposes:
      - id: tariffs
        further_processing: {original_purposes: [contract], starts: 2026-11-01}

FAIL::

    effective_date: 2026-09-01
    purposes:
      - id: tariffs
        further_processing: {original_purposes: [contract], starts: 2026-06-01}
"""

from __future__ import annotations

from collections.abc import Iterator

from noticekit.lint.base import Finding
from noticekit.lint.base import RuleContext
from noticekit.models import Notice

CODE = "NK042"
NAME = "further-processing-before-notice"
LEVEL = "error"
ARTICLE = "GDPR Art. 13(3), 14(4)"
URL = "https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_13"


def check(notice: Notice, ctx: RuleContext) -> Iterator[Finding]:
    effective = notice.effective_date
    if effective is None:
        return
    for index, purpose in enumerate(notice.purposes):
        further = purpose.further_processing
        if further is None or further.starts is None or further.starts >= effective:
            continue
        yield Finding(
            ("purposes", index, "further_processing", "starts"),
            f'purpose "{purpose.id}" is a new purpose that starts on {further.starts.isoformat()}, '
            f"before this notice takes effect on {effective.isoformat()}; the person must be told "
            "before the further processing starts",
        )
