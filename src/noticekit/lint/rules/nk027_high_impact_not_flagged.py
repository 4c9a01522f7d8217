"""A purpose with profiling, automated decisions or special-category data says if it is unexpected.

Article: WP260 rev.01 ("Layered approach in a digital environment": the first layer should
show the processing with the most impact on the data subject and processing that could
surprise them); GDPR Art. 9(1), 22(1). `high_impact: true` puts the purpose in the summary;
`high_impact: false` states that the reader expects it, typically because the purpose is the
service the person asked for (an app that builds the usage profile it shows you), and the rule
stops asking. The Regulation itself does not require the flag: it is noticekit's way to follow
WP260's first layer.

Beyond the Regulation: entirely; the first layer of a layered notice is WP260 practice, hence a
warning.

PASS::

    purposes:
      - id: scoring
        profiling: {en: We score your payment history.}
        high_impact: true
      - id: usage-profile
        profiling: {en: The app shows you when you use the most power.}
        high_impact: false   # the profile is the service itself

FAIL::

    purposes:
      - id: scoring
        profiling: {en: We score your payment history.}
"""

from __future__ import annotations

from collections.abc import Iterator

from noticekit.lint.base import Finding
from noticekit.lint.base import RuleContext
from noticekit.lint.rules._util import purpose_categories
from noticekit.models import Notice
from noticekit.models import Purpose

CODE = "NK027"
NAME = "high-impact-not-flagged"
LEVEL = "warning"
ARTICLE = "WP260 rev.01 (layered notices: first layer); GDPR Art. 9(1), 22(1)"
URL = "https://ec.europa.eu/newsroom/article29/items/622227"


def _reasons(notice: Notice, purpose: Purpose) -> list[str]:
    reasons = []
    if purpose.profiling is not None:
        reasons.append("profiling")
    if purpose.automated_decisions:
        reasons.append("automated decisions")
    categories = purpose_categories(notice, purpose)
    if any(category.special_category for category in categories):
        reasons.append("special-category data")
    if any(category.criminal_offence for category in categories):
        reasons.append("criminal-offence data")
    return reasons


def check(notice: Notice, ctx: RuleContext) -> Iterator[Finding]:
    for index, purpose in enumerate(notice.purposes):
        reasons = _reasons(notice, purpose)
        if reasons and purpose.high_impact is None:
            yield Finding(
                ("purposes", index),
                f'purpose "{purpose.id}" involves {" and ".join(reasons)} but does not say '
                'whether a reader would expect it: set "high_impact: true" to put it in the '
                'summary, or "high_impact: false" where the purpose is the service itself',
            )
