"""A new purpose that rests on neither consent nor a law explains why it is compatible.

Article: GDPR Art. 6(4), 13(3), 14(4); WP260 rev.01 para. 47. Where further processing rests on
neither the person's consent nor a Union or Member State law, the controller must ascertain that
the new purpose is compatible with the original one (Art. 6(4)). WP260 recommends giving the
person the outcome of that analysis.
Beyond the Regulation: the Regulation does
not require the notice to explain compatibility: hence a warning. Consent is `A6-1-a` or `A9-2-a`;
a law is relied on with `A6-1-c` or `A6-1-e`.

PASS::

    purposes:
      - id: tariffs
        legal_bases: [A6-1-f]
        further_processing:
          original_purposes: [contract]
          compatibility: {en: The new purpose is close to the contract; the data is pseudonymised.}

FAIL::

    purposes:
      - id: tariffs
        legal_bases: [A6-1-f]
        further_processing: {original_purposes: [contract]}
"""

from __future__ import annotations

from collections.abc import Iterator

from noticekit.lint.base import Finding
from noticekit.lint.base import RuleContext
from noticekit.models import Notice

CODE = "NK043"
NAME = "further-processing-compatibility-unexplained"
LEVEL = "warning"
ARTICLE = "GDPR Art. 6(4), 13(3), 14(4); WP260 rev.01 para. 47"
URL = "https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_6"

#: Bases where Art. 6(4) asks for no compatibility test: consent, or a Union or Member State law.
CONSENT_OR_LAW = frozenset({"A6-1-a", "A9-2-a", "A6-1-c", "A6-1-e"})


def check(notice: Notice, ctx: RuleContext) -> Iterator[Finding]:
    for index, purpose in enumerate(notice.purposes):
        further = purpose.further_processing
        if further is None or further.compatibility is not None:
            continue
        if CONSENT_OR_LAW.intersection(purpose.legal_bases):
            continue
        yield Finding(
            ("purposes", index, "further_processing", "compatibility"),
            f'purpose "{purpose.id}" is a new purpose that rests on neither consent nor a law, but '
            'does not explain why it is compatible with the original purposes ("compatibility")',
        )
