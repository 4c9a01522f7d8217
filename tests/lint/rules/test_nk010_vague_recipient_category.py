"""NK010: a category-only recipient is specific enough."""

from __future__ import annotations

from noticekit.lint.rules import nk010_vague_recipient_category as rule

from .helpers import check

RECIPIENTS = """
recipients:
  - id: mailer
    name: MailChimp
  - id: auditor
    category: {en: Partners, nb: Partnere}
  - id: hosting
    category: {en: Hosting providers, nb: Driftsleverandører}
    countries: [SE]
  - id: shops
    category: {en: Shops, nb: Butikker}
    examples: [Elkjøp]
"""


def test_base_notice_passes():
    assert check(rule) == []


def test_bare_category_warns_at_the_category():
    assert check(rule, RECIPIENTS) == [(5, "NK010", "warning")]
