"""A recipient given only as a category says its sector, countries, description or examples.

Article: GDPR Art. 13(1)(e), 14(1)(e); WP260 rev.01 Annex (named recipients are the default;
a category should be as specific as possible: type, industry, sector, sub-sector, location).

Beyond the Regulation: Art. 13(1)(e) allows categories of recipients; WP260 asks that a category
be specific, hence a warning.

PASS::

    recipients:
      - id: it-providers
        category: {en: IT service providers}
        sector: {en: Cloud hosting}
        countries: [SE]

FAIL::

    recipients:
      - id: partners
        category: {en: Partners}
"""

from __future__ import annotations

from collections.abc import Iterator

from noticekit.lint.base import Finding
from noticekit.lint.base import RuleContext
from noticekit.models import Notice

CODE = "NK010"
NAME = "vague-recipient-category"
LEVEL = "warning"
ARTICLE = "GDPR Art. 13(1)(e), 14(1)(e); WP260 rev.01 Annex"
URL = "https://ec.europa.eu/newsroom/article29/items/622227"


def check(notice: Notice, ctx: RuleContext) -> Iterator[Finding]:
    for index, recipient in enumerate(notice.recipients):
        if recipient.name is not None:
            continue
        if recipient.sector or recipient.countries or recipient.description or recipient.examples:
            continue
        yield Finding(
            ("recipients", index, "category"),
            f'recipient category "{recipient.id}" gives no sector, countries, description or '
            "examples; "
            "name the recipients or make the category specific",
        )
