"""Code-to-IRI tables for the JSON-LD renderer: every closed code list of the model maps to a DPV
2.x term.

Terms are compact IRIs under the prefixes of `noticekit/context/v1.jsonld`. DPV terms were checked
against w3c/dpv 2.3 (`2.3/dpv/modules/*.csv`, `2.3/legal/eu/gdpr/modules/*.ttl`). Supervisory
authorities' terms (`legal-no:DPA-NO`) are in the register, `noticekit/data/authorities.json`.
Where DPV has no term, noticekit's own vocabulary `nk:` (https://w3id.org/noticekit/vocab#) is used.
"""

from __future__ import annotations

from noticekit.models.codes import ART6_BASES
from noticekit.models.codes import ART9_CONDITIONS

#: Art. 6(1) and 9(2): the eu-gdpr term has the same spelling as the code.
LEGAL_BASES: dict[str, str] = {code: f"eu-gdpr:{code}" for code in ART6_BASES + ART9_CONDITIONS}

#: Data-subject rights. DPV has no term for Art. 21(2) alone, so it is `eu-gdpr:A21` plus an nk:
#: type.
RIGHTS: dict[str, tuple[str, ...]] = {
    "A15": ("eu-gdpr:A15",),
    "A16": ("eu-gdpr:A16",),
    "A17": ("eu-gdpr:A17",),
    "A18": ("eu-gdpr:A18",),
    "A19": ("eu-gdpr:A19",),
    "A20": ("eu-gdpr:A20",),
    "A21": ("eu-gdpr:A21",),
    "A21-2": ("eu-gdpr:A21", "nk:RightToObjectToDirectMarketing"),
    "A22": ("eu-gdpr:A22",),
    "A7-3": ("eu-gdpr:A7-3",),
    "A77": ("eu-gdpr:A77",),
}

#: Chapter V mechanisms. DPV has no `A47`; BCRs are Art. 46(2)(b) "in accordance with Article 47".
TRANSFER_MECHANISMS: dict[str, str] = {
    **{code: f"eu-gdpr:{code}" for code in (
        "A45-3",
        "A46-2-a", "A46-2-b", "A46-2-c", "A46-2-d", "A46-2-e", "A46-2-f",
        "A46-3-a", "A46-3-b",
        "A49-1-a", "A49-1-b", "A49-1-c", "A49-1-d", "A49-1-e", "A49-1-f", "A49-1-g", "A49-2",
    )},
    "A47": "eu-gdpr:A46-2-b",
}  # fmt: skip

#: Art. 13 notices are direct collection, Art. 14 notices indirect.
COLLECTION_TYPES: dict[str, str] = {
    "direct": "eu-gdpr:DirectDataCollectionNotice",
    "indirect": "eu-gdpr:IndirectDataCollectionNotice",
}

#: Recipient role -> (property from the process, type of the recipient node).
RECIPIENT_ROLES: dict[str, tuple[str, str]] = {
    "processor": ("dpv:hasDataProcessor", "dpv:DataProcessor"),
    "controller": ("dpv:hasRecipientDataController", "dpv:DataController"),
    "joint-controller": ("dpv:hasRecipientDataController", "dpv:DataController"),
    "group-company": ("dpv:hasRecipient", "nk:GroupCompany"),
    "authority": ("dpv:hasRecipient", "dpv:Authority"),
    "third-party": ("dpv:hasRecipientThirdParty", "dpv:ThirdParty"),
}
UNKNOWN_RECIPIENT_ROLE = ("dpv:hasRecipient", "dpv:Recipient")

#: Kind of source -> DPV data-source type.
SOURCE_KINDS: dict[str, str] = {
    "data-subject": "dpv:DataSubjectDataSource",
    "group-company": "nk:GroupCompanyDataSource",
    "third-party": "dpv:ThirdPartyDataSource",
    "public": "dpv:PublicDataSource",
    "other": "dpv:DataSource",
}

#: Art. 13(2)(e): why data is asked for. DPV has no such split; noticekit's own concepts.
DATA_REQUIREMENTS: dict[str, str] = {
    "statutory": "nk:StatutoryRequirement",
    "contractual": "nk:ContractualRequirement",
    "pre-contractual": "nk:PreContractualRequirement",
    "voluntary": "nk:VoluntaryProvision",
}

#: Art. 13(2)(e): whether the person is obliged to provide the data (DPV example E0052).
NECESSITY: dict[bool, str] = {True: "dpv:Required", False: "dpv:Optional"}

COOKIE_CATEGORIES: dict[str, str] = {
    "strictly-necessary": "nk:StrictlyNecessaryCookie",
    "functional": "nk:FunctionalCookie",
    "analytics": "nk:AnalyticsCookie",
    "marketing": "nk:MarketingCookie",
}

#: Who sets a cookie: the site itself or another party's domain. noticekit's own concepts.
COOKIE_PARTIES: dict[str, str] = {
    "first-party": "nk:FirstPartyCookie",
    "third-party": "nk:ThirdPartyCookie",
}

#: Art. 14(5): (c) is DPV's `JustificationA14LegallyExempted`; (b) has no single DPV term, but
#: each of its three cases has one (`EXEMPTION_GROUNDS`).
INFORMATION_EXEMPTIONS: dict[str, str] = {
    "A14-5-b": "nk:ImpossibleOrDisproportionateInformation",
    "A14-5-c": "eu-gdpr:JustificationA14LegallyExempted",
}

EXEMPTION_GROUNDS: dict[str, str] = {
    "impossible": "eu-gdpr:JustificationA14FulfilmentImpossible",
    "disproportionate-effort": "eu-gdpr:JustificationA14DisproportionateEffort",
    "impairs-objectives": "eu-gdpr:JustificationA14ObjectivesImpaired",
}

#: Every Literal code list in `noticekit.models.codes`, by name, with the table that maps it.
CODE_TABLES: dict[str, dict] = {
    "LegalBasisCode": LEGAL_BASES,
    "RightCode": RIGHTS,
    "TransferMechanismCode": TRANSFER_MECHANISMS,
    "CollectionMode": COLLECTION_TYPES,
    "RecipientRole": RECIPIENT_ROLES,
    "DataRequirement": DATA_REQUIREMENTS,
    "SourceKind": SOURCE_KINDS,
    "CookieCategory": COOKIE_CATEGORIES,
    "CookieParty": COOKIE_PARTIES,
    "InformationExemptionCode": INFORMATION_EXEMPTIONS,
    "ExemptionGround": EXEMPTION_GROUNDS,
}
