"""NK040: an Art. 14(5) exemption names its case and measures (b) or its law (c)."""

from __future__ import annotations

from noticekit.lint.rules import nk040_information_exemption_incomplete as rule

from .helpers import check
from .helpers import messages

PURPOSES = """
purposes:
  - id: scoring
    name: {en: Scoring, nb: Scoring}
    sources: [bureau]
    legal_bases: [A6-1-f]
    information_exemptions:
      - exemption: A14-5-b
        sources: [bureau]
      - exemption: A14-5-c
        sources: [bureau]
      - exemption: A14-5-b
        ground: impossible
        measures: {en: This notice is public., nb: Denne erklæringen er offentlig.}
      - exemption: A14-5-c
        law: {en: The Register Act, nb: Registerloven}
"""


def test_base_notice_passes():
    assert check(rule) == []


def test_missing_case_measures_or_law_warn_at_the_exemption():
    assert check(rule, PURPOSES) == [(7, "NK040", "warning"), (9, "NK040", "warning")]
    assert messages(rule, PURPOSES) == [
        'purpose "scoring" relies on exemption "A14-5-b" but does not state which case of '
        'Art. 14(5)(b) applies and the measures taken ("ground", "measures")',
        'purpose "scoring" relies on exemption "A14-5-c" but does not state the law that lays '
        'down the obtaining or disclosure ("law")',
    ]
