"""A joint arrangement names its joint controllers and gives the essence of the arrangement.

Article: GDPR Art. 26(1)–(2): joint controllers determine their responsibilities in an arrangement
whose essence shall be made available to the data subject; Art. 13(1)(a), 14(1)(a): the identity of
each controller.

Beyond the Regulation: none.

PASS::

    joint_arrangements:
      - id: app
        controllers: [acme, beta]
        purposes: [app]
        essence: {en: Acme answers all requests; Beta runs the servers.}

FAIL::

    joint_arrangements:
      - id: app
        controllers: [acme]
        purposes: [app]
"""

from __future__ import annotations

from collections.abc import Iterator

from noticekit.lint.base import Finding
from noticekit.lint.base import RuleContext
from noticekit.models import Notice

CODE = "NK024"
NAME = "joint-arrangement-missing"
LEVEL = "error"
ARTICLE = "GDPR Art. 26(1)–(2), 13(1)(a), 14(1)(a)"
URL = "https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_26"


def check(notice: Notice, ctx: RuleContext) -> Iterator[Finding]:
    for index, arrangement in enumerate(notice.joint_arrangements):
        if len(set(arrangement.controllers)) < 2:
            yield Finding(
                ("joint_arrangements", index, "controllers"),
                f'joint arrangement "{arrangement.id}" names only one controller; name every joint '
                'controller in "controllers"',
            )
        if arrangement.essence is None:
            yield Finding(
                ("joint_arrangements", index),
                f'joint arrangement "{arrangement.id}" does not give the essence of the '
                'arrangement ("essence")',
            )
