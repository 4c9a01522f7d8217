"""Storage periods of a change in words, and every other value as it is."""

from __future__ import annotations

from noticekit.diff.model import Change
from noticekit.diff.periods import change_values
from noticekit.diff.periods import periods
from noticekit.diff.periods import worded


def test_each_duration_of_a_value_is_put_in_words_at_any_depth() -> None:
    purpose = {
        "id": "newsletter",
        "retention": {"duration": "P5Y", "event": {"en": "After the year."}},
        "retention_periods": [{"duration": "P1M", "data_categories": ["contact"]}],
    }
    assert worded(purpose, "nn") == {
        "id": "newsletter",
        "retention": {"duration": "5 år", "event": {"en": "After the year."}},
        "retention_periods": [{"duration": "1 månad", "data_categories": ["contact"]}],
    }


def test_a_cookie_duration_is_a_text_and_stays_as_written() -> None:
    cookie = {"name": {"en": "_ga"}, "duration": {"en": "P2Y", "nb": "2 år"}}
    assert worded(cookie, "en") == cookie
    change = Change("cookie-changed", "cookies._ga.duration", {"en": "P1Y"}, {"en": "P2Y"})
    assert change_values(change, "en") == ({"en": "P1Y"}, {"en": "P2Y"})


def test_a_value_is_a_period_only_at_a_duration_field() -> None:
    assert change_values(Change("version-changed", "version", "P1Y", "P2Y"), "en") == (
        "P1Y",
        "P2Y",
    )
    assert change_values(
        Change("retention-lengthened", "purposes.a.retention.duration", "P1Y", "PT36H"), "sv"
    ) == ("1 år", "36 timmar")


def test_the_periods_of_a_change_of_retention() -> None:
    lengthened = Change("retention-lengthened", "purposes.a.retention.duration", "P1Y", "P2Y")
    assert periods(lengthened, "en") == ("1 year", "2 years")
    removed = Change("retention-removed", "purposes.a.retention", {"duration": "P1Y"}, None)
    assert periods(removed, "da") == ("1 år", "–")
    event = Change("retention-changed", "purposes.a.retention.event", None, {"en": "After."})
    assert periods(event, "en") is None
    added = Change("purpose-added", "purposes.a", None, {"retention": {"duration": "P1Y"}})
    assert periods(added, "en") is None
