"""A joint controller gives the essence of the joint-controller arrangement.

Article: GDPR Art. 26(1)–(2): the essence of the arrangement shall be made available to the
data subject.

Beyond the Regulation: none.

PASS::

    controllers:
      - id: acme
        role: joint-controller
        joint_arrangement: {en: Acme answers all requests; Beta runs the servers.}

FAIL::

    controllers:
      - id: acme
        role: joint-controller
"""

from __future__ import annotations

from collections.abc import Iterator

from noticekit.lint.base import Finding
from noticekit.lint.base import RuleContext
from noticekit.models import Notice

CODE = "NK024"
NAME = "joint-arrangement-missing"
LEVEL = "error"
ARTICLE = "GDPR Art. 26(2)"
URL = "https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_26"


def check(notice: Notice, ctx: RuleContext) -> Iterator[Finding]:
    for index, controller in enumerate(notice.controllers):
        if controller.role == "joint-controller" and controller.joint_arrangement is None:
            yield Finding(
                ("controllers", index, "role"),
                f'joint controller "{controller.id}" does not give the essence of the joint arrangement '
                '("joint_arrangement")',
            )
