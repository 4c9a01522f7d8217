"""NK024: a joint arrangement names its joint controllers and gives the essence of the
arrangement."""

from __future__ import annotations

from noticekit.lint.rules import nk024_joint_arrangement_missing as rule

from .helpers import check
from .helpers import messages

CONTROLLERS = """
controllers:
  - id: acme
    legal_name: Acme AS
    email: privacy@acme.example
  - id: beta
    legal_name: Beta AS
    email: privacy@beta.example
"""

COMPLETE = (
    CONTROLLERS
    + """
joint_arrangements:
  - id: app
    controllers: [acme, beta]
    scope: {en: The app., nb: Appen.}
    essence: {en: Acme answers all requests., nb: Acme svarer på alle henvendelser.}
"""
)

INCOMPLETE = (
    CONTROLLERS
    + """
joint_arrangements:
  - id: app
    controllers: [acme]
    scope:
      en: "The app, jointly with the companies concerned."
      nb: "Appen, sammen med berørte selskaper."
"""
)


def test_base_notice_passes():
    assert check(rule) == []


def test_arrangement_with_its_controllers_and_essence_passes():
    assert check(rule, COMPLETE) == []


def test_arrangement_naming_one_controller_and_no_essence_fails_twice():
    assert check(rule, INCOMPLETE) == [(10, "NK024", "error"), (11, "NK024", "error")]
    assert messages(rule, INCOMPLETE) == [
        'joint arrangement "app" does not give the essence of the arrangement ("essence")',
        'joint arrangement "app" names only one controller; name every joint controller in '
        '"controllers"',
    ]
