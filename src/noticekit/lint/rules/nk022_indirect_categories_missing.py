"""Data obtained from others is described by its categories.

Article: GDPR Art. 14(1)(d). When the notice declares `indirect` collection it lists data
categories, and every purpose that draws on a source other than the person names the
categories it uses.

Beyond the Regulation: none on the categories; naming them per purpose that draws on other
sources is WP260 practice.

PASS::

    collection: [indirect]
    purposes:
      - {id: credit-check, sources: [bureau], data_categories: [credit]}

FAIL::

    collection: [indirect]
    purposes:
      - {id: credit-check, sources: [bureau]}
"""

from __future__ import annotations

from collections.abc import Iterator

from noticekit.lint.base import Finding
from noticekit.lint.base import RuleContext
from noticekit.models import Notice

CODE = "NK022"
NAME = "indirect-categories-missing"
LEVEL = "error"
ARTICLE = "GDPR Art. 14(1)(d)"
URL = "https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_14"


def check(notice: Notice, ctx: RuleContext) -> Iterator[Finding]:
    if "indirect" in notice.collection and not notice.data_categories:
        yield Finding(
            ("data_categories",),
            "the notice collects data from others than the person (indirect) but lists no "
            "categories of data",
        )
    others = {source.id for source in notice.sources if source.kind != "data-subject"}
    for index, purpose in enumerate(notice.purposes):
        if others & set(purpose.sources) and not purpose.data_categories:
            yield Finding(
                ("purposes", index, "data_categories"),
                f'purpose "{purpose.id}" obtains data from other sources but does not say which '
                "categories",
            )
