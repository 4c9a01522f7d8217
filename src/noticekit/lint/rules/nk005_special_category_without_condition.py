"""Special-category data has an Art. 9(2) condition; criminal-offence data its Art. 10 ground.

Article: GDPR Art. 9(1)–(2), 10, 13(1)(c), 14(1)(c); WP260 rev.01 Annex (for special
categories, name the Art. 9 condition and, where relevant, the Union or Member State law; for
data on criminal convictions and offences, the law under which it is processed). The Art. 10
ground is `criminal_offence_ground`: the authorising `law` or the `official_authority` in control.

Beyond the Regulation: none for Art. 9 (WP260 reads Art. 13(1)(c) as naming the Art. 9(2)
condition). For Art. 10 data, citing the law is noticekit's reading of Art. 13(1)(c) with Art.
10.

PASS::

    data_categories:
      - {id: health, name: {en: Health data}, special_category: true}
    purposes:
      - id: care
        data_categories: [health]
        legal_bases: [A6-1-c, A9-2-h]

FAIL::

    purposes:
      - id: care
        data_categories: [health]
        legal_bases: [A6-1-c]
"""

from __future__ import annotations

from collections.abc import Iterator

from noticekit.lint.base import Finding
from noticekit.lint.base import RuleContext
from noticekit.lint.rules._util import purpose_categories
from noticekit.lint.rules._util import quoted
from noticekit.models import Notice
from noticekit.models.codes import ART9_CONDITIONS

CODE = "NK005"
NAME = "special-category-without-condition"
LEVEL = "error"
ARTICLE = "GDPR Art. 9(2), 10, 13(1)(c), 14(1)(c); WP260 rev.01 Annex"
URL = "https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_9"


def check(notice: Notice, ctx: RuleContext) -> Iterator[Finding]:
    for index, purpose in enumerate(notice.purposes):
        categories = purpose_categories(notice, purpose)
        special = [category.id for category in categories if category.special_category]
        if special and not any(basis in ART9_CONDITIONS for basis in purpose.legal_bases):
            yield Finding(
                ("purposes", index, "legal_bases"),
                f'purpose "{purpose.id}" uses special-category data {quoted(special)} '
                "but gives no Art. 9(2) condition (A9-2-a … A9-2-j)",
            )
        criminal = [category.id for category in categories if category.criminal_offence]
        if criminal and purpose.criminal_offence_ground is None:
            yield Finding(
                ("purposes", index, "criminal_offence_ground"),
                f'purpose "{purpose.id}" uses criminal-offence data {quoted(criminal)} '
                'but gives no Art. 10 ground ("criminal_offence_ground"); Art. 10 allows it '
                "only under the control of official authority or when a law authorises it",
            )
