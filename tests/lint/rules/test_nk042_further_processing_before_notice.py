"""NK042: a new purpose does not start before the notice that announces it takes effect."""

from __future__ import annotations

from noticekit.lint.rules import nk042_further_processing_before_notice as rule

from .helpers import check
from .helpers import messages

PURPOSE = """
purposes:
  - id: tariffs
    name: {{en: Tariffs, nb: Tariffer}}
    legal_bases: [A6-1-f]
    further_processing: {{starts: {starts}}}
"""


def test_base_notice_passes():
    assert check(rule) == []


def test_a_start_on_or_after_the_effective_date_passes():
    assert check(rule, PURPOSE.format(starts="2025-06-01")) == []
    assert check(rule, PURPOSE.format(starts="2025-09-01")) == []


def test_a_start_before_the_notice_takes_effect_fails_at_the_date():
    early = PURPOSE.format(starts="2025-05-31")
    assert check(rule, early) == [(5, "NK042", "error")]
    assert messages(rule, early) == [
        'purpose "tariffs" is a new purpose that starts on 2025-05-31, before this notice takes '
        "effect on 2025-06-01; the person must be told before the further processing starts"
    ]


def test_without_an_effective_date_nothing_is_said():
    assert check(rule, PURPOSE.format(starts="2020-01-01") + "effective_date: null\n") == []
