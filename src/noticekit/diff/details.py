"""The parts of a purpose, a transfer and the notice added with the newer model fields.

Storage periods for some of a purpose's data, Art. 14(5) exemptions, further processing, the
Art. 10 ground and a purpose's automated decisions; international organisations; how each
language's text came about; the statement that nothing is transferred.
"""

from __future__ import annotations

from collections.abc import Callable
from collections.abc import Iterable
from typing import TYPE_CHECKING
from typing import Any

from noticekit.diff import parts
from noticekit.diff.match import match_items
from noticekit.diff.specs import PART_FIELDS

if TYPE_CHECKING:
    from noticekit.diff.walk import Walker
    from noticekit.diff.walk import Where


def through(walker: Walker, target: str, refs: Iterable[str] | None) -> list[str]:
    """Ids of the `target` list in the old version, read in the new version's ids."""
    mapping = walker.renames.get(target, {})
    return [mapping.get(ref, ref) for ref in refs or []]


def field_by_field(
    walker: Walker, part: str, old: Any, new: Any, where: Where, kind: str, refs: dict[str, str]
) -> None:
    """The fields `PART_FIELDS[part]` names: texts per language, ids (`refs`: field -> the list
    they refer to) as sets read through renames, the rest by value, as `kind`."""
    for name in PART_FIELDS[part]:
        before, after, here = getattr(old, name, None), getattr(new, name, None), where.field(name)
        if isinstance(before, dict) or isinstance(after, dict):
            walker.text(before, after, here)
        elif name in refs:
            if set(through(walker, refs[name], before)) != set(after or []):
                walker.add(kind, here, before, after)
        else:
            walker.value(kind, before, after, here)


def texts_of(part: str) -> Callable[[Walker, Any, Any, Where], None]:
    """A part made of texts only: each compared language by language (a new one: texts added)."""

    def compare(walker: Walker, old: Any, new: Any, where: Where) -> None:
        field_by_field(walker, part, old, new, where, "field-changed", {})

    return compare


def further_processing(walker: Walker, old: Any, new: Any, where: Where) -> None:
    """Further processing for a new purpose started, no longer stated, or changed."""
    if old is None or new is None:
        if old is not new:
            kind = "further-processing-added" if old is None else "further-processing-removed"
            walker.add(kind, where, old, new)
        return
    field_by_field(
        walker, "purposes.further_processing", old, new, where, "further-processing-changed",
        {"original_purposes": "purposes"},
    )  # fmt: skip


def keyed(items: list[Any], key: Callable[[Any], str]) -> list[tuple[str, Any]]:
    """(label, item) pairs; a label used again gets `-2`, `-3`, so that each is unique."""
    seen: dict[str, int] = {}
    labelled = []
    for item in items:
        label = key(item)
        seen[label] = seen.get(label, 0) + 1
        labelled.append((label if seen[label] == 1 else f"{label}-{seen[label]}", item))
    return labelled


def by_label(
    walker: Walker,
    old: list[tuple[str, Any]],
    new: list[tuple[str, Any]],
    where: Where,
    kinds: tuple[str, str],
) -> list[tuple[Any, Any, Where]]:
    """Items added and removed (as `kinds`), matched by label; the pairs in both, to compare."""
    matched = match_items(old, new, lambda pair: pair[0])
    for at in matched.removed:
        walker.add(kinds[1], where.gone(old[at][0]), old[at][1], None)
    for at in matched.added:
        walker.add(kinds[0], where.item(new[at][0], at), None, new[at][1])
    return [(old[o][1], new[n][1], where.item(new[n][0], n)) for o, n in matched.pairs]


def retention_periods(walker: Walker, old: list[Any], new: list[Any], where: Where) -> None:
    """Periods for some data (labelled by their data categories) or for a condition (by order)."""

    def label(categories: list[str]) -> str:
        return "+".join(categories) or "condition"

    before = keyed(
        old, lambda item: label(through(walker, "data_categories", item.data_categories))
    )
    after = keyed(new, lambda item: label(item.data_categories))
    kinds = ("retention-period-added", "retention-period-removed")
    for old_period, new_period, here in by_label(walker, before, after, where, kinds):
        parts.retention(walker, old_period, new_period, here)
        walker.text(old_period.condition, new_period.condition, here.field("condition"))


def information_exemptions(walker: Walker, old: list[Any], new: list[Any], where: Where) -> None:
    """Art. 14(5) exemptions (labelled by their code) relied on, no longer relied on, changed."""
    before, after = (keyed(items, lambda item: item.exemption) for items in (old, new))
    kinds = ("information-exemption-added", "information-exemption-removed")
    for old_item, new_item, here in by_label(walker, before, after, where, kinds):
        field_by_field(
            walker, "purposes.information_exemptions", old_item, new_item, here,
            "information-exemption-changed", {"sources": "sources"},
        )  # fmt: skip


def organisations(walker: Walker, old: list[Any], new: list[Any], where: Where) -> None:
    """International organisations (texts), labelled by their name in the authoritative language."""

    def name(text: dict[str, str]) -> str:
        return text.get(walker.lang) or next(iter(text.values()))

    before, after = keyed(old, name), keyed(new, name)
    kinds = ("international-organisation-added", "international-organisation-removed")
    for old_name, new_name, here in by_label(walker, before, after, where, kinds):
        walker.text(old_name, new_name, here)


def language_versions(
    walker: Walker, old: dict[str, Any], new: dict[str, Any], where: Where
) -> None:
    """How the text in each language came about, one change per language that differs."""
    for lang in dict.fromkeys([*new, *old]):
        here = where.field(lang) if lang in new else where.gone(lang)
        walker.value("language-status-changed", old.get(lang), new.get(lang), here)


def no_transfers(walker: Walker, old: bool, new: bool, where: Where) -> None:
    """The statement that no data goes to a third country, made or taken back."""
    if old != new:
        kind = "no-transfers-stated" if new else "no-transfers-statement-removed"
        walker.add(kind, where, old, new)


#: (list, field) -> the function comparing that field of two matched items.
SPECIAL: dict[tuple[str, str], Callable[..., None]] = {
    **parts.SPECIAL,
    ("purposes", "retention_periods"): retention_periods,
    ("purposes", "information_exemptions"): information_exemptions,
    ("purposes", "further_processing"): further_processing,
    ("purposes", "criminal_offence_ground"): texts_of("purposes.criminal_offence_ground"),
    ("purposes", "automated_decision_details"): texts_of("purposes.automated_decision_details"),
    # Unset and `false` both say the purpose is not direct marketing.
    ("purposes", "direct_marketing"): parts.started_or_stopped(
        "direct-marketing-started", "direct-marketing-stopped"
    ),
    ("transfers", "international_organisations"): organisations,
}
