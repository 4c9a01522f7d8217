"""NK024: joint controllers give the essence of the Art. 26 arrangement."""

from __future__ import annotations

from noticekit.lint.rules import nk024_joint_arrangement_missing as rule

from .helpers import check

CONTROLLERS = """
controllers:
  - id: acme
    legal_name: Acme AS
    email: privacy@acme.example
    role: joint-controller
    joint_arrangement: {en: Acme answers all requests., nb: Acme svarer på alle henvendelser.}
  - id: beta
    legal_name: Beta AS
    email: privacy@beta.example
    role: joint-controller
"""


def test_base_notice_passes():
    assert check(rule) == []


def test_joint_controller_without_arrangement_fails_at_its_role():
    assert check(rule, CONTROLLERS) == [(10, "NK024", "error")]
