"""View data for the first layer (WP260 "layered approach"): what a reader asks first, answered from
the page's own views. Purposes that share a legal basis or a retention statement are listed once
under it, so seventeen identical "not stated" lines become one statement.
"""

from __future__ import annotations

from typing import Any

from noticekit import i18n


def _grouped(purposes: list[dict[str, Any]], key_of, label_of) -> list[dict[str, Any]]:
    """Purposes grouped by `key_of(purpose)`, in the order each key first appears; the group's label
    is `label_of(purpose)` of its first purpose, None where the key is None (nothing stated)."""
    groups: dict[Any, dict[str, Any]] = {}
    for purpose in purposes:
        key = key_of(purpose)
        if key not in groups:
            groups[key] = {"label": None if key is None else label_of(purpose), "purposes": []}
        groups[key]["purposes"].append(purpose)
    return list(groups.values())


def _basis_key(purpose: dict[str, Any]) -> Any:
    if purpose["legal_bases"]:
        return ("codes", tuple(basis["code"] for basis in purpose["legal_bases"]))
    if purpose["legal_basis_note"]:
        return ("note", str(purpose["legal_basis_note"]))
    return None


def _basis_label(purpose: dict[str, Any]) -> list[Any]:
    """The bases' short names, or the notice's own words where it gives no basis code."""
    if purpose["legal_bases"]:
        return [basis["label"] for basis in purpose["legal_bases"]]
    return [purpose["legal_basis_note"]]


def _retention_parts(purpose: dict[str, Any]) -> list[Any]:
    retention = purpose["retention"] or {}
    return [
        part for part in (retention.get(key) for key in ("duration", "event", "criteria")) if part
    ]


def _retention_key(purpose: dict[str, Any]) -> Any:
    parts = _retention_parts(purpose)
    return tuple(map(str, parts)) if parts else None


def _contacts(parties: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Who to reach and how: each party with the e-mail addresses and phone numbers it gives."""
    return [
        {
            "name": party["name"],
            "anchor": party["anchor"],
            "email": party["email"],
            "phone": party["phone"],
        }
        for party in parties
    ]


def _complaint(rights: list[dict[str, Any]], lang: str) -> dict[str, Any]:
    """How to complain: the authority the notice names, or what the law says (Art. 77)."""
    for right in rights:
        if right["code"] == "A77" and right["authority"] is not None:
            return {"statement": right["statement"], "anchor": right["anchor"], "law": None}
    return {"statement": None, "anchor": None, "law": i18n.statement("complaint", lang)}


def summary(page: dict[str, Any]) -> dict[str, Any]:
    """The first layer of `page` (its view data): responsible parties and how to reach them, the
    DPO, purposes by legal basis, recipients and transfers, retention, rights and complaint."""
    purposes = page["purposes"]
    dpo = page["dpo"]
    return {
        "controllers": _contacts(page["controllers"]),
        "dpo": dpo if dpo is not None and dpo["appointed"] else None,
        "bases": _grouped(purposes, _basis_key, _basis_label),
        "retention": _grouped(purposes, _retention_key, _retention_parts),
        "recipients": page["recipients"],
        "transfer_countries": sorted(
            {country for transfer in page["transfers"] for country in transfer["countries"]}
        ),
        "complaint": _complaint(page["rights"], page["lang"]),
    }
