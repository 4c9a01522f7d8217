"""A material change since the base revision has a new version, effective date and history entry.

Runs with `noticekit lint --since REV` only: it compares each notice with itself at REV, as
`noticekit diff --from REV` does, and lists the material changes. An editorial change needs no new
version. A change the notice's owners judge editorial is classified so in `change_classifications`.

Article: GDPR Art. 13(3), 14(4) (information before further processing for a new purpose);
WP260 rev.01 paras 29-32 (material changes must be communicated, and people must be able to see
what changed and when).

Beyond the Regulation: the Regulation asks that people be told of material changes, not that a
notice carry a version, a date and a change history; noticekit asks for them so that the telling
can be checked.

PASS::

    # at REV: version "2.0", effective_date 2025-06-01; now a new purpose and
    version: "2.1"
    effective_date: 2025-09-01
    changes:
      history:
        - {date: 2025-09-01, version: "2.1", summary: {en: Analytics added.}}

FAIL::

    # at REV: version "2.0"; now a new purpose, and still
    version: "2.0"
"""

from __future__ import annotations

from collections.abc import Iterator

from noticekit.lint.base import Finding
from noticekit.lint.base import RuleContext
from noticekit.models import Notice

CODE = "NK045"
NAME = "material-change-without-new-version"
LEVEL = "error"
ARTICLE = "GDPR Art. 13(3), 14(4); WP260 rev.01 paras 29-32"
URL = "https://ec.europa.eu/newsroom/article29/items/622227"


def missing(notice: Notice, before: Notice) -> list[str]:
    """What a material change still needs, in words: a new version with its own change-history
    entry (or, where the version is new, that entry), and a new effective date."""
    lacking = []
    history = notice.changes.history if notice.changes else []
    if notice.version == before.version:
        lacking.append(
            "a new version with its own change-history entry "
            f'(the version is still "{notice.version}")'
        )
    elif not any(entry.version == notice.version for entry in history):
        lacking.append(f'a change-history entry for the new version "{notice.version}"')
    if notice.effective_date is None:
        lacking.append("an effective date (the notice has none)")
    elif notice.effective_date == before.effective_date:
        lacking.append(f"a new effective date (the date is still {notice.effective_date})")
    return lacking


def check(notice: Notice, ctx: RuleContext) -> Iterator[Finding]:
    baseline = ctx.baseline
    if baseline is None:
        return
    if baseline.problem is not None:
        problem = f"the notice there is not valid ({baseline.problem})"
        yield Finding(
            ("version",), f"cannot compare with {baseline.revision}: {problem}", "warning"
        )
        return
    if baseline.notice is None:
        return
    from noticekit.diff.compare import diff_notice

    material = diff_notice(baseline.notice, notice).material_changes
    lacking = missing(notice, baseline.notice) if material else []
    if lacking:
        changes = "; ".join(f"{change.rule.label.lower()} at {change.path}" for change in material)
        count = "1 material change" if len(material) == 1 else f"{len(material)} material changes"
        need = "needs" if len(material) == 1 else "need"
        yield Finding(
            ("version",),
            f"{count} since {baseline.revision} {need} {' and '.join(lacking)}: {changes}",
        )
