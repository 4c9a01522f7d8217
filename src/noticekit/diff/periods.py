"""Storage periods in a change's values in words (`P90D` -> `90 days`), in a reader's language,
for the formats people read: text, Markdown, GitHub annotations and the archive's pages. JSON keeps
the ISO 8601 values. Babel is imported only when a value has a period
(`noticekit.i18n.durations`, the one wording of durations the pages use too).
"""

from __future__ import annotations

from typing import Any

from noticekit.diff.model import Change

#: The field that holds a storage period (`retention.duration`, `retention_periods[].duration`);
#: a cookie's `duration` is a text, which stays as it is.
FIELD = "duration"


def worded(value: Any, lang: str, field: str = "") -> Any:
    """`value` with each storage period in words: the value itself where it is the `duration`
    (`field`, the last part of its path), and the `duration` of every mapping in it."""
    if isinstance(value, str):
        if field != FIELD:
            return value
        from noticekit.i18n.durations import duration_in_words

        return duration_in_words(value, lang)
    if isinstance(value, dict):
        return {key: worded(item, lang, key) for key, item in value.items()}
    if isinstance(value, list):
        return [worded(item, lang) for item in value]
    return value


def change_values(change: Change, lang: str) -> tuple[Any, Any]:
    """The old and new value of `change`, each storage period in words."""
    field = change.path.rpartition(".")[2]
    return worded(change.old, lang, field), worded(change.new, lang, field)


def periods(change: Change, lang: str) -> tuple[str, str] | None:
    """The storage period before and after a change of retention, in words (`–` for none), or
    None for another kind of change, or one of retention without a period on either side."""
    if not change.kind.startswith("retention"):
        return None
    at_period = change.path.rpartition(".")[2] == FIELD
    old, new = (_period(value, at_period) for value in change_values(change, lang))
    if old is None and new is None:
        return None
    return old or "–", new or "–"


def _period(value: Any, at_period: bool) -> str | None:
    """The period of a retention value: the value (`at_period`), or a mapping's `duration`."""
    if isinstance(value, dict):
        value = value.get(FIELD)
    elif not at_period:
        return None
    return value if isinstance(value, str) else None
