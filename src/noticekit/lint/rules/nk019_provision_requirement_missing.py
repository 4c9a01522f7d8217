"""Data the person provides says whether providing it is required, and what happens if not.

Article: GDPR Art. 13(2)(e) (whether the provision of personal data is a statutory or
contractual requirement, or a requirement necessary to enter into a contract, whether the
person is obliged to provide it, and the possible consequences of failure to provide it);
WP260 rev.01 Annex (forms mark the required fields and the consequence of leaving them empty).

A data category counts as provided by the person when the notice declares `direct`
collection, some purpose using it has no sources or a `data-subject` source, and its DPV term
is not one of observed data (`observed_terms`: IP addresses, browsing behaviour, device data,
observed, derived or inferred data): Art. 13(2)(e) is about what the person provides, and
nobody is "obliged to provide" an IP address. Each such category needs `requirement` and
`mandatory`, and a `consequence` when it is mandatory, unless every purpose collecting it from
the person states them for the purpose as a whole (`requirement`, `mandatory`, `consequence` on
the purpose).

A notice that says this for none of its categories gets one finding, at `data_categories`,
instead of one per category. Where it says it for some, each incomplete category is reported.

Beyond the Regulation: Art. 13(2)(e) asks for the information, not for it per data category;
noticekit records it per category so that each field of a form can be explained.

Options:
    observed_terms: DPV terms of data observed rather than provided (exempt from the rule).

PASS::

    data_categories:
      - id: contact
        requirement: contractual
        mandatory: true
        consequence: {en: We cannot deliver the service.}

FAIL::

    data_categories:
      - id: contact
        mandatory: true
"""

from __future__ import annotations

from collections.abc import Iterator

from noticekit.lint.base import Finding
from noticekit.lint.base import RuleContext
from noticekit.lint.rules._util import quoted
from noticekit.models import DataCategory
from noticekit.models import Notice
from noticekit.models import Purpose

CODE = "NK019"
NAME = "provision-requirement-missing"
LEVEL = "error"
ARTICLE = "GDPR Art. 13(2)(e); WP260 rev.01 Annex"
URL = "https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_13"

#: DPV 2.3 terms for data observed, derived or generated rather than provided by the person.
OPTIONS = {
    "observed_terms": [
        "dpv:ObservedPersonalData", "dpv:DerivedPersonalData", "dpv:InferredPersonalData",
        "dpv:GeneratedPersonalData", "pd:IPAddress", "pd:DeviceBased", "pd:DeviceSoftware",
        "pd:DeviceApplications", "pd:DeviceOperatingSystem", "pd:BrowserFingerprint",
        "pd:UserAgent", "pd:Behavioural", "pd:BrowsingBehaviour", "pd:BrowserHistory",
        "pd:BrowsingReferral", "pd:LinkClicked", "pd:ServiceConsumptionBehaviour", "pd:CallLog",
    ],
}  # fmt: skip
FIELDS = ("requirement", "mandatory", "consequence")


def _provided(notice: Notice, observed: set[str]) -> list[tuple[int, DataCategory]]:
    """The data categories the person provides and no purpose-level statement covers."""
    own = {source.id for source in notice.sources if source.kind in (None, "data-subject")}
    direct: dict[str, list[Purpose]] = {}
    for purpose in notice.purposes:
        if not purpose.sources or own & set(purpose.sources):
            for category in purpose.data_categories:
                direct.setdefault(category, []).append(purpose)
    return [
        (index, category)
        for index, category in enumerate(notice.data_categories)
        if category.id in direct
        and category.dpv not in observed
        and not all(map(_states_provision, direct[category.id]))
    ]


def _states_provision(part: DataCategory | Purpose) -> bool:
    return (
        part.requirement is not None
        and part.mandatory is not None
        and (not part.mandatory or part.consequence is not None)
    )


def _missing(category: DataCategory) -> list[str]:
    missing = [field for field in FIELDS[:2] if getattr(category, field) is None]
    if category.mandatory and category.consequence is None:
        missing.append("consequence")
    return missing


def check(notice: Notice, ctx: RuleContext) -> Iterator[Finding]:
    if "direct" not in notice.collection:
        return
    provided = _provided(notice, set(ctx.option("observed_terms", OPTIONS["observed_terms"])))
    if not provided:
        return
    parts = [category for _, category in provided] + list(notice.purposes)
    if all(getattr(part, field) is None for part in parts for field in FIELDS):
        yield Finding(
            ("data_categories",),
            "the notice does not say, for any data the person provides, whether providing it "
            "is a statutory or contractual requirement, whether the person must provide it, and "
            'the consequence of not providing it; give "requirement", "mandatory" and '
            '"consequence" on the data categories the person provides',
        )
        return
    for index, category in provided:
        missing = _missing(category)
        if missing:
            yield Finding(
                ("data_categories", index, missing[0]),
                f'data category "{category.id}" is provided by the person but does not give '
                f"{quoted(missing)}: whether providing it is required, and the consequence of "
                "not providing it",
            )
