"""A transfer on an adequacy decision goes to a country that has one, and never to an EEA country.

Article: GDPR Art. 13(1)(f), 14(1)(f), 45(3). The default list holds the countries with a
Commission adequacy decision as published by the Commission in 2025: Andorra, Argentina,
Canada (commercial organisations), Faroe Islands, Guernsey, Israel, Isle of Man, Japan,
Jersey, New Zealand, Republic of Korea, Switzerland, United Kingdom, United States
(organisations certified under the EU-US Data Privacy Framework only) and Uruguay. Decisions
change: keep the list current with the `adequate` option. For Canada and the United States
adequacy covers only some recipients; the rule cannot check that. A transfer that names another
mechanism besides `A45-3` may rest on that one for a country without a decision: the rule checks
only transfers whose sole mechanism is `A45-3`.

Beyond the Regulation: none; the rule checks a claimed adequacy decision against the
Commission's list.

Options:
    adequate: ISO country codes with an adequacy decision.

PASS::

    transfers:
      - {id: ch, countries: [CH], mechanisms: [A45-3]}

FAIL::

    transfers:
      - {id: in, countries: [IN], mechanisms: [A45-3]}
"""

from __future__ import annotations

from collections.abc import Iterator

from noticekit.lint.base import Finding
from noticekit.lint.base import RuleContext
from noticekit.models import Notice
from noticekit.models.types import EEA_COUNTRIES

CODE = "NK030"
NAME = "adequacy-not-known"
LEVEL = "warning"
ARTICLE = "GDPR Art. 13(1)(f), 14(1)(f), 45(3)"
URL = "https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_45"

OPTIONS = {
    "adequate": [
        "AD",
        "AR",
        "CA",
        "CH",
        "FO",
        "GB",
        "GG",
        "IL",
        "IM",
        "JE",
        "JP",
        "KR",
        "NZ",
        "US",
        "UY",
    ]
}


def check(notice: Notice, ctx: RuleContext) -> Iterator[Finding]:
    adequate = set(ctx.option("adequate", OPTIONS["adequate"]))
    for index, transfer in enumerate(notice.transfers):
        for position, country in enumerate(transfer.countries):
            path = ("transfers", index, "countries", position)
            if country in EEA_COUNTRIES:
                yield Finding(
                    path,
                    f'transfer "{transfer.id}" lists "{country}", which is in the EEA and not a '
                    "third country",
                )
            elif transfer.mechanisms == ["A45-3"] and country not in adequate:
                yield Finding(
                    path,
                    f'transfer "{transfer.id}" relies on an adequacy decision (A45-3), '
                    f'but "{country}" is not among the countries known to have one',
                )
