"""An Art. 14(5) exemption says which case applies and how the person is protected.

Article: GDPR Art. 14(5)(b)–(c). Under (b) the controller "shall take appropriate measures to
protect the data subject's rights and freedoms and legitimate interests, including making the
information publicly available"; under (c) the obtaining or disclosure must be "expressly laid
down by Union or Member State law" that provides appropriate measures.
Beyond the Regulation: the Regulation does not oblige the notice to name the case of (b),
the measures or the law, but without them neither the reader nor a DPO can check that the
exemption applies. Hence a warning.

PASS::

    information_exemptions:
      - exemption: A14-5-b
        ground: disproportionate-effort
        sources: [register]
        measures: {en: We publish this notice and delete what we do not use.}

FAIL::

    information_exemptions:
      - exemption: A14-5-c
        sources: [register]
"""

from __future__ import annotations

from collections.abc import Iterator

from noticekit.lint.base import Finding
from noticekit.lint.base import RuleContext
from noticekit.lint.rules._util import quoted
from noticekit.models import InformationExemption
from noticekit.models import Notice

CODE = "NK040"
NAME = "information-exemption-incomplete"
LEVEL = "warning"
ARTICLE = "GDPR Art. 14(5)(b)–(c)"
URL = "https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_14"

#: What each exemption should state, and what it means.
EXPECTED = {
    "A14-5-b": {"ground": "which case of Art. 14(5)(b) applies", "measures": "the measures taken"},
    "A14-5-c": {"law": "the law that lays down the obtaining or disclosure"},
}


def _missing(exemption: InformationExemption) -> list[str]:
    return [field for field in EXPECTED[exemption.exemption] if getattr(exemption, field) is None]


def check(notice: Notice, ctx: RuleContext) -> Iterator[Finding]:
    for index, purpose in enumerate(notice.purposes):
        for position, exemption in enumerate(purpose.information_exemptions):
            missing = _missing(exemption)
            if not missing:
                continue
            what = " and ".join(EXPECTED[exemption.exemption][field] for field in missing)
            yield Finding(
                ("purposes", index, "information_exemptions", position, missing[0]),
                f'purpose "{purpose.id}" relies on exemption "{exemption.exemption}" but does not '
                f"state {what} ({quoted(missing)})",
            )
