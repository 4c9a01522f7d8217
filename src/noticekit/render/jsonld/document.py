"""The JSON-LD renderer: a notice as W3C DPV 2.x linked data, all languages in one document.

The document is built as Python data and serialised deterministically. Its `@context` is the one
shipped in `noticekit/context/v1.jsonld`, inlined, so nothing is fetched when it is built or read.
Terms outside DPV use noticekit's vocabulary `nk:` = https://w3id.org/noticekit/vocab# (see
`noticekit/context/README.md`).
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any

from noticekit.models import Controller
from noticekit.models import JointArrangement
from noticekit.models import Notice
from noticekit.models import Right
from noticekit.registers.authorities import by_code
from noticekit.render.jsonld.dump import Written
from noticekit.render.jsonld.dump import dumps
from noticekit.render.jsonld.nodes import NodeIds
from noticekit.render.jsonld.nodes import address
from noticekit.render.jsonld.nodes import compact
from noticekit.render.jsonld.nodes import contacts
from noticekit.render.jsonld.nodes import country
from noticekit.render.jsonld.nodes import date
from noticekit.render.jsonld.nodes import iri
from noticekit.render.jsonld.parts import automated_decision_node
from noticekit.render.jsonld.parts import change_nodes
from noticekit.render.jsonld.parts import contact_point_node
from noticekit.render.jsonld.parts import cookie_nodes
from noticekit.render.jsonld.parts import dpo_node
from noticekit.render.jsonld.parts import section_nodes
from noticekit.render.jsonld.processing import data_category_node
from noticekit.render.jsonld.processing import data_subject_node
from noticekit.render.jsonld.processing import notice_transfers
from noticekit.render.jsonld.processing import process_node
from noticekit.render.jsonld.processing import recipient_node
from noticekit.render.jsonld.processing import recipient_property
from noticekit.render.jsonld.processing import source_node
from noticekit.render.jsonld.processing import transfer_node
from noticekit.render.jsonld.terms import COLLECTION_TYPES
from noticekit.render.jsonld.terms import RIGHTS

CONTEXT_FILE = "v1.jsonld"


@lru_cache(maxsize=1)
def context() -> dict[str, Any]:
    """The shipped `@context` (the value, not the wrapping object)."""
    text = (
        resources.files("noticekit").joinpath("context", CONTEXT_FILE).read_text(encoding="utf-8")
    )
    return json.loads(text)["@context"]


@lru_cache(maxsize=1)
def written_context() -> Written:
    """The shipped `@context` as JSON text: written once, not per notice."""
    return Written(dumps(context()))


def render(notice: Notice) -> str:
    """The notice as a JSON-LD document, as `json.dumps(sort_keys=True, ensure_ascii=False,
    indent=2)` writes it, and a newline."""
    document = build_document(notice)
    document["@context"] = written_context()
    return dumps(document) + "\n"


def build_document(notice: Notice) -> dict[str, Any]:
    """The notice as a JSON-LD document (a dict) with the context inlined."""
    ids = NodeIds(notice)
    recipients = {recipient.id: recipient for recipient in notice.recipients}
    document: dict[str, Any] = {
        "@context": context(),
        "@id": ids.notice,
        "@type": ["dpv:PrivacyNotice", *(COLLECTION_TYPES[mode] for mode in notice.collection)],
        "dct:identifier": notice.id,
        "dct:hasVersion": notice.version,
        "dct:issued": date(notice.effective_date) if notice.effective_date else None,
        "dct:valid": date(notice.effective_date) if notice.effective_date else None,
        "dct:language": list(notice.languages),
        "nk:fallbackLanguage": notice.fallback_language,
        "title": notice.title,
        "audience": notice.audience,
        "nk:addressedToChildren": notice.addressed_to_children,
        "introduction": notice.introduction,
        "scopeCovers": notice.scope.covers if notice.scope else None,
        "scopeExcludes": notice.scope.excludes if notice.scope else None,
        "dpv:hasJurisdiction": [country(code) for code in notice.jurisdictions],
        "dpv:hasDataSubject": [data_subject_node(subject, ids) for subject in notice.data_subjects],
        "dpv:hasPersonalData": [
            data_category_node(category, ids) for category in notice.data_categories
        ],
        "dpv:hasDataSource": [source_node(source, ids) for source in notice.sources],
        "dpv:hasProcess": [
            process_node(purpose, notice, ids, recipients) for purpose in notice.purposes
        ],
        "dpv:hasProcessing": [transfer_node(item, ids) for item in notice_transfers(notice)],
        "dpv:hasRight": [right_node(right, notice, ids) for right in notice.rights],
        "nk:contactPoint": [contact_point_node(point, ids) for point in notice.contact_points],
        "nk:automatedDecisionMaking": automated_decision_node(notice.automated_decision_making),
        "dpv:hasTechnicalOrganisationalMeasure": [
            {"@type": "dpv:TechnicalOrganisationalMeasure", "description": text}
            for text in notice.security
        ],
        "nk:cookie": cookie_nodes(notice.cookies, ids),
        "howToControl": notice.cookies.how_to_control if notice.cookies else None,
        "announcement": notice.changes.announcement if notice.changes else None,
        "nk:change": change_nodes(notice.changes),
        "nk:section": section_nodes(notice.sections, ids),
        "nk:noTransfers": notice.no_transfers,
    }
    for recipient in notice.recipients:
        document.setdefault(recipient_property(recipient), []).append(
            recipient_node(recipient, ids)
        )
    dpo = dpo_node(notice.dpo, ids)
    # the notice names one DPO: it is a controller's only where the notice has one controller
    own_dpo = dpo if len(notice.controllers) == 1 else None
    document["dpv:hasDataController"] = [
        controller_node(controller, ids, own_dpo) for controller in notice.controllers
    ]
    if own_dpo is None:
        document["dpv:hasDataProtectionOfficer"] = dpo
    document["dpv:hasJointDataControllers"] = [
        joint_node(arrangement, ids) for arrangement in notice.joint_arrangements
    ]
    if notice.dpo and not notice.dpo.appointed:
        document["statement"] = notice.dpo.statement
    return compact(document)


def controller_node(
    controller: Controller, ids: NodeIds, dpo: dict[str, Any] | None
) -> dict[str, Any]:
    """A controller with its name, registration number, address, contacts, representative and
    DPO."""
    representative = controller.representative
    return compact(
        {
            "@id": ids.of("controller", controller.id),
            "@type": "dpv:DataController",
            "dpv:hasName": controller.legal_name,
            "dct:identifier": controller.registration_number,
            "dpv:hasCountry": country(controller.country) if controller.country else None,
            "dpv:hasAddress": address(controller.address),
            "dpv:hasContact": contacts(
                controller.email, controller.phone, other_phones=controller.other_phones
            ),
            "foaf:homepage": iri(controller.url) if controller.url else None,
            "responsibility": controller.responsibility,
            "dpv:hasRepresentative": compact(
                {
                    "@type": "dpv:Representative",
                    "dpv:hasName": representative.name,
                    "dpv:hasAddress": address(representative.address),
                    "dpv:hasContact": contacts(
                        representative.email,
                        representative.phone,
                        other_phones=representative.other_phones,
                    ),
                }
            )
            if representative
            else None,
            "dpv:hasDataProtectionOfficer": dpo,
        }
    )


def joint_node(arrangement: JointArrangement, ids: NodeIds) -> dict[str, Any]:
    """An Art. 26 arrangement as `dpv:JointDataControllers`: its members, what it covers, its
    essence, the Art. 26(3) statement and its contact point. The processes it covers refer to it."""
    return compact(
        {
            "@id": ids.of("joint", arrangement.id),
            "@type": "dpv:JointDataControllers",
            "dpv:hasDataController": [
                ids.ref("controller", ident) for ident in arrangement.controllers
            ],
            "jointScope": arrangement.scope,
            "jointArrangement": arrangement.essence,
            "rightsAgainstEach": arrangement.rights_against_each,
            "nk:contactPoint": ids.ref("contact", arrangement.contact_point)
            if arrangement.contact_point
            else None,
        }
    )


def right_node(right: Right, notice: Notice, ids: NodeIds) -> dict[str, Any]:
    """A right as a node typed by its eu-gdpr term; a complaint names its supervisory authority."""
    return compact(
        {
            "@id": ids.of("right", right.right.lower()),
            "@type": list(RIGHTS[right.right]),
            "description": right.description,
            "howToExercise": right.how_to_exercise,
            "dpv:isExercisedAt": ids.ref("contact", right.contact_point)
            if right.contact_point
            else None,
            "notApplicable": right.not_applicable,
            "dpv:hasAuthority": authority_node(right),
        }
    )


def authority_node(right: Right) -> dict[str, Any] | None:
    """The DPV term of the authority the notice gives by code, else a described
    `dpv:DataProtectionAuthority` node with what the notice states; a name is never guessed from."""
    authority = right.authority
    if authority is None:
        return None
    registered = by_code(authority.code) if authority.code else None
    if registered is not None:
        return iri(registered.dpv)
    return compact(
        {
            "@type": "dpv:DataProtectionAuthority",
            "dpv:hasName": authority.name or authority.code,
            "dpv:hasJurisdiction": country(authority.country) if authority.country else None,
            "foaf:homepage": iri(authority.url) if authority.url else None,
        }
    )
