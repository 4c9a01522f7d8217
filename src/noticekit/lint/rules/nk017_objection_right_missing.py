"""The right to object is offered for Art. 6(1)(e)/(f); the Art. 21(2) one for direct marketing.

Article: GDPR Art. 21(1), 21(2)–(3), 21(4), 13(2)(b), 14(2)(c). A purpose on Art. 6(1)(e) or
(f) needs the right to object of Art. 21(1) (`A21`), which yields to compelling legitimate
grounds. A direct-marketing purpose needs the absolute right to object to direct marketing of
Art. 21(2)–(3) (`A21-2`), whatever its legal basis: the general `A21` does not tell the reader
that the processing stops on request, without any balancing. Both checks apply to a purpose
that is both. A right marked `not_applicable` does not count.

A purpose is direct marketing when it says so (`direct_marketing: true`), or when it leaves
`direct_marketing` out and has a DPV purpose for marketing addressed to the person:
`dpv:DirectMarketing`, `dpv:Marketing`, `dpv:SocialMediaMarketing`,
`dpv:PersonalisedAdvertising`, `dpv:TargetedAdvertising` or
`dpv:RecruitmentTargetedAdvertising`. `direct_marketing: false` overrides the DPV term (for
marketing not addressed to the person). An `objection` text alone does not make a purpose
direct marketing: it may describe any opt-out.

Beyond the Regulation: none. Reading the DPV terms above as direct marketing is noticekit's
reading; `direct_marketing: false` corrects it.

PASS::

    purposes:
      - {id: newsletter, legal_bases: [A6-1-f], direct_marketing: true}
    rights:
      - {right: A21, contact_point: privacy}
      - {right: A21-2, contact_point: privacy}

FAIL::

    purposes:
      - {id: newsletter, legal_bases: [A6-1-f], direct_marketing: true}
    rights:
      - {right: A21, contact_point: privacy}
"""

from __future__ import annotations

from collections.abc import Iterator

from noticekit.lint.base import Finding
from noticekit.lint.base import RuleContext
from noticekit.lint.rules._util import is_direct_marketing
from noticekit.lint.rules._util import offers_right
from noticekit.models import Notice

CODE = "NK017"
NAME = "objection-right-missing"
LEVEL = "error"
ARTICLE = "GDPR Art. 13(2)(b), 14(2)(c), 21(1), 21(2)–(3), 21(4)"
URL = "https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_21"


def check(notice: Notice, ctx: RuleContext) -> Iterator[Finding]:
    general = offers_right(notice, "A21")
    marketing = offers_right(notice, "A21-2")
    for index, purpose in enumerate(notice.purposes):
        bases = [basis for basis in purpose.legal_bases if basis in ("A6-1-e", "A6-1-f")]
        if bases and not general:
            yield Finding(
                ("purposes", index, "legal_bases"),
                f'purpose "{purpose.id}" relies on "{bases[0]}", but the notice does not offer '
                'the right to object ("A21", Art. 21(1))',
            )
        if is_direct_marketing(purpose) and not marketing:
            field = "direct_marketing" if purpose.direct_marketing else "dpv"
            yield Finding(
                ("purposes", index, field),
                f'purpose "{purpose.id}" is direct marketing, but the notice does not offer the '
                'right to object to direct marketing ("A21-2", Art. 21(2)-(3)); the general '
                'right to object ("A21") does not say that the processing stops on request',
            )
