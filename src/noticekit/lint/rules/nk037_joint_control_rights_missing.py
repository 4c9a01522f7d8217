"""A joint arrangement tells people they may exercise their rights against each joint controller.

Article: GDPR Art. 26(3): whatever the arrangement says, the data subject may exercise their rights
in respect of and against each of the controllers.

Beyond the Regulation: the Regulation does not say the notice must repeat this; noticekit asks for
it because a reader of the arrangement's essence (Art. 26(2)) may otherwise take it to limit whom
they may turn to.

PASS::

    joint_arrangements:
      - id: app
        controllers: [acme, beta]
        purposes: [app]
        essence: {en: Acme answers all requests.}
        rights_against_each: {en: You can exercise your rights against each of us.}

FAIL::

    joint_arrangements:
      - id: app
        controllers: [acme, beta]
        purposes: [app]
        essence: {en: Acme answers all requests.}
"""

from __future__ import annotations

from collections.abc import Iterator

from noticekit.lint.base import Finding
from noticekit.lint.base import RuleContext
from noticekit.models import Notice

CODE = "NK037"
NAME = "joint-control-rights-missing"
LEVEL = "warning"
ARTICLE = "GDPR Art. 26(3) (noticekit asks the notice to say it; the Regulation does not)"
URL = "https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_26"


def check(notice: Notice, ctx: RuleContext) -> Iterator[Finding]:
    for index, arrangement in enumerate(notice.joint_arrangements):
        if arrangement.rights_against_each is None:
            yield Finding(
                ("joint_arrangements", index),
                f'joint arrangement "{arrangement.id}" does not tell people that they may exercise '
                'their rights against each joint controller (Art. 26(3), "rights_against_each")',
            )
