"""A controller established outside the EEA names its Art. 27 representative, with contact details.

Article: GDPR Art. 13(1)(a), 14(1)(a), 27(1) (for controllers not established in the Union
whose processing falls under Art. 3(2); Art. 27(2) lists exemptions). Norway, Iceland and
Liechtenstein count as inside through the EEA Agreement.

Beyond the Regulation: none. The rule cannot tell whether Art. 3(2) applies or Art. 27(2)
exempts the controller; where it does not apply, suppress the finding with the reason.

PASS::

    controllers:
      - id: acme-inc
        legal_name: Acme Inc.
        country: US
        email: privacy@acme.example
        representative: {name: Acme EU Rep AS, email: rep@acme.example}

FAIL::

    controllers:
      - id: acme-inc
        legal_name: Acme Inc.
        country: US
        email: privacy@acme.example
"""

from __future__ import annotations

from collections.abc import Iterator

from noticekit.lint.base import Finding
from noticekit.lint.base import RuleContext
from noticekit.models import Notice
from noticekit.models.types import EEA_COUNTRIES

CODE = "NK002"
NAME = "representative-missing"
LEVEL = "error"
ARTICLE = "GDPR Art. 13(1)(a), 14(1)(a), 27(1); Art. 3(2)"
URL = "https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_27"


def check(notice: Notice, ctx: RuleContext) -> Iterator[Finding]:
    for index, controller in enumerate(notice.controllers):
        if controller.country is None or controller.country in EEA_COUNTRIES:
            continue
        representative = controller.representative
        if representative is None:
            yield Finding(
                ("controllers", index, "representative"),
                f'controller "{controller.id}" is established in "{controller.country}", outside '
                "the EEA, "
                "and names no Art. 27 representative (required where Art. 3(2) applies, "
                "unless Art. 27(2) exempts it)",
            )
        elif not (representative.address or representative.email or representative.phone):
            yield Finding(
                ("controllers", index, "representative"),
                f'the representative of controller "{controller.id}" ("{representative.name}") '
                "has no address, e-mail or phone",
            )
