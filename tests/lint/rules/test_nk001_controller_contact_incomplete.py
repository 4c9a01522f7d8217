"""NK001: every controller gives a postal address and an electronic contact."""

from __future__ import annotations

from noticekit.lint.rules import nk001_controller_contact_incomplete as rule

from .helpers import check
from .helpers import messages

#: The base notice's contact point, no longer tied to the controller.
UNLINKED = """
contact_points:
  - id: privacy
    name: {en: Privacy requests, nb: Personvernhenvendelser}
    email: privacy@acme.example
"""

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
    assert check(rule, NO_CONTACT + UNLINKED) == [(2, "NK001", "error"), (2, "NK001", "error")]


def test_address_without_electronic_contact_fails():
    assert check(rule, ADDRESS_ONLY + UNLINKED) == [(2, "NK001", "error")]
    assert messages(rule, ADDRESS_ONLY + UNLINKED) == [
        'controller "acme" ("Acme AS") gives no e-mail, phone or web contact'
    ]


def test_phone_without_address_fails():
    assert check(rule, PHONE_ONLY + UNLINKED) == [(2, "NK001", "error")]
    assert messages(rule, PHONE_ONLY + UNLINKED) == [
        'controller "acme" ("Acme AS") gives no postal address'
    ]


#: A controller reached only through its contact point.
THROUGH_CONTACT_POINT = """
controllers:
  - id: acme
    legal_name: Acme AS
contact_points:
  - id: privacy
    name: {en: Privacy requests, nb: Personvernhenvendelser}
    controller: acme
    email: privacy@acme.example
    address: {lines: [Storgata 1], city: Oslo}
"""


def test_a_contact_point_of_the_controller_counts():
    assert check(rule, THROUGH_CONTACT_POINT) == []


def test_a_contact_point_of_another_controller_does_not_count():
    snippet = THROUGH_CONTACT_POINT.replace(
        "    legal_name: Acme AS\n",
        "    legal_name: Acme AS\n  - id: other\n    legal_name: Other AS\n",
    ).replace("controller: acme", "controller: other")
    assert [(line, code) for line, code, _ in check(rule, snippet)] == [(2, "NK001"), (2, "NK001")]
