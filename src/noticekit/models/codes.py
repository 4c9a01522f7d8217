"""Closed code lists of the GDPR, spelled as the W3C DPV `eu-gdpr:` terms."""

from __future__ import annotations

from typing import Literal
from typing import get_args

#: Art. 6(1)(a)–(f) lawful bases and Art. 9(2)(a)–(j) conditions for special categories.
LegalBasisCode = Literal[
    "A6-1-a", "A6-1-b", "A6-1-c", "A6-1-d", "A6-1-e", "A6-1-f",
    "A9-2-a", "A9-2-b", "A9-2-c", "A9-2-d", "A9-2-e",
    "A9-2-f", "A9-2-g", "A9-2-h", "A9-2-i", "A9-2-j",
]  # fmt: skip

ART6_BASES = tuple(code for code in get_args(LegalBasisCode) if code.startswith("A6"))
ART9_CONDITIONS = tuple(code for code in get_args(LegalBasisCode) if code.startswith("A9"))

#: Data-subject rights: Art. 15–22, withdrawing consent (7(3)) and complaint (77).
#: `A21-2` is the unconditional objection to direct marketing (Art. 21(2)–(3)).
RightCode = Literal[
    "A15", "A16", "A17", "A18", "A19", "A20", "A21", "A21-2", "A22", "A7-3", "A77",
]  # fmt: skip

#: Chapter V transfer mechanisms: adequacy (45(3)), safeguards (46(2), 46(3)),
#: binding corporate rules (47) and derogations (49).
#: `A49-2` is DPV's code for the compelling-legitimate-interests derogation of Art. 49(1), second
#: subparagraph, not Art. 49(2): DPV labels it "Art 49(2) legitimate interests" but defines it as
#: "The
#: transfer is not repetitive, concerns only a limited number of data subjects, is necessary for the
#: purposes of compelling legitimate interests pursued by controller ..." (w3c/dpv
#: 2.3/legal/eu/gdpr/modules/legal_basis_data_transfer.ttl), the words of the second subparagraph.
TransferMechanismCode = Literal[
    "A45-3",
    "A46-2-a", "A46-2-b", "A46-2-c", "A46-2-d", "A46-2-e", "A46-2-f",
    "A46-3-a", "A46-3-b",
    "A47",
    "A49-1-a", "A49-1-b", "A49-1-c", "A49-1-d", "A49-1-e", "A49-1-f", "A49-1-g", "A49-2",
]  # fmt: skip

#: Mechanisms that rely on safeguards of which the data subject may get a copy (Art. 13(1)(f)).
SAFEGUARD_MECHANISMS = tuple(
    code for code in get_args(TransferMechanismCode) if code.startswith(("A46", "A47"))
) + ("A49-2",)

#: Art. 14(5)(b) and (c): exemptions from informing each person of data not obtained from them.
InformationExemptionCode = Literal["A14-5-b", "A14-5-c"]

#: The three cases of Art. 14(5)(b): informing is impossible, would involve a disproportionate
#: effort, or would render impossible or seriously impair the objectives of the processing.
ExemptionGround = Literal["impossible", "disproportionate-effort", "impairs-objectives"]

CollectionMode = Literal["direct", "indirect"]

RecipientRole = Literal[
    "processor", "controller", "joint-controller", "group-company", "authority", "third-party"
]

DataRequirement = Literal["statutory", "contractual", "pre-contractual", "voluntary"]

SourceKind = Literal["data-subject", "group-company", "third-party", "public", "other"]

CookieCategory = Literal["strictly-necessary", "functional", "analytics", "marketing"]

CookieParty = Literal["first-party", "third-party"]
