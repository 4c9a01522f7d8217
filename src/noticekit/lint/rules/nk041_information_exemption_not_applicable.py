"""An Art. 14(5) exemption covers only data the purpose gets from someone other than the person.

Article: GDPR Art. 13(4), 14(1), 14(5). Art. 14(5) exempts only from Art. 14, which governs data
"not obtained from the data subject". Data collected from the person falls under Art. 13, whose
only exemption is that the person already has the information (Art. 13(4)). The rule fires when
the notice declares no `indirect` collection, when an exemption names a `data-subject` source, or
when it names no source and every source its purpose names is the person.

Beyond the Regulation: none.

PASS::

    purposes:
      - id: board-members
        sources: [register]
        information_exemptions:
          - {exemption: A14-5-b, sources: [register], ground: impossible}

FAIL::

    purposes:
      - id: newsletter
        sources: [customer]
        information_exemptions:
          - {exemption: A14-5-b, ground: impossible}
"""

from __future__ import annotations

from collections.abc import Iterator

from noticekit.lint.base import Finding
from noticekit.lint.base import RuleContext
from noticekit.load.source import DataPath
from noticekit.models import Notice

CODE = "NK041"
NAME = "information-exemption-not-applicable"
LEVEL = "error"
ARTICLE = "GDPR Art. 13(4), 14(1), 14(5)"
URL = "https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_14"


def check(notice: Notice, ctx: RuleContext) -> Iterator[Finding]:
    from_person = {source.id for source in notice.sources if source.kind == "data-subject"}
    for index, purpose in enumerate(notice.purposes):
        for position, exemption in enumerate(purpose.information_exemptions):
            at = ("purposes", index, "information_exemptions", position)
            path: DataPath = (*at, "exemption")
            named = [ident for ident in exemption.sources if ident in from_person]
            if "indirect" not in notice.collection:
                why = 'the notice declares no "indirect" collection'
            elif named:
                path = (*at, "sources", exemption.sources.index(named[0]))
                why = f'source "{named[0]}" is the person'
            elif not exemption.sources and purpose.sources and set(purpose.sources) <= from_person:
                why = "all its data comes from the person"
            else:
                continue
            yield Finding(
                path,
                f'purpose "{purpose.id}" claims an Art. 14(5) exemption, but {why}; Art. 14(5) '
                "applies only to data not obtained from the person (Art. 13 has no such exemption)",
            )
