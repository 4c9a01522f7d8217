"""NK003: the DPO is given or explicitly not appointed."""

from __future__ import annotations

from noticekit.lint.rules import nk003_dpo_not_stated as rule

from .helpers import check

NOT_APPOINTED = """
dpo:
  appointed: false
"""

NO_DPO = """
dpo: null
"""


def test_base_notice_passes():
    assert check(rule) == []


def test_explicitly_not_appointed_passes():
    assert check(rule, NOT_APPOINTED) == []


def test_missing_dpo_is_a_warning_at_the_dpo_key():
    # Art. 13(1)(b) asks for the DPO "where applicable"; saying that none is appointed is practice
    assert check(rule, NO_DPO) == [(1, "NK003", "warning")]
