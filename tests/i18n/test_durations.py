"""ISO 8601 durations in words, per language."""

from __future__ import annotations

import pytest

from noticekit.i18n.durations import duration_in_words


@pytest.mark.parametrize(
    ("duration", "lang", "words"),
    [
        ("P5Y", "en", "5 years"),
        ("P1Y6M", "en", "1 year and 6 months"),
        ("P1Y6M", "nb", "1 år og 6 måneder"),
        ("P30D", "sv", "30 dygn"),
        ("PT12H", "de", "12 Stunden"),
        ("P2W", "da", "2 uger"),
    ],
)
def test_duration_in_words(duration, lang, words):
    assert duration_in_words(duration, lang) == words


def test_unparseable_duration_is_returned_as_written():
    assert duration_in_words("P", "en") == "P"
