"""TILT's controller, data protection officer, rights and automated decisions, as noticekit parts.

Each function reads one part of a TILT document (`doc`) into `record.data`, keeps what the model
has no place for, and marks what a person must decide.
"""

from __future__ import annotations

import re
from typing import Any

from noticekit.importers import values as read
from noticekit.importers.record import ImportRecord

#: `53227 Bonn`, `D-53227 Bonn`, `0150 Oslo`, `553 18 Jönköping`: a postal code and a town.
POSTCODE_TOWN = re.compile(r"(?:[A-Z]{1,2}-)?(\d{4,5}|\d{3} \d{2})\s+(\S.*)")
#: TILT's rights, in the notice's order: which right codes each becomes.
RIGHTS = {
    "rightToInformation": ("A15",),
    "rightToRectificationOrDeletion": ("A16", "A17"),
    "rightToDataPortability": ("A20",),
    "rightToWithdrawConsent": ("A7-3",),
    "rightToComplain": ("A77",),
}


def address(value: Any) -> dict[str, Any] | None:
    """A postal address from one text: lines, and a postal code, town and country where clear."""
    written = read.text(value)
    if written is None:
        return None
    parts = [part.strip() for part in re.split(r"\n|,", written) if part.strip()]
    country = None
    if len(parts) > 1:
        code, how = read.country(parts[-1])
        if code is not None and how != "code":
            country = code
            parts.pop()
    found: dict[str, Any] = {}
    if len(parts) > 1 and (match := POSTCODE_TOWN.fullmatch(parts[-1])):
        found["postal_code"], found["city"] = match[1], match[2]
        parts.pop()
    if country:
        found["country"] = country
    return {"lines": parts, **found}


def map_controller(doc: dict[str, Any], record: ImportRecord) -> None:
    """`controller` -> `controllers[0]`; its `representative` is read as its own contact."""
    source = read.mapping(doc.get("controller"))
    name = read.text(source.get("name"))
    if name is None:
        record.review(("controllers",), "controller.name", "TILT names no controller; add one")
        return
    controller: dict[str, Any] = {
        "id": read.slug(name, "controller"),
        "legal_name": " ".join(name.split()),
    }
    at = ("controllers", 0)
    code, how = read.country(source.get("country"))
    if code:
        controller["country"] = code
        if how != "code":
            record.review((*at, "country"), "controller.country", f"read as {code}")
    else:
        record.keep(at, "controller.country", source.get("country"))
    if (postal := address(source.get("address"))) is not None:
        controller["address"] = postal
    record.keep(at, "controller.division", source.get("division"))
    record.keep(at, "controller.sector", source.get("sector"))
    _representative_as_contact(source.get("representative"), controller, record)
    record.data["controllers"] = [controller]


def _representative_as_contact(
    source: Any, controller: dict[str, Any], record: ImportRecord
) -> None:
    at, path = ("controllers", 0), "controller.representative"
    if not isinstance(source, dict):
        record.keep(at, path, source)
        return
    email, phone = read.email(source.get("email")), read.phone(source.get("phone"))
    if email:
        controller["email"] = email
    if phone:
        controller["phone"] = phone
    if email or phone:
        record.review(
            at,
            path,
            "TILT's representative is read as the controller's own contact; if it is the Art. 27 "
            "representative in the EU, move it to `representative`",
        )
    read_here = {"email": email, "phone": phone}
    record.keep(at, path, {key: value for key, value in source.items() if not read_here.get(key)})


def map_dpo(doc: dict[str, Any], record: ImportRecord) -> None:
    """`dataProtectionOfficer` -> `dpo` with `appointed: true`, where it gives a contact detail."""
    source = read.mapping(doc.get("dataProtectionOfficer"))
    if not source:
        record.keep((), "dataProtectionOfficer", read.strays(doc.get("dataProtectionOfficer")))
    dpo: dict[str, Any] = {"appointed": True}
    if name := read.text(source.get("name")):
        dpo["name"] = " ".join(name.split())
    for field, reader in (("email", read.email), ("phone", read.phone), ("url", read.url)):
        if found := reader(source.get(field)):
            dpo[field] = found
        else:
            record.keep(("dpo",), f"dataProtectionOfficer.{field}", source.get(field))
    if (postal := address(source.get("address"))) is not None:
        code, _ = read.country(source.get("country"))
        if code and "country" not in postal:
            postal["country"] = code
        dpo["address"] = postal
    if any(field in dpo for field in ("email", "phone", "url", "address")):
        record.data["dpo"] = dpo
    else:
        record.keep((), "dataProtectionOfficer.name", source.get("name"))


def map_rights(doc: dict[str, Any], record: ImportRecord, lang: str) -> None:
    """TILT's five rights and `accessAndDataPortability` -> `rights`, with how to use them."""
    rights: list[dict[str, Any]] = []
    access = read.mapping(doc.get("accessAndDataPortability"))
    for key, codes in RIGHTS.items():
        source = read.mapping(doc.get(key))
        if key == "rightToInformation" and not _stated(source):
            key, source = "accessAndDataPortability", access
        elif key == "rightToInformation" and _stated(access):
            record.keep(("rights",), "accessAndDataPortability", access)
        if not _stated(source):
            continue
        at = ("rights", len(rights))
        if source.get("available") is False:
            record.keep(("rights",), key, source)
            record.review(("rights",), f"{key}.available", "TILT says this right is not available")
            continue
        for code in codes:
            rights.append(_right(code, source, lang))
        record.keep(at, f"{key}.identificationEvidences", source.get("identificationEvidences"))
        _authority(source, rights[-1], at, record)
        _extras(source, key, at, record)
    if rights:
        record.data["rights"] = rights


def _right(code: str, source: dict[str, Any], lang: str) -> dict[str, Any]:
    right: dict[str, Any] = {"right": code}
    if description := read.text(source.get("description")):
        right["description"] = {lang: description}
    ways = [way for way in (read.email(source.get("email")), read.url(source.get("url"))) if way]
    if ways:
        right["how_to_exercise"] = {lang: "\n\n".join(ways)}
    return right


def _authority(
    source: dict[str, Any], right: dict[str, Any], at: tuple, record: ImportRecord
) -> None:
    authority = read.mapping(source.get("supervisoryAuthority"))
    name = read.text(authority.get("name"))
    if right["right"] != "A77" or name is None:
        return
    right["authority"] = {"name": " ".join(name.split())}
    code, _ = read.country(authority.get("country"))
    if code:
        right["authority"]["country"] = code
    if found := read.url(authority.get("url")):
        right["authority"]["url"] = found
    for field in ("address", "email", "phone"):
        record.keep(at, f"rightToComplain.supervisoryAuthority.{field}", authority.get(field))


def _extras(source: dict[str, Any], key: str, at: tuple, record: ImportRecord) -> None:
    for field in ("administrativeFee", "dataFormats"):
        if field in source:
            record.keep(at, f"{key}.{field}", source.get(field))


def map_automated_decisions(doc: dict[str, Any], record: ImportRecord, lang: str) -> None:
    """`automatedDecisionMaking` -> `automated_decision_making` where `inUse` is true or false."""
    source = read.mapping(doc.get("automatedDecisionMaking"))
    in_use = read.flag(source.get("inUse"))
    texts = {
        "logic": read.text(source.get("logicInvolved")),
        "significance": read.text(source.get("scopeAndIntendedEffects")),
    }
    if in_use is None:
        record.keep((), "automatedDecisionMaking", source)
        return
    found: dict[str, Any] = {"in_use": in_use}
    found.update({field: {lang: value} for field, value in texts.items() if value})
    record.data["automated_decision_making"] = found


def _stated(source: dict[str, Any]) -> bool:
    return source.get("available") is not None or read.text(source.get("description")) is not None
