"""Small builders shared by the JSON-LD renderer: node ids, IRI values, dates, contacts and
addresses."""

from __future__ import annotations

import datetime as dt
from typing import Any

from noticekit.models import Notice
from noticekit.models import PhoneNumber
from noticekit.models import PostalAddress
from noticekit.render.text import tel_uri

URN_PREFIX = "urn:noticekit:"


class NodeIds:
    """Deterministic node ids: the notice's canonical URL (or `urn:noticekit:<id>`) plus a fragment
    per part."""

    def __init__(self, notice: Notice) -> None:
        self.notice = notice.canonical_url or f"{URN_PREFIX}{notice.id}"
        self.base = self.notice.split("#", 1)[0]

    def of(self, kind: str, ident: str) -> str:
        """The id of part `ident` of kind `kind` (`purpose`, `data`, `recipient`, ...)."""
        return f"{self.base}#{kind}-{ident}"

    def ref(self, kind: str, ident: str) -> dict[str, str]:
        """A reference to that part's node."""
        return {"@id": self.of(kind, ident)}


def iri(term: str) -> dict[str, str]:
    """A JSON-LD IRI value (`{"@id": term}`)."""
    return {"@id": term}


def iris(terms: list[str] | tuple[str, ...]) -> list[dict[str, str]]:
    """Several IRI values, in order."""
    return [{"@id": term} for term in terms]


def country(code: str) -> dict[str, str]:
    """A country as its DPV location term (`loc:NO`)."""
    return {"@id": f"loc:{code}"}


def date(value: dt.date) -> dict[str, str]:
    """An `xsd:date` literal."""
    return {"@value": value.isoformat(), "@type": "xsd:date"}


def contacts(
    email: str | None = None,
    phone: str | None = None,
    url: str | None = None,
    other_phones: list[PhoneNumber] | None = None,
) -> list[dict[str, Any]]:
    """Contact details as IRIs: `mailto:`, `tel:` and web addresses; a phone keeps its label."""
    found: list[dict[str, Any]] = []
    if email:
        found.append(iri(f"mailto:{email}"))
    if phone:
        found.append(iri(tel_uri(phone)))
    for other in other_phones or ():
        found.append(compact({"@id": tel_uri(other.number), "label": other.label}))
    if url:
        found.append(iri(url))
    return found


def address(value: PostalAddress | None) -> str | None:
    """A postal address on one line: street lines, postal code and city, country code."""
    if value is None:
        return None
    locality = " ".join(part for part in (value.postal_code, value.city) if part)
    parts = [*value.lines, locality, value.country or ""]
    return ", ".join(part for part in parts if part)


def compact(node: dict[str, Any]) -> dict[str, Any]:
    """The node without keys whose value is None, False, zero or empty; keeps order."""
    # a truth test, not `value not in (None, False, [], {}, "")`: same result, no comparisons
    return {key: value for key, value in node.items() if value}


def legitimate_interest(text: dict[str, str]) -> dict[str, Any]:
    """A legitimate interest of the controller, described (DPV example E0065)."""
    return {
        "@type": "dpv:LegitimateInterestOfController",
        "dpv:hasJustification": {"@type": "dpv:Justification", "description": text},
    }
