"""Every controller gives a postal address and an e-mail, phone or web contact.

Article: GDPR Art. 13(1)(a), 14(1)(a); WP260 rev.01 Annex (contact details should allow
different forms of communication with the controller: phone, e-mail, postal address). The
controller's own fields count, and so does a contact point that names the controller
(`contact_points: [{controller: acme, ...}]`): its address, e-mail, phone or web form.

Beyond the Regulation: the Regulation asks for "contact details"; noticekit reads WP260 as a
postal address plus at least one electronic or phone contact.

PASS::

    controllers:
      - id: acme
        legal_name: Acme AS
        address: {lines: [Storgata 1], postal_code: "0155", city: Oslo}
        email: privacy@acme.example

FAIL::

    controllers:
      - id: acme
        legal_name: Acme AS
"""

from __future__ import annotations

from collections.abc import Iterator

from noticekit.lint.base import Finding
from noticekit.lint.base import RuleContext
from noticekit.models import ContactPoint
from noticekit.models import Controller
from noticekit.models import Notice

CODE = "NK001"
NAME = "controller-contact-incomplete"
LEVEL = "error"
ARTICLE = "GDPR Art. 13(1)(a), 14(1)(a); WP260 rev.01 Annex"
URL = "https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_13"


def check(notice: Notice, ctx: RuleContext) -> Iterator[Finding]:
    for index, controller in enumerate(notice.controllers):
        own = [point for point in notice.contact_points if point.controller == controller.id]
        reachable: list[Controller | ContactPoint] = [controller, *own]
        name = f'controller "{controller.id}" ("{controller.legal_name}")'
        if all(party.address is None for party in reachable):
            yield Finding(("controllers", index, "address"), f"{name} gives no postal address")
        if not any(party.email or party.phone or party.url for party in reachable):
            yield Finding(("controllers", index), f"{name} gives no e-mail, phone or web contact")
