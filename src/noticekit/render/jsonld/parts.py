"""JSON-LD for the notice's other parts: DPO, contact points, automated decisions, cookies, changes,
sections."""

from __future__ import annotations

from typing import Any

from noticekit.models import AutomatedDecisionMaking
from noticekit.models import Changes
from noticekit.models import ContactPoint
from noticekit.models import Cookies
from noticekit.models import DataProtectionOfficer
from noticekit.models import Section
from noticekit.render.jsonld.nodes import NodeIds
from noticekit.render.jsonld.nodes import address
from noticekit.render.jsonld.nodes import compact
from noticekit.render.jsonld.nodes import contacts
from noticekit.render.jsonld.nodes import date
from noticekit.render.jsonld.terms import COOKIE_CATEGORIES
from noticekit.render.jsonld.terms import COOKIE_PARTIES


def dpo_node(dpo: DataProtectionOfficer | None, ids: NodeIds) -> dict[str, Any] | None:
    """The appointed DPO as a `dpv:DataProtectionOfficer`; None when none is appointed."""
    if dpo is None or not dpo.appointed:
        return None
    return compact(
        {
            "@id": ids.of("dpo", "officer"),
            "@type": "dpv:DataProtectionOfficer",
            "dpv:hasName": dpo.name,
            "dpv:hasAddress": address(dpo.address),
            "dpv:hasContact": contacts(dpo.email, dpo.phone, dpo.url, dpo.other_phones),
            "statement": dpo.statement,
        }
    )


def contact_point_node(point: ContactPoint, ids: NodeIds) -> dict[str, Any]:
    """Where data subjects send questions and requests."""
    return compact(
        {
            "@id": ids.of("contact", point.id),
            "@type": "nk:ContactPoint",
            "label": point.name,
            "dpv:hasDataController": ids.ref("controller", point.controller)
            if point.controller
            else None,
            "dpv:hasAddress": address(point.address),
            "dpv:hasContact": contacts(point.email, point.phone, point.url, point.other_phones),
            "description": point.description,
            "feePolicy": point.fee_policy,
        }
    )


def automated_decision_node(adm: AutomatedDecisionMaking | None) -> dict[str, Any] | None:
    """Art. 22 automated decisions: whether in use, the logic, significance, consequences and
    safeguards."""
    if adm is None:
        return None
    return compact(
        {
            "@type": "dpv:AutomatedDecisionMaking",
            "nk:inUse": {"@value": adm.in_use},
            "dpv:hasAlgorithmicLogic": {"@type": "dpv:AlgorithmicLogic", "description": adm.logic}
            if adm.logic
            else None,
            "significance": adm.significance,
            "consequences": adm.consequences,
            "safeguards": adm.safeguards,
        }
    )


def cookie_nodes(cookies: Cookies | None, ids: NodeIds) -> list[dict[str, Any]]:
    """Each cookie or group of cookies."""
    if cookies is None:
        return []
    return [
        compact(
            {
                "@id": ids.of("cookie", cookie.id),
                "@type": [
                    "nk:Cookie",
                    *([COOKIE_CATEGORIES[cookie.category]] if cookie.category else []),
                    *([COOKIE_PARTIES[cookie.party]] if cookie.party else []),
                ],
                "label": cookie.name,
                "nk:provider": cookie.provider,
                "description": cookie.purpose,
                "cookieDuration": cookie.duration,
            }
        )
        for cookie in cookies.items
    ]


def change_nodes(changes: Changes | None) -> list[dict[str, Any]]:
    """The change history, newest first as the notice gives it."""
    if changes is None:
        return []
    return [
        compact(
            {
                "@type": "nk:Change",
                "dct:date": date(change.date),
                "dct:hasVersion": change.version,
                "description": change.summary,
            }
        )
        for change in changes.history
    ]


def section_nodes(sections: list[Section], ids: NodeIds) -> list[dict[str, Any]]:
    """Free sections, with their position kept in `nk:position`."""
    return [
        {
            "@id": ids.of("section", section.id),
            "@type": "nk:Section",
            "nk:position": {"@value": index},
            "title": section.title,
            "body": section.body,
        }
        for index, section in enumerate(sections, start=1)
    ]
