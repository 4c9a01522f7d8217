"""JSON-LD for a transfer to a third country or international organisation (Chapter V).

DPV 2.3 terms: `dpv:CrossBorderTransfer`, `dpv:hasThirdCountry`, `dpv:hasLegalBasis` with the
`eu-gdpr:` mechanism terms, `dpv:hasDataImporter`, `eu-gdpr:InternationalOrganisation`.
"""

from __future__ import annotations

from typing import Any

from noticekit.models import Transfer
from noticekit.render.jsonld.nodes import NodeIds
from noticekit.render.jsonld.nodes import compact
from noticekit.render.jsonld.nodes import country
from noticekit.render.jsonld.nodes import iri
from noticekit.render.jsonld.nodes import iris
from noticekit.render.jsonld.nodes import legitimate_interest
from noticekit.render.jsonld.terms import TRANSFER_MECHANISMS


def transfer_node(transfer: Transfer, ids: NodeIds) -> dict[str, Any]:
    """A third-country transfer: countries, organisations, mechanisms, importers, safeguards."""
    importers: list[dict[str, Any]] = [ids.ref("recipient", ident) for ident in transfer.recipients]
    importers += [
        {"@type": "eu-gdpr:InternationalOrganisation", "label": name}
        for name in transfer.international_organisations
    ]
    return compact(
        {
            "@id": ids.of("transfer", transfer.id),
            "@type": ["dpv:CrossBorderTransfer"],
            "dpv:hasThirdCountry": [country(code) for code in transfer.countries],
            "dpv:hasLegalBasis": transfer_bases(transfer),
            "dpv:hasDataImporter": importers,
            "description": transfer.description,
            "safeguardsCopy": transfer.safeguards_copy,
            "dct:references": iri(transfer.safeguards_url) if transfer.safeguards_url else None,
        }
    )


def transfer_bases(transfer: Transfer) -> list[dict[str, Any]]:
    """The mechanisms' terms, and the compelling legitimate interests of an `A49-2` transfer."""
    values: list[dict[str, Any]] = iris(
        list(dict.fromkeys(TRANSFER_MECHANISMS[code] for code in transfer.mechanisms))
    )
    if transfer.compelling_interests:
        values.append(legitimate_interest(transfer.compelling_interests))
    return values
