"""NK037: a joint arrangement says that rights may be exercised against each controller (Art.
26(3))."""

from __future__ import annotations

from noticekit.lint.rules import nk037_joint_control_rights_missing as rule

from .helpers import check
from .helpers import messages

ARRANGEMENT = """
controllers:
  - id: acme
    legal_name: Acme AS
    email: privacy@acme.example
  - id: beta
    legal_name: Beta AS
    email: privacy@beta.example
joint_arrangements:
  - id: app
    controllers: [acme, beta]
    scope: {en: The app., nb: Appen.}
    essence: {en: Acme answers all requests., nb: Acme svarer på alle henvendelser.}
"""

STATED = (
    ARRANGEMENT
    + """\
    rights_against_each:
      en: You can exercise your rights against each of us.
      nb: Du kan bruke rettighetene dine overfor hver av oss.
"""
)


def test_base_notice_passes():
    assert check(rule) == []


def test_arrangement_with_the_art_26_3_statement_passes():
    assert check(rule, STATED) == []


def test_arrangement_without_the_art_26_3_statement_warns_at_the_arrangement():
    assert check(rule, ARRANGEMENT) == [(9, "NK037", "warning")]
    assert messages(rule, ARRANGEMENT) == [
        'joint arrangement "app" does not tell people that they may exercise their rights against '
        "each "
        'joint controller (Art. 26(3), "rights_against_each")'
    ]
