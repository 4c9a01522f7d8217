"""NK039: an A49-2 transfer names the compelling legitimate interests pursued."""

from __future__ import annotations

from noticekit.lint.rules import nk039_compelling_interests_missing as rule

from .helpers import check
from .helpers import messages

TRANSFERS = """
transfers:
  - id: expert
    countries: [IN]
    mechanisms: [A46-2-c, A49-2]
    safeguards_url: https://acme.example/scc
  - id: lab
    countries: [SG]
    mechanisms: [A49-2]
    compelling_interests: {en: We must find the cause of a fire., nb: Vi må finne årsaken.}
    safeguards_url: https://acme.example/measures
"""


def test_base_notice_passes():
    assert check(rule) == []


def test_a49_2_without_the_interests_fails_at_the_mechanism():
    assert check(rule, TRANSFERS) == [(4, "NK039", "error")]
    assert messages(rule, TRANSFERS) == [
        'transfer "expert" rests on Art. 49(1), second subparagraph ("A49-2"), '
        "but does not name the compelling legitimate interests pursued "
        '("compelling_interests")'
    ]
