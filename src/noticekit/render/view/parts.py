"""View data for the parties of a notice: controllers, joint arrangements, DPO, contact points and
addresses."""

from __future__ import annotations

from typing import Any

from noticekit import i18n
from noticekit.models import ContactPoint
from noticekit.models import Controller
from noticekit.models import DataProtectionOfficer
from noticekit.models import JointArrangement
from noticekit.models import PhoneNumber
from noticekit.models import PostalAddress
from noticekit.render.view.picker import TextPicker


def address(value: PostalAddress | None, lang: str) -> dict[str, Any] | None:
    """Address lines, then `postal code city`, then the country name in the page's language."""
    if value is None:
        return None
    town = " ".join(part for part in (value.postal_code, value.city) if part)
    lines = [*value.lines, *([town] if town else [])]
    if value.country:
        lines.append(i18n.country_name(value.country, lang))
    return {"lines": lines}


def phones(pick: TextPicker, items: list[PhoneNumber], *at: str | int) -> list[dict[str, Any]]:
    """A party's further phone numbers, each with its label in the page's language."""
    return [
        {"number": item.number, "label": pick(item.label, *at, "other_phones", k, "label")}
        for k, item in enumerate(items)
    ]


def controller(pick: TextPicker, item: Controller, index: int) -> dict[str, Any]:
    at = ("controllers", index)
    lang = pick.lang
    representative = None
    if item.representative is not None:
        rep = item.representative
        representative = {
            "name": rep.name,
            "address": address(rep.address, lang),
            "email": rep.email,
            "phone": rep.phone,
            "other_phones": phones(pick, rep.other_phones, *at, "representative"),
            "url": None,
        }
    return {
        "anchor": f"controller-{item.id}",
        "name": item.legal_name,
        "registration_number": item.registration_number,
        "country": i18n.country_name(item.country, lang) if item.country else None,
        "address": address(item.address, lang),
        "phone": item.phone,
        "other_phones": phones(pick, item.other_phones, *at),
        "email": item.email,
        "url": item.url,
        "responsibility": pick(item.responsibility, *at, "responsibility"),
        "representative": representative,
        "joint_arrangements": [],
    }


def _pick_all(ids: list[str], table: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    return [table[ident] for ident in ids if ident in table]


def joint_arrangement(
    pick: TextPicker,
    item: JointArrangement,
    index: int,
    refs: dict[str, dict[str, dict[str, Any]]],
) -> dict[str, Any]:
    """An Art. 26 arrangement: its controllers and purposes resolved, its texts picked, and the
    law's Art. 26(3) sentence. `refs` holds the views of `controllers`, `purposes` and `contacts` by
    id."""
    scope, essence, rights_against_each = pick.fields(
        item, ("joint_arrangements", index), "scope", "essence", "rights_against_each"
    )
    controllers = _pick_all(item.controllers, refs["controllers"])
    return {
        "anchor": f"joint-{item.id}",
        "name": ", ".join(str(controller["name"]).strip() for controller in controllers),
        "controllers": controllers,
        "purposes": _pick_all(item.purposes, refs["purposes"]),
        "scope": scope,
        "essence": essence,
        "rights_against_each": rights_against_each,
        "contact_point": refs["contacts"].get(item.contact_point) if item.contact_point else None,
        "law": i18n.statement("joint-control-rights", pick.lang),
    }


def dpo(pick: TextPicker, item: DataProtectionOfficer | None) -> dict[str, Any] | None:
    if item is None:
        return None
    return {
        "appointed": item.appointed,
        "name": item.name,
        "email": item.email,
        "phone": item.phone,
        "other_phones": phones(pick, item.other_phones, "dpo"),
        "address": address(item.address, pick.lang),
        "url": item.url,
        "statement": pick(item.statement, "dpo", "statement"),
    }


def contact_point(
    pick: TextPicker, item: ContactPoint, index: int, controllers: dict[str, Any]
) -> dict[str, Any]:
    name, description, fee_policy = pick.fields(
        item, ("contact_points", index), "name", "description", "fee_policy"
    )
    return {
        "anchor": f"contact-{item.id}",
        "name": name,
        "controller": controllers.get(item.controller) if item.controller else None,
        "email": item.email,
        "phone": item.phone,
        "other_phones": phones(pick, item.other_phones, "contact_points", index),
        "address": address(item.address, pick.lang),
        "url": item.url,
        "description": description,
        "fee_policy": fee_policy,
    }
