"""Data collected from the person says whether providing it is required, and what happens if not.

Article: GDPR Art. 13(2)(e); WP260 rev.01 Annex (forms mark the required fields and the
consequence of leaving them empty). A data category counts as collected directly when the
notice declares `direct` collection and some purpose using it has no sources or a
`data-subject` source. Each such category needs `requirement` and `mandatory`, and a
`consequence` when it is mandatory, unless every such purpose that uses it states them for the
purpose as a whole.

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
from noticekit.models import DataCategory
from noticekit.models import Notice
from noticekit.models import Purpose

CODE = "NK019"
NAME = "provision-requirement-missing"
LEVEL = "error"
ARTICLE = "GDPR Art. 13(2)(e); WP260 rev.01 Annex"
URL = "https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_13"


def _direct_purposes(notice: Notice) -> dict[str, list[Purpose]]:
    """Data category id -> the purposes that collect it from the person."""
    own = {source.id for source in notice.sources if source.kind in (None, "data-subject")}
    direct: dict[str, list[Purpose]] = {}
    for purpose in notice.purposes:
        if not purpose.sources or own & set(purpose.sources):
            for category in purpose.data_categories:
                direct.setdefault(category, []).append(purpose)
    return direct


def _states_provision(part: DataCategory | Purpose) -> bool:
    return (
        part.requirement is not None
        and part.mandatory is not None
        and (not part.mandatory or part.consequence is not None)
    )


def check(notice: Notice, ctx: RuleContext) -> Iterator[Finding]:
    if "direct" not in notice.collection:
        return
    direct = _direct_purposes(notice)
    for index, category in enumerate(notice.data_categories):
        if category.id not in direct or all(map(_states_provision, direct[category.id])):
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
