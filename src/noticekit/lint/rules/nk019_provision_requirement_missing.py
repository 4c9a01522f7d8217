"""Data collected from the person says whether providing it is required, and what happens if not.

Article: GDPR Art. 13(2)(e); WP260 rev.01 Annex (forms mark the required fields and the
consequence of leaving them empty). A data category counts as collected directly when the
notice declares `direct` collection and some purpose using it has no sources or a
`data-subject` source. Each such category needs `requirement` and `mandatory`, and a
`consequence` when it is mandatory.

PASS::

    data_categories:
      - id: contact
        requirement: contractual
        mandatory: true
        consequence: {en: We cannot deliver the service.}

FAIL::

    data_categories:
      - id: contact
        mandatory: true
"""

from __future__ import annotations

from collections.abc import Iterator

from noticekit.lint.base import Finding
from noticekit.lint.base import RuleContext
from noticekit.lint.rules._util import quoted
from noticekit.models import Notice

CODE = "NK019"
NAME = "provision-requirement-missing"
LEVEL = "error"
ARTICLE = "GDPR Art. 13(2)(e); WP260 rev.01 Annex"
URL = "https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_13"


def _direct_categories(notice: Notice) -> set[str]:
    own = {source.id for source in notice.sources if source.kind in (None, "data-subject")}
    direct: set[str] = set()
    for purpose in notice.purposes:
        if not purpose.sources or own & set(purpose.sources):
            direct.update(purpose.data_categories)
    return direct


def check(notice: Notice, ctx: RuleContext) -> Iterator[Finding]:
    if "direct" not in notice.collection:
        return
    direct = _direct_categories(notice)
    for index, category in enumerate(notice.data_categories):
        if category.id not in direct:
            continue
        missing = [
            field for field in ("requirement", "mandatory") if getattr(category, field) is None
        ]
        if category.mandatory and category.consequence is None:
            missing.append("consequence")
        if missing:
            yield Finding(
                ("data_categories", index, missing[0]),
                f'data category "{category.id}" is collected from the person but does not give {quoted(missing)}: '
                "whether providing it is required, and the consequence of not providing it",
            )
