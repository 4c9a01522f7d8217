"""A data category whose DPV term is special-category or criminal-offence data is flagged as such.

Article: GDPR Art. 9(1), 10. The flags `special_category` and `criminal_offence` drive the
Art. 9 and Art. 10 checks (NK005) and the summary (NK027); a category typed as health or
religion data without the flag escapes them. The default terms are, from DPV 2.3,
`dpv:SpecialCategoryPersonalData` and every `pd:` concept under it (racial or ethnic origin,
political opinions and affiliation, religious or philosophical beliefs, trade-union membership,
genetic, biometric and health data, sex life and sexual orientation), and `pd:Criminal` with
every concept under it (charges, convictions, offences, pardons).

Beyond the Regulation: none; but DPV files some terms under special categories that Art. 9(1)
covers only in part. Biometric data (`pd:Biometric`, `pd:FacialExpression` ...) is a special
category only when processed to identify a person uniquely. Suppress a finding with the reason
where it is not.

Options:
    special_terms: DPV terms that mean special-category data.
    criminal_terms: DPV terms that mean criminal-offence data.

PASS::

    data_categories:
      - {id: health, name: {en: Health}, dpv: pd:MedicalHealth, special_category: true}

FAIL::

    data_categories:
      - {id: health, name: {en: Health}, dpv: pd:MedicalHealth}
"""

from __future__ import annotations

from collections.abc import Iterator

from noticekit.lint.base import Finding
from noticekit.lint.base import RuleContext
from noticekit.models import Notice

CODE = "NK032"
NAME = "special-category-not-flagged"
LEVEL = "warning"
ARTICLE = "GDPR Art. 9(1), 10"
URL = "https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_9"

#: DPV 2.3: `dpv:SpecialCategoryPersonalData` and its narrower `pd:` concepts; `pd:Criminal` and
#: its narrower concepts (pd/modules/core.csv and extended.csv, `hasbroader`).
OPTIONS = {
    "special_terms": [
        "dpv:SpecialCategoryPersonalData",
        "pd:EthnicOrigin", "pd:Race",
        "pd:PoliticalOpinion", "pd:PoliticalAffiliation",
        "pd:Religion", "pd:ReligiousBelief", "pd:PhilosophicalBelief",
        "pd:TradeUnionMembership",
        "pd:Biometric", "pd:FacialExpression", "pd:FacialPrint", "pd:Fingerprint", "pd:Retina",
        "pd:MedicalHealth", "pd:Health", "pd:Genetic", "pd:MentalHealth", "pd:PhysicalHealth",
        "pd:BloodType", "pd:DNACode", "pd:Disability", "pd:DrugTestResult", "pd:HealthHistory",
        "pd:FamilyHealthHistory", "pd:IndividualHealthHistory", "pd:HealthRecord",
        "pd:Prescription",
        "pd:Sexual", "pd:SexualHistory", "pd:SexualPreference", "pd:Fetish", "pd:Proclivity",
    ],
    "criminal_terms": [
        "pd:Criminal", "pd:CriminalCharge", "pd:CriminalConviction", "pd:CriminalOffence",
        "pd:CriminalPardon",
    ],
}  # fmt: skip


def check(notice: Notice, ctx: RuleContext) -> Iterator[Finding]:
    special = set(ctx.option("special_terms", OPTIONS["special_terms"]))
    criminal = set(ctx.option("criminal_terms", OPTIONS["criminal_terms"]))
    for index, category in enumerate(notice.data_categories):
        if category.dpv in special and not category.special_category:
            yield Finding(
                ("data_categories", index, "dpv"),
                f'data category "{category.id}" is "{category.dpv}", a special category of data '
                '(Art. 9(1)), but is not marked "special_category: true"',
            )
        if category.dpv in criminal and not category.criminal_offence:
            yield Finding(
                ("data_categories", index, "dpv"),
                f'data category "{category.id}" is "{category.dpv}", data on criminal convictions '
                '(Art. 10), but is not marked "criminal_offence: true"',
            )
