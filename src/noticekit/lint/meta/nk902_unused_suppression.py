"""Every suppression matches a finding; a stale one is removed.

Article: GDPR Art. 5(2) (accountability: the record of accepted findings stays accurate).
A suppression whose `at` path does not exist in the notice, or whose rule no longer finds
anything there, is reported so that it does not silently hide a future finding.

PASS::

    purposes:
      - id: newsletter
        name: {en: Newsletter}
    suppressions:
      - rule: NK004
        at: purposes.newsletter
        reason: the legal basis is under review by counsel

FAIL::

    purposes:
      - id: newsletter
        name: {en: Newsletter}
        legal_bases: [A6-1-a]
    suppressions:
      - rule: NK004
        at: purposes.newsletter
        reason: the legal basis is under review by counsel
"""

from __future__ import annotations

CODE = "NK902"
NAME = "unused-suppression"
LEVEL = "warning"
ARTICLE = "GDPR Art. 5(2)"
URL = "https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_5"
