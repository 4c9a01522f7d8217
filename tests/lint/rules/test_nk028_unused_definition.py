"""NK028: every data-subject category, data category, source and recipient is used."""

from __future__ import annotations

from noticekit.lint.rules import nk028_unused_definition as rule

from .helpers import check
from .helpers import messages

EXTRA_DEFINITIONS = """
data_subjects:
  - id: customers
    name: {en: Customers, nb: Kunder}
  - id: visitors
    name: {en: Visitors, nb: Besøkende}
sources:
  - id: customer
    name: {en: You, nb: Deg}
    kind: data-subject
    publicly_available: false
  - id: bureau
    name: {en: Credit bureau, nb: Kredittbyrå}
    kind: third-party
    publicly_available: false
  - id: web
    name: {en: The web, nb: Nettet}
    kind: public
"""

TRANSFER_ONLY = """
purposes:
  - id: newsletter
    name: {en: Newsletter, nb: Nyhetsbrev}
    data_subjects: [customers]
    data_categories: [contact, credit]
    sources: [customer, bureau]
    recipients: [auditor]
    legal_bases: [A6-1-a]
"""


def test_base_notice_passes():
    assert check(rule) == []


def test_unused_ids_warn_at_the_id():
    assert check(rule, EXTRA_DEFINITIONS) == [(4, "NK028", "warning"), (15, "NK028", "warning")]
    assert messages(rule, EXTRA_DEFINITIONS) == [
        'data-subject category "visitors" is not used by any purpose',
        'source "web" is not used by any purpose',
    ]


def test_recipient_used_by_a_transfer_only_passes():
    assert check(rule, TRANSFER_ONLY) == []
