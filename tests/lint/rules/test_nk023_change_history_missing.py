"""NK023: a change history whose newest entry matches the notice's version."""

from __future__ import annotations

from noticekit.lint.rules import nk023_change_history_missing as rule

from .helpers import check
from .helpers import messages

NO_HISTORY = """
changes:
  announcement: {en: We e-mail you., nb: Vi sender deg e-post.}
"""

OLD_VERSION = """
changes:
  history:
    - date: 2024-01-01
      version: "2.0"
      summary: {en: Old., nb: Gammel.}
    - date: 2025-06-01
      version: "1.9"
      summary: {en: New., nb: Ny.}
"""


def test_base_notice_passes():
    assert check(rule) == []


def test_missing_history_warns_at_changes():
    assert check(rule, NO_HISTORY) == [(2, "NK023", "warning")]


def test_newest_entry_for_another_version_warns_at_its_version():
    assert check(rule, OLD_VERSION) == [(7, "NK023", "warning")]
    assert messages(rule, OLD_VERSION) == [
        'the newest change (2025-06-01) is for version "1.9", but the notice is version "2.0"'
    ]


def test_change_after_the_effective_date_warns_at_the_date():
    snippet = "effective_date: 2025-01-01\n"
    assert check(rule, snippet) == [(1, "NK023", "warning")]
    assert messages(rule, snippet) == [
        "the newest change (2025-06-01) is later than the effective date (2025-01-01)"
    ]
