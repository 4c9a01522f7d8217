"""The parts of a notice whose changes need more than a value comparison: which way they go.

Retention is compared as a length of time, countries by whether they are in the EEA, automated
decisions and profiling by whether they start or stop, a right by whether it stops applying.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING
from typing import Any

from noticekit.diff.specs import PART_FIELDS
from noticekit.models import DataProtectionOfficer
from noticekit.models import Notice
from noticekit.models import Retention
from noticekit.models import SupervisoryAuthority
from noticekit.models.types import EEA_COUNTRIES

if TYPE_CHECKING:
    from noticekit.diff.walk import Walker
    from noticekit.diff.walk import Where

#: Days in each unit of an ISO 8601 duration (a year and a month as the Gregorian average).
UNIT_DAYS = {"Y": 365.2425, "M": 30.436875, "W": 7.0, "D": 1.0}
TIME_DAYS = {"H": 1 / 24, "M": 1 / 1440, "S": 1 / 86400}
DURATION_PART = re.compile(r"(\d+)([YMWDHS])")


def duration_days(duration: str) -> float:
    """`P1Y6M` -> 547.9: an ISO 8601 duration as days, so that two can be compared."""
    date, _, time = duration.removeprefix("P").partition("T")
    days = sum(int(n) * UNIT_DAYS[unit] for n, unit in DURATION_PART.findall(date))
    return days + sum(int(n) * TIME_DAYS[unit] for n, unit in DURATION_PART.findall(time))


def retention(walker: Walker, old: Retention | None, new: Retention | None, where: Where) -> None:
    """Lengthened, shortened, stated, no longer stated, or changed in a way not comparable."""
    if old is None or new is None:
        if old is not new:
            walker.add("retention-stated" if old is None else "retention-removed", where, old, new)
        return
    if old.duration and new.duration and old.duration != new.duration:
        longer = duration_days(new.duration) - duration_days(old.duration)
        if longer:
            kind = "retention-lengthened" if longer > 0 else "retention-shortened"
            walker.add(kind, where.field("duration"), old.duration, new.duration)
    elif (old.duration is None) != (new.duration is None):
        walker.add("retention-changed", where.field("duration"), old.duration, new.duration)
    for name in ("event", "criteria"):
        before, after = getattr(old, name), getattr(new, name)
        if (before is None) != (after is None):
            walker.add("retention-changed", where.field(name), before, after)
        else:
            walker.text(before, after, where.field(name))


def countries(walker: Walker, old: list[str] | None, new: list[str] | None, where: Where) -> None:
    """Third countries added (material), EEA countries added, countries removed."""
    before, after = old or [], new or []
    added = [code for code in after if code not in before]
    third = [code for code in added if code not in EEA_COUNTRIES]
    if third:
        walker.add("third-country-added", where, None, third)
    if len(third) < len(added):
        walker.add("recipient-country-added", where, None, [c for c in added if c not in third])
    removed = [code for code in before if code not in after]
    if removed:
        walker.add("country-removed", where, removed, None)


def purpose_recipients(
    walker: Walker, old: list[str] | None, new: list[str] | None, where: Where
) -> None:
    """Recipients added to or removed from a purpose; `[]` (none) against unstated: a statement."""
    if (old is None) != (new is None) and not (old or new):
        walker.add("recipients-statement-changed", where, old, new)
        return
    kinds = ("purpose-recipient-added", "purpose-recipient-removed")
    walker.refs(kinds, walker.renamed_refs("purposes", "recipients", old), new, where)


def started_or_stopped(started: str, stopped: str) -> Callable[[Walker, Any, Any, Where], None]:
    """A handler for a flag or a text whose presence means the processing takes place."""

    def compare(walker: Walker, old: Any, new: Any, where: Where) -> None:
        if bool(old) != bool(new):
            walker.add(started if new else stopped, where, old, new)
        elif isinstance(old, dict):
            walker.text(old, new, where)

    return compare


def automated_decisions(walker: Walker, old: Notice, new: Notice, where: Where) -> None:
    """Automated decisions (Art. 22) started, stopped, or stated as not made; then their texts."""
    before, after = old.automated_decision_making, new.automated_decision_making
    in_use = (before.in_use if before else None, after.in_use if after else None)
    if in_use[1] is True and in_use[0] is not True:
        walker.add("automated-decisions-started", where.field("in_use"), in_use[0], True)
    elif in_use[0] is True and in_use[1] is not True:
        walker.add("automated-decisions-stopped", where.field("in_use"), True, in_use[1])
    elif in_use == (None, False):
        walker.add("automated-decisions-stated", where.field("in_use"), None, False)
    elif in_use == (False, None):
        walker.add("field-changed", where.field("in_use"), False, None)
    for name in PART_FIELDS["automated_decision_making"][1:]:
        walker.text(getattr(before, name, None), getattr(after, name, None), where.field(name))


def dpo(
    walker: Walker,
    old: DataProtectionOfficer | None,
    new: DataProtectionOfficer | None,
    where: Where,
) -> None:
    """The DPO's details as one change; the statement about the DPO as a text."""
    details = [model.model_dump(exclude={"statement"}) if model else None for model in (old, new)]
    if details[0] != details[1]:
        walker.add("dpo-changed", where, old, new)
    walker.text(
        old.statement if old else None, new.statement if new else None, where.field("statement")
    )


def languages(walker: Walker, old: list[str], new: list[str], where: Where) -> None:
    """Languages added or removed; a new authoritative language is a change no rule knows."""
    added, removed = (
        [lang for lang in new if lang not in old],
        [lang for lang in old if lang not in new],
    )
    if added:
        walker.add("language-added", where, None, added)
    if removed:
        walker.add("language-removed", where, removed, None)
    if old[0] != new[0] and old[0] in new:
        walker.add("field-changed", where.item("0", 0), old[0], new[0])


def security(
    walker: Walker, old: list[dict[str, str]], new: list[dict[str, str]], where: Where
) -> None:
    """Security statements, by position: texts compared, extra ones added or removed."""
    for index in range(max(len(old), len(new))):
        here = where.item(str(index), min(index, len(new) - 1)) if new else where.gone(str(index))
        if index >= len(new):
            walker.add("security-statement-removed", here, old[index], None)
        elif index >= len(old):
            walker.add("security-statement-added", here, None, new[index])
        else:
            walker.text(old[index], new[index], here)


def authority(
    walker: Walker, old: SupervisoryAuthority | None, new: SupervisoryAuthority | None, where: Where
) -> None:
    """Another supervisory authority, or the same (name, country) with a code or new address."""
    if json_dump(old) == json_dump(new):
        return
    same = (
        old is not None and new is not None and (old.name, old.country) == (new.name, new.country)
    )
    if same and old is not None and new is not None and old.code in (None, new.code):
        walker.add("complaint-authority-details-changed", where, old, new)
    else:
        walker.add("complaint-authority-changed", where, old, new)


def json_dump(model: Any) -> Any:
    return model.model_dump(mode="json") if model is not None else None


#: (list, field) -> the function comparing that field of two matched items.
SPECIAL: dict[tuple[str, str], Callable[..., None]] = {
    ("recipients", "countries"): countries,
    ("transfers", "countries"): countries,
    ("purposes", "recipients"): purpose_recipients,
    ("purposes", "retention"): retention,
    ("purposes", "profiling"): started_or_stopped("profiling-started", "profiling-stopped"),
    ("purposes", "automated_decisions"): started_or_stopped(
        "automated-decisions-started", "automated-decisions-stopped"
    ),
    ("rights", "authority"): authority,
    ("rights", "not_applicable"): started_or_stopped(
        "right-restricted", "right-restriction-lifted"
    ),
}
