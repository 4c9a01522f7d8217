"""Every suppression names an existing lint rule, by code or slug.

Article: GDPR Art. 5(2) (accountability: an accepted finding must be traceable to the rule
that raised it). A suppression naming an unknown rule does not suppress anything.

PASS::

    suppressions:
      - rule: vague-retention
        reason: reviewed by the DPO on 2025-05-01

FAIL::

    suppressions:
      - rule: NK999
        reason: reviewed by the DPO on 2025-05-01
"""

from __future__ import annotations

CODE = "NK901"
NAME = "suppression-unknown-rule"
LEVEL = "error"
ARTICLE = "GDPR Art. 5(2)"
URL = "https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_5"
