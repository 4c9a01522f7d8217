"""ISO 8601 durations (`P5Y`, `P1Y6M`, `PT12H`) in words, in a reader's language, through Babel:
the storage periods of the pages and of `noticekit diff`."""

from __future__ import annotations

import re
from functools import lru_cache

from babel.lists import format_list
from babel.units import format_unit

_PARTS = re.compile(
    r"^P(?:(?P<year>\d+)Y)?(?:(?P<month>\d+)M)?(?:(?P<week>\d+)W)?(?:(?P<day>\d+)D)?"
    r"(?:T(?:(?P<hour>\d+)H)?(?:(?P<minute>\d+)M)?(?:(?P<second>\d+)S)?)?$"
)
_UNITS = ("year", "month", "week", "day", "hour", "minute", "second")


@lru_cache(maxsize=4096)
def duration_in_words(duration: str, lang: str) -> str:
    """`P1Y6M` in `en` is `1 year and 6 months`; an unparseable value is returned as written."""
    match = _PARTS.match(duration)
    if not match:
        return duration
    parts = [
        format_unit(int(match.group(unit)), f"duration-{unit}", length="long", locale=lang)
        for unit in _UNITS
        if match.group(unit) is not None
    ]
    if not parts:
        return duration
    return format_list(parts, style="standard", locale=lang)
