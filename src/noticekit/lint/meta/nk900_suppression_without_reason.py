"""Every suppression gives the reason the finding is accepted.

Article: GDPR Art. 5(2) (accountability: the controller must be able to demonstrate compliance,
so an accepted finding is recorded with why it was accepted). A suppression without a reason
does not suppress anything.

PASS::

    suppressions:
      - rule: NK015
        at: purposes.newsletter.retention
        reason: the criteria are given in the consent text the subscriber accepts

FAIL::

    suppressions:
      - rule: NK015
        at: purposes.newsletter.retention
"""

from __future__ import annotations

CODE = "NK900"
NAME = "suppression-without-reason"
LEVEL = "error"
ARTICLE = "GDPR Art. 5(2)"
URL = "https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_5"
