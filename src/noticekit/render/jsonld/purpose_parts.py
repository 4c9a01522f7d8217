"""JSON-LD for a purpose's own parts beyond basis and recipients: the Art. 10 ground, the duty to
provide the data, further retention periods, what its automated decisions involve, its Art. 14(5)
exemptions and its notice of further processing.

DPV terms used here were checked against w3c/dpv 2.3 (`2.3/dpv/modules/*.csv`): `dpv:LegalBasis`,
`dpv:hasApplicableLaw`, `dpv:Law`, `dpv:hasNecessity` with `dpv:Required`/`dpv:Optional` (as in DPV
example E0052, on the process), `dpv:hasProcess`, `dpv:Process`, `dpv:hasPersonalData`,
`dpv:hasAlgorithmicLogic`, `dpv:AlgorithmicLogic`, `dpv:hasJustification`,
`dpv:hasOrganisationalMeasure`, `dpv:OrganisationalMeasure`, `dpv:hasDataSource`,
`dpv:hasAssessment`, and in `2.3/legal/eu/gdpr/eu-gdpr.csv` the `JustificationA14*` terms and
`PurposeCompatibilityAssessment`. DPV has no term for the Art. 10 ground (`eu-gdpr` has none for
Art. 10), so it is a `dpv:LegalBasis` also typed `nk:CriminalOffenceDataCondition`.
"""

from __future__ import annotations

from typing import Any

from noticekit.models import Purpose
from noticekit.models import RetentionPeriod
from noticekit.render.jsonld.nodes import NodeIds
from noticekit.render.jsonld.nodes import compact
from noticekit.render.jsonld.nodes import date
from noticekit.render.jsonld.nodes import iri
from noticekit.render.jsonld.terms import DATA_REQUIREMENTS
from noticekit.render.jsonld.terms import EXEMPTION_GROUNDS
from noticekit.render.jsonld.terms import INFORMATION_EXEMPTIONS
from noticekit.render.jsonld.terms import NECESSITY


def criminal_offence_basis(purpose: Purpose) -> list[dict[str, Any]]:
    """The Art. 10 ground as one more legal basis of the process: law, official authority."""
    ground = purpose.criminal_offence_ground
    if ground is None:
        return []
    return [
        compact(
            {
                "@type": ["dpv:LegalBasis", "nk:CriminalOffenceDataCondition"],
                "dpv:hasApplicableLaw": {"@type": "dpv:Law", "description": ground.law}
                if ground.law
                else None,
                "officialAuthority": ground.official_authority,
            }
        )
    ]


def provision(purpose: Purpose) -> dict[str, Any]:
    """Art. 13(2)(e) for the purpose as a whole: necessity, requirement and consequence."""
    necessity = NECESSITY[purpose.mandatory] if purpose.mandatory is not None else None
    return {
        "dpv:hasNecessity": iri(necessity) if necessity else None,
        "nk:requirement": iri(DATA_REQUIREMENTS[purpose.requirement])
        if purpose.requirement
        else None,
        "consequence": purpose.consequence,
    }


def retention_processes(purpose: Purpose, ids: NodeIds, storage: Any) -> list[dict[str, Any]]:
    """Each further period as a sub-process: the data it covers, its condition, its storage."""
    return [_period_process(period, ids, storage) for period in purpose.retention_periods]


def _period_process(period: RetentionPeriod, ids: NodeIds, storage: Any) -> dict[str, Any]:
    return compact(
        {
            "@type": "dpv:Process",
            "dpv:hasPersonalData": [ids.ref("data", ident) for ident in period.data_categories],
            "description": period.condition,
            "dpv:hasStorageCondition": storage(period),
        }
    )


def decision_details(purpose: Purpose) -> dict[str, Any]:
    """The logic, significance, consequences and safeguards of the purpose's automated decisions."""
    details = purpose.automated_decision_details
    if details is None:
        return {}
    return {
        "dpv:hasAlgorithmicLogic": {"@type": "dpv:AlgorithmicLogic", "description": details.logic}
        if details.logic
        else None,
        "significance": details.significance,
        "consequences": details.consequences,
        "safeguards": details.safeguards,
    }


def information_exemptions(purpose: Purpose, ids: NodeIds) -> list[dict[str, Any]]:
    """Each Art. 14(5) exemption as a justification: its case, sources, reason, measures and law."""
    return [
        compact(
            {
                "@type": [
                    INFORMATION_EXEMPTIONS[item.exemption],
                    *([EXEMPTION_GROUNDS[item.ground]] if item.ground else []),
                ],
                "dpv:hasDataSource": [ids.ref("source", ident) for ident in item.sources],
                "description": item.reason,
                "dpv:hasOrganisationalMeasure": {
                    "@type": "dpv:OrganisationalMeasure",
                    "description": item.measures,
                }
                if item.measures
                else None,
                "dpv:hasApplicableLaw": {"@type": "dpv:Law", "description": item.law}
                if item.law
                else None,
            }
        )
        for item in purpose.information_exemptions
    ]


def further_processing(purpose: Purpose, ids: NodeIds) -> dict[str, Any]:
    """A new purpose for data held: the original processes, its start, the compatibility."""
    further = purpose.further_processing
    if further is None:
        return {}
    return {
        "nk:furtherProcessing": True,
        "nk:furtherProcessingOf": [
            ids.ref("process", ident) for ident in further.original_purposes
        ],
        "nk:furtherProcessingStarts": date(further.starts) if further.starts else None,
        "dpv:hasAssessment": {
            "@type": "eu-gdpr:PurposeCompatibilityAssessment",
            "description": further.compatibility,
        }
        if further.compatibility
        else None,
    }
