"""JSON-LD for what is processed: purposes as `dpv:Process`, data, subjects, sources, recipients,
transfers."""

from __future__ import annotations

from typing import Any

from noticekit.models import DataCategory
from noticekit.models import DataSubjectCategory
from noticekit.models import Notice
from noticekit.models import Purpose
from noticekit.models import Recipient
from noticekit.models import Retention
from noticekit.models import Source
from noticekit.models import Transfer
from noticekit.render.jsonld.nodes import NodeIds
from noticekit.render.jsonld.nodes import address
from noticekit.render.jsonld.nodes import compact
from noticekit.render.jsonld.nodes import country
from noticekit.render.jsonld.nodes import iri
from noticekit.render.jsonld.nodes import iris
from noticekit.render.jsonld.nodes import legitimate_interest
from noticekit.render.jsonld.purpose_parts import criminal_offence_basis
from noticekit.render.jsonld.purpose_parts import decision_details
from noticekit.render.jsonld.purpose_parts import further_processing
from noticekit.render.jsonld.purpose_parts import information_exemptions
from noticekit.render.jsonld.purpose_parts import provision
from noticekit.render.jsonld.purpose_parts import retention_processes
from noticekit.render.jsonld.terms import DATA_REQUIREMENTS
from noticekit.render.jsonld.terms import LEGAL_BASES
from noticekit.render.jsonld.terms import NECESSITY
from noticekit.render.jsonld.terms import RECIPIENT_ROLES
from noticekit.render.jsonld.terms import SOURCE_KINDS
from noticekit.render.jsonld.terms import UNKNOWN_RECIPIENT_ROLE
from noticekit.render.jsonld.transfers import transfer_node


def data_category_node(category: DataCategory, ids: NodeIds) -> dict[str, Any]:
    """A category of personal data, typed by its DPV term and as special-category or
    criminal-offence data."""
    types = [category.dpv] if category.dpv else ["dpv:PersonalData"]
    if category.special_category:
        types.append("dpv:SpecialCategoryPersonalData")
    if category.criminal_offence:
        types.append("nk:CriminalOffenceData")
    necessity = NECESSITY.get(category.mandatory) if category.mandatory is not None else None
    return compact(
        {
            "@id": ids.of("data", category.id),
            "@type": types,
            "label": category.name,
            "description": category.description,
            "dpv:hasNecessity": iri(necessity) if necessity else None,
            "nk:requirement": iri(DATA_REQUIREMENTS[category.requirement])
            if category.requirement
            else None,
            "consequence": category.consequence,
        }
    )


def data_subject_node(subject: DataSubjectCategory, ids: NodeIds) -> dict[str, Any]:
    """A category of data subjects, typed by its DPV term."""
    return compact(
        {
            "@id": ids.of("subjects", subject.id),
            "@type": [subject.dpv or "dpv:DataSubject"],
            "label": subject.name,
            "description": subject.description,
        }
    )


def source_node(source: Source, ids: NodeIds) -> dict[str, Any]:
    """A data source (Art. 14(2)(f)), typed by kind and by whether it is publicly accessible."""
    types = [SOURCE_KINDS[source.kind] if source.kind else "dpv:DataSource"]
    if source.publicly_available is not None:
        public = "dpv:PublicDataSource" if source.publicly_available else "dpv:NonPublicDataSource"
        types += [public] if public not in types else []
    return compact(
        {
            "@id": ids.of("source", source.id),
            "@type": types,
            "label": source.name,
            "description": source.description,
        }
    )


def recipient_property(recipient: Recipient) -> str:
    """The DPV property that links a process to this recipient, by role."""
    return (
        RECIPIENT_ROLES.get(recipient.role, UNKNOWN_RECIPIENT_ROLE)[0]
        if recipient.role
        else UNKNOWN_RECIPIENT_ROLE[0]
    )


def recipient_node(recipient: Recipient, ids: NodeIds) -> dict[str, Any]:
    """A named recipient or a category of recipients, typed by role."""
    role_type = RECIPIENT_ROLES[recipient.role][1] if recipient.role else UNKNOWN_RECIPIENT_ROLE[1]
    return compact(
        {
            "@id": ids.of("recipient", recipient.id),
            "@type": [role_type],
            "dpv:hasName": recipient.name,
            "recipientCategory": recipient.category,
            "description": recipient.description,
            "sector": recipient.sector,
            "dpv:hasCountry": [country(code) for code in recipient.countries or ()],
            "nk:example": list(recipient.examples),
            "dpv:hasAddress": address(recipient.address),
        }
    )


def storage_node(retention: Retention) -> dict[str, Any]:
    """A `dpv:StorageDuration`: a fixed period, an end event, and the criteria that justify them."""
    durations = []
    if retention.duration:
        durations.append(
            {
                "@type": "dpv:TemporalDuration",
                "rdf:value": {"@value": retention.duration, "@type": "xsd:duration"},
            }
        )
    if retention.event:
        durations.append({"@type": "dpv:UntilEventDuration", "description": retention.event})
    criteria = (
        {"@type": "dpv:Justification", "description": retention.criteria}
        if retention.criteria
        else None
    )
    return compact(
        {
            "@type": "dpv:StorageDuration",
            "dpv:hasDuration": durations,
            "dpv:hasJustification": criteria,
        }
    )


def legal_basis_values(purpose: Purpose) -> list[dict[str, Any]]:
    """The purpose's legal bases, plus the legitimate interest pursued and the law relied on, where
    given."""
    values: list[dict[str, Any]] = iris([LEGAL_BASES[code] for code in purpose.legal_bases])
    if purpose.legitimate_interest:
        values.append(legitimate_interest(purpose.legitimate_interest))
    return values + criminal_offence_basis(purpose)


def purpose_types(purpose: Purpose) -> list[str]:
    """The purpose's DPV terms; `dpv:DirectMarketing` where the notice flags direct marketing."""
    types = list(purpose.dpv)
    if purpose.direct_marketing is True and "dpv:DirectMarketing" not in types:
        types.append("dpv:DirectMarketing")
    return types or ["dpv:Purpose"]


def purpose_controllers(purpose: Purpose, notice: Notice) -> list[str]:
    """The controllers of a purpose: those it names, or the notice's only controller. With several
    controllers and none named, the purpose's controller is not stated: none is linked."""
    if purpose.controllers:
        return list(purpose.controllers)
    return [notice.controllers[0].id] if len(notice.controllers) == 1 else []


def transfers_for(purpose: Purpose, notice: Notice) -> list[Transfer]:
    """The transfers whose importers include one of the purpose's recipients: only a link the notice
    makes. A purpose whose recipients are not stated has none."""
    mine = set(purpose.recipients or ())
    return [transfer for transfer in notice.transfers if mine.intersection(transfer.recipients)]


def notice_transfers(notice: Notice) -> list[Transfer]:
    """The transfers no purpose's recipients lead to (or that name no importer): they belong to the
    notice as a whole, never to every purpose."""
    used = {ident for purpose in notice.purposes for ident in purpose.recipients or ()}
    return [transfer for transfer in notice.transfers if not used.intersection(transfer.recipients)]


def process_node(
    purpose: Purpose, notice: Notice, ids: NodeIds, recipients: dict[str, Recipient]
) -> dict[str, Any]:
    """One purpose as a `dpv:Process`, referring to the notice's parts by id."""
    controllers = purpose_controllers(purpose, notice)
    joint = [item.id for item in notice.joint_arrangements if purpose.id in item.purposes]
    node: dict[str, Any] = {
        "@id": ids.of("process", purpose.id),
        "@type": "dpv:Process",
        "title": purpose.name,
        "description": purpose.description,
        "dpv:hasPurpose": compact(
            {
                "@id": ids.of("purpose", purpose.id),
                "@type": purpose_types(purpose),
                "label": purpose.name,
            }
        ),
        "dpv:hasLegalBasis": legal_basis_values(purpose),
        "legalBasisNote": purpose.legal_basis_note,
        "dpv:hasApplicableLaw": {"@type": "dpv:Law", "description": purpose.law}
        if purpose.law
        else None,
        "dpv:hasDataController": [ids.ref("controller", ident) for ident in controllers],
        "dpv:hasJointDataControllers": [ids.ref("joint", ident) for ident in joint],
        "dpv:hasDataSubject": [ids.ref("subjects", ident) for ident in purpose.data_subjects],
        "dpv:hasPersonalData": [ids.ref("data", ident) for ident in purpose.data_categories],
        "dpv:hasDataSource": [ids.ref("source", ident) for ident in purpose.sources],
        "dpv:hasStorageCondition": storage_node(purpose.retention) if purpose.retention else None,
        "dpv:hasProcess": retention_processes(purpose, ids, storage_node),
        "dpv:hasProcessing": [transfer_node(t, ids) for t in transfers_for(purpose, notice)],
        "profiling": purpose.profiling,
        "dpv:hasContext": iri("dpv:AutomatedDecisionMaking")
        if purpose.automated_decisions
        else None,
        "objection": purpose.objection,
        "nk:highImpact": purpose.high_impact is True,
        "nk:noRecipients": purpose.recipients == [],
        **provision(purpose),
        **decision_details(purpose),
        "dpv:hasJustification": information_exemptions(purpose, ids),
        **further_processing(purpose, ids),
    }
    if purpose.profiling:
        node["dpv:hasProcessing"] = [iri("dpv:Profiling"), *node["dpv:hasProcessing"]]
    for ident in purpose.recipients or ():
        if ident in recipients:
            node.setdefault(recipient_property(recipients[ident]), []).append(
                ids.ref("recipient", ident)
            )
    return compact(node)
