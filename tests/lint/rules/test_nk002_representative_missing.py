"""NK002: a controller outside the EEA names an Art. 27 representative."""

from __future__ import annotations

from noticekit.lint.rules import nk002_representative_missing as rule

from .helpers import check
from .helpers import messages

CONTROLLER = """
controllers:
  - id: acme
    legal_name: Acme Inc.
    country: {country}
    address: {{lines: [1 Main St], city: Boston}}
    email: privacy@acme.example
"""

WITH_REPRESENTATIVE = (
    CONTROLLER.format(country="US") + "    representative: {name: Rep AS, email: rep@rep.example}\n"
)
REPRESENTATIVE_WITHOUT_CONTACT = (
    CONTROLLER.format(country="US") + "    representative: {name: Rep AS}\n"
)


def test_base_notice_passes():
    assert check(rule) == []


def test_eea_countries_need_no_representative():
    assert check(rule, CONTROLLER.format(country='"NO"')) == []
    assert check(rule, CONTROLLER.format(country="IS")) == []
    assert check(rule, CONTROLLER.format(country="SE")) == []


def test_controller_in_the_us_without_representative_fails_at_the_controller():
    assert check(rule, CONTROLLER.format(country="US")) == [(2, "NK002", "error")]
    assert "names no Art. 27 representative" in messages(rule, CONTROLLER.format(country="US"))[0]


def test_representative_with_contact_passes():
    assert check(rule, WITH_REPRESENTATIVE) == []


def test_representative_without_contact_fails_at_the_representative():
    assert check(rule, REPRESENTATIVE_WITHOUT_CONTACT) == [(7, "NK002", "error")]
