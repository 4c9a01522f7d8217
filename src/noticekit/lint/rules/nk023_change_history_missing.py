"""The notice keeps a change history whose newest entry matches the notice's version and date.

Article: none; WP260 rev.01 practice ("Changes to Article 13 and Article 14 information":
changes are to be communicated, and a substantive change brought to the reader's attention).
Art. 13(3) and 14(4) are about something else: information before the data is further
processed for a new purpose.

Beyond the Regulation: entirely. The Regulation asks for no change history; keeping one, with
the version and date of the notice, is how noticekit follows WP260. Hence a warning.

PASS::

    version: "2.0"
    changes:
      history:
        - {date: 2025-06-01, version: "2.0", summary: {en: New credit check.}}

FAIL::

    version: "2.0"
    changes:
      history:
        - {date: 2025-06-01, version: "1.0", summary: {en: First version.}}
"""

from __future__ import annotations

from collections.abc import Iterator

from noticekit.lint.base import Finding
from noticekit.lint.base import RuleContext
from noticekit.models import Notice
from noticekit.quoting import quote

CODE = "NK023"
NAME = "change-history-missing"
LEVEL = "warning"
ARTICLE = "WP260 rev.01 (changes to Art. 13/14 information)"
URL = "https://ec.europa.eu/newsroom/article29/items/622227"


def check(notice: Notice, ctx: RuleContext) -> Iterator[Finding]:
    history = notice.changes.history if notice.changes else []
    if not history:
        yield Finding(
            ("changes",),
            f"the notice (version {quote(notice.version)}) has no change history; "
            "record what changed and when",
        )
        return
    index, newest = max(enumerate(history), key=lambda item: item[1].date)
    if newest.version is not None and newest.version != notice.version:
        yield Finding(
            ("changes", "history", index, "version"),
            f"the newest change ({newest.date}) is for version {quote(newest.version)}, "
            f"but the notice is version {quote(notice.version)}",
        )
    if notice.effective_date is not None and newest.date > notice.effective_date:
        yield Finding(
            ("effective_date",),
            f"the newest change ({newest.date}) is later than the effective date "
            f"({notice.effective_date})",
        )
