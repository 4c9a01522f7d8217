"""TILT's `thirdCountryTransfers` as noticekit transfers: countries, mechanism and description.

An adequacy decision becomes `A45-3` and standard data protection clauses `A46-2-c` (marked for
review: clauses adopted by a supervisory authority are `A46-2-d`). "Appropriate guarantees" and
"enforceable rights and effective remedies" name no mechanism; their texts go into the
description. A country that is not a code or a country's name ("weltweit", an address, prose) is
kept in the description, and the transfer's countries are left for a person to name.
"""

from __future__ import annotations

from typing import Any

from noticekit.importers import values as read
from noticekit.importers.record import ImportRecord

#: TILT's safeguard fields, in the order their texts are joined, and the mechanism each names.
SAFEGUARDS = {
    "adequacyDecision": "A45-3",
    "standardDataProtectionClause": "A46-2-c",
    "appropriateGuarantees": None,
    "presenceOfEnforceableRightsAndEffectiveRemedies": None,
}


def map_transfers(doc: dict[str, Any], record: ImportRecord, lang: str) -> None:
    transfers: list[dict[str, Any]] = []
    ids = read.Ids()
    for number, item in enumerate(read.items(doc.get("thirdCountryTransfers"))):
        transfer = _transfer(item, f"thirdCountryTransfers[{number}]", len(transfers), record, lang)
        if transfer is not None:
            transfer = {"id": ids.new(transfer.pop("name"), "transfer"), **transfer}
            transfers.append(transfer)
    if transfers:
        record.data["transfers"] = transfers
    record.keep(
        ("transfers",), "thirdCountryTransfers", read.strays(doc.get("thirdCountryTransfers"))
    )


def _transfer(
    item: dict[str, Any], path: str, index: int, record: ImportRecord, lang: str
) -> dict[str, Any] | None:
    at = ("transfers", index)
    written = read.text(item.get("country"))
    code, how = read.country(item.get("country"))
    texts: list[str] = [written] if written and how != "code" and how != "name" else []
    mechanisms: list[str] = []
    for field, mechanism in SAFEGUARDS.items():
        safeguard = read.mapping(item.get(field))
        if safeguard.get("available") is True and mechanism:
            mechanisms.append(mechanism)
        elif safeguard.get("available") is True:
            record.review(
                at,
                f"{path}.{field}",
                "TILT names safeguards without the Art. 46 mechanism; add it to `mechanisms`",
            )
        if described := read.text(safeguard.get("description")):
            texts.append(described)
    if not (code or texts or mechanisms):
        return None
    transfer: dict[str, Any] = {"name": code or "transfer", "countries": [code] if code else []}
    if code and how == "address":
        record.review(
            (*at, "countries"),
            f"{path}.country",
            f"read as {code} from an address, which is in the description",
        )
    elif code and how != "code":
        record.review((*at, "countries"), f"{path}.country", f"read as {code}")
    if read.in_eea(code):
        record.review(
            (*at, "countries"),
            f"{path}.country",
            f"{code} is in the EEA: no transfer to a third country",
        )
    elif code is None and written:
        record.review(
            (*at, "countries"),
            f"{path}.country",
            "TILT gives no country code; the text is in the description, name the countries",
        )
    if mechanisms:
        transfer["mechanisms"] = list(dict.fromkeys(mechanisms))
        if "A46-2-c" in mechanisms:
            record.review(
                (*at, "mechanisms"),
                f"{path}.standardDataProtectionClause",
                "standard clauses read as the Commission's (A46-2-c); clauses adopted by a "
                "supervisory authority are A46-2-d",
            )
    if texts:
        transfer["description"] = {lang: "\n\n".join(dict.fromkeys(texts))}
    return transfer
