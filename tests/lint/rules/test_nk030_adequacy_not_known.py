"""NK030: adequacy transfers go to countries with a decision, never to EEA countries."""

from __future__ import annotations

from noticekit.lint.rules import nk030_adequacy_not_known as rule

from .helpers import check
from .helpers import messages

TRANSFERS = """
transfers:
  - id: ch
    countries: [CH, GB, JP]
    mechanisms: [A45-3]
  - id: india
    countries: [IN]
    mechanisms: [A45-3]
  - id: sweden
    countries: [SE]
    mechanisms: [A46-2-c]
    safeguards_url: https://acme.example/scc
"""


def test_base_notice_passes():
    assert check(rule) == []


def test_unknown_adequacy_and_eea_country_warn_at_the_country():
    assert check(rule, TRANSFERS) == [(6, "NK030", "warning"), (9, "NK030", "warning")]
    assert messages(rule, TRANSFERS) == [
        'transfer "india" relies on an adequacy decision (A45-3), but "IN" is not among the '
        "countries known to have one",
        'transfer "sweden" lists "SE", which is in the EEA and not a third country',
    ]


def test_adequacy_list_is_an_option():
    assert check(rule, TRANSFERS, {"adequate": ["CH", "GB", "JP", "IN"]}) == [
        (9, "NK030", "warning")
    ]


def test_adequacy_with_another_mechanism_beside_it_is_not_questioned():
    snippet = """
transfers:
  - id: india
    countries: [IN]
    mechanisms: [A45-3, A46-2-c]
    safeguards_url: https://acme.example/scc
"""
    assert check(rule, snippet) == []
