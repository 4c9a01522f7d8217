"""NK001: every controller gives a postal address and an electronic contact."""

from __future__ import annotations

from noticekit.lint.rules import nk001_controller_contact_incomplete as rule

from .helpers import check
from .helpers import messages

NO_CONTACT = """
controllers:
  - id: acme
    legal_name: Acme AS
    country: "NO"
"""

ADDRESS_ONLY = """
controllers:
  - id: acme
    legal_name: Acme AS
    address: {lines: [Storgata 1], city: Oslo}
"""

PHONE_ONLY = """
controllers:
  - id: acme
    legal_name: Acme AS
    phone: "+47 22 00 00 00"
"""


def test_base_notice_passes():
    assert check(rule) == []


def test_controller_without_any_contact_fails_twice_at_the_controller():
    assert check(rule, NO_CONTACT) == [(2, "NK001", "error"), (2, "NK001", "error")]


def test_address_without_electronic_contact_fails():
    assert check(rule, ADDRESS_ONLY) == [(2, "NK001", "error")]
    assert messages(rule, ADDRESS_ONLY) == [
        'controller "acme" ("Acme AS") gives no e-mail, phone or web contact'
    ]


def test_phone_without_address_fails():
    assert check(rule, PHONE_ONLY) == [(2, "NK001", "error")]
    assert messages(rule, PHONE_ONLY) == ['controller "acme" ("Acme AS") gives no postal address']
