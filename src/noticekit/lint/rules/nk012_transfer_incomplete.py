"""A transfer names its third countries (or international organisations) and its legal mechanism.

Article: GDPR Art. 13(1)(f), 14(1)(f) (the intended transfer and the existence or absence of
an adequacy decision, or the safeguards relied on); WP260 rev.01 Annex (name the third
countries, to the extent possible, and the article the transfer rests on).

Beyond the Regulation: naming the third countries is WP260 practice ("to the extent possible");
the Regulation asks for the fact of the transfer and what it rests on.

PASS::

    transfers:
      - {id: us, countries: [US], mechanisms: [A46-2-c], safeguards_url: https://acme.example/scc}

FAIL::

    transfers:
      - id: abroad
        description: {en: We use suppliers outside the EU.}
"""

from __future__ import annotations

from collections.abc import Iterator

from noticekit.lint.base import Finding
from noticekit.lint.base import RuleContext
from noticekit.models import Notice

CODE = "NK012"
NAME = "transfer-incomplete"
LEVEL = "error"
ARTICLE = "GDPR Art. 13(1)(f), 14(1)(f); WP260 rev.01 Annex"
URL = "https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_13"


def check(notice: Notice, ctx: RuleContext) -> Iterator[Finding]:
    for index, transfer in enumerate(notice.transfers):
        if not transfer.countries and not transfer.international_organisations:
            yield Finding(
                ("transfers", index, "countries"),
                f'transfer "{transfer.id}" does not name the third countries or international '
                "organisations the data goes to",
            )
        if not transfer.mechanisms:
            yield Finding(
                ("transfers", index, "mechanisms"),
                f'transfer "{transfer.id}" does not say what it rests on: an adequacy decision '
                "(A45-3), "
                "safeguards (A46, A47) or a derogation (A49)",
            )
