"""What is processed, why, from where and for whom: the Art. 13/14 core of a notice."""

from __future__ import annotations

from pydantic import Field
from pydantic import model_validator

from .codes import DataRequirement
from .codes import LegalBasisCode
from .codes import RecipientRole
from .codes import SourceKind
from .codes import TransferMechanismCode
from .parties import PostalAddress
from .purpose_details import AutomatedDecisionDetails
from .purpose_details import CriminalOffenceGround
from .purpose_details import FurtherProcessing
from .purpose_details import InformationExemption
from .retention import Retention
from .retention import RetentionPeriod
from .types import CountryCode
from .types import DpvTerm
from .types import Flag
from .types import Identifier
from .types import LocalizedText
from .types import StrictModel
from .types import Url
from .types import empty_list


class DataSubjectCategory(StrictModel):
    """A category of people the notice covers (customers' contact persons, site visitors, ...)."""

    id: Identifier = Field(description="Id used to refer to this category from purposes.")
    name: LocalizedText = Field(description="Name of the category of data subjects.")
    description: LocalizedText | None = Field(
        None, description="Who exactly belongs to this category."
    )
    dpv: DpvTerm | None = Field(
        None, description="Matching DPV data-subject term, e.g. `dpv:Customer`."
    )


class DataCategory(StrictModel):
    """A data category (Art. 14(1)(d)), with what Art. 13(2)(e) asks about providing it."""

    id: Identifier = Field(description="Id used to refer to this data category from purposes.")
    name: LocalizedText = Field(description="Name of the data category (`Contact details`).")
    description: LocalizedText | None = Field(
        None, description="Examples of what the category contains."
    )
    dpv: DpvTerm | None = Field(
        None, description="Matching DPV personal-data term, e.g. `pd:EmailAddress`."
    )
    special_category: Flag = Field(
        False,
        description=(
            "`true` for special categories of personal data (Art. 9(1)): health, religion, ..."
        ),
    )
    criminal_offence: Flag = Field(
        False, description="`true` for data on criminal convictions and offences (Art. 10)."
    )
    requirement: DataRequirement | None = Field(
        None,
        description=(
            "Why the data is asked for (Art. 13(2)(e)): `statutory`, `contractual`, "
            "`pre-contractual` (needed to enter a contract) or `voluntary`."
        ),
    )
    mandatory: Flag | None = Field(
        None, description="Whether the data subject is obliged to provide the data."
    )
    consequence: LocalizedText | None = Field(
        None,
        description="What happens if the data subject does not provide the data (Art. 13(2)(e)).",
    )


class Source(StrictModel):
    """Where personal data comes from (Art. 14(2)(f))."""

    id: Identifier = Field(description="Id used to refer to this source from purposes.")
    name: LocalizedText = Field(description="Name of the source (`Social networking platforms`).")
    description: LocalizedText | None = Field(
        None, description="What is collected from this source and when."
    )
    kind: SourceKind | None = Field(
        None, description="`data-subject`, `group-company`, `third-party`, `public` or `other`."
    )
    publicly_available: Flag | None = Field(
        None, description="Whether the source is publicly accessible (Art. 14(2)(f))."
    )


class Recipient(StrictModel):
    """A recipient (Art. 4(9)) or recipient category (Art. 13(1)(e)); named by default (WP260)."""

    id: Identifier = Field(
        description="Id used to refer to this recipient from purposes and transfers."
    )
    name: str | None = Field(None, description="Name of a named recipient or tool (`MailChimp`).")
    category: LocalizedText | None = Field(
        None,
        description="The category of recipients, as specific as possible (type, sector, location).",
    )
    description: LocalizedText | None = Field(
        None, description="What the recipient does with the data and why."
    )
    role: RecipientRole | None = Field(
        None,
        description=(
            "`processor`, `controller`, `joint-controller`, `group-company`, `authority` or "
            "`third-party`."
        ),
    )
    sector: LocalizedText | None = Field(
        None, description="Industry or sector of a category of recipients."
    )
    countries: list[CountryCode] | None = Field(
        None, description="Countries where the recipient processes the data."
    )
    examples: list[str] = Field(
        default_factory=empty_list,
        description="Named examples given for a category (`Facebook`, `LinkedIn`).",
    )
    address: PostalAddress | None = Field(
        None, description="Postal address of a named recipient, where the notice gives it."
    )

    @model_validator(mode="after")
    def _named_or_category(self) -> Recipient:
        if self.name is None and self.category is None:
            raise ValueError("a recipient needs a name (a named recipient) or a category")
        return self


class Purpose(StrictModel):
    """A purpose of processing with everything Art. 13/14 ties to it."""

    id: Identifier = Field(description="Id of the purpose.")
    name: LocalizedText = Field(description="Short name of the purpose (`Newsletters`).")
    description: LocalizedText | None = Field(
        None, description="What is done with the data for this purpose."
    )
    dpv: list[DpvTerm] = Field(
        default_factory=empty_list,
        description="Matching DPV purpose terms (`dpv:DirectMarketing`).",
    )
    controllers: list[Identifier] = Field(
        default_factory=empty_list,
        description=(
            "Ids of the controllers for this purpose. Leave out where the notice does not say: "
            "with "
            'several controllers that reads "not stated", never "all of them".'
        ),
    )
    data_subjects: list[Identifier] = Field(
        default_factory=empty_list, description="Ids of the data-subject categories."
    )
    data_categories: list[Identifier] = Field(
        default_factory=empty_list, description="Ids of the data categories used."
    )
    sources: list[Identifier] = Field(
        default_factory=empty_list, description="Ids of the sources of the data."
    )
    recipients: list[Identifier] | None = Field(
        None,
        description="Ids of the recipients. Leave out if not stated; `[]` states there are none.",
    )
    legal_bases: list[LegalBasisCode] = Field(
        default_factory=empty_list,
        description="Legal bases: Art. 6(1) `A6-1-a` … `A6-1-f` and Art. 9(2) `A9-2-a` … `A9-2-j`.",
    )
    legal_basis_note: LocalizedText | None = Field(
        None, description="The notice's own words about the legal basis, where it gives any."
    )
    legitimate_interest: LocalizedText | None = Field(
        None,
        description="The legitimate interest pursued, where Art. 6(1)(f) applies (Art. 13(1)(d)).",
    )
    law: LocalizedText | None = Field(
        None,
        description="The Union or Member State law relied on for Art. 6(1)(c) or (e) (Art. 6(3)).",
    )
    criminal_offence_ground: CriminalOffenceGround | None = Field(
        None,
        description=(
            "For data on criminal convictions and offences: the Art. 10 ground, kept apart "
            "from the Art. 6(3) `law`."
        ),
    )
    requirement: DataRequirement | None = Field(
        None,
        description=(
            "Art. 13(2)(e) for the purpose as a whole: whether providing the data is `statutory`, "
            "`contractual`, `pre-contractual` (needed to enter a contract) or `voluntary`."
        ),
    )
    mandatory: Flag | None = Field(
        None, description="Whether the person is obliged to provide the data for this purpose."
    )
    consequence: LocalizedText | None = Field(
        None, description="What happens if the person does not provide the data for this purpose."
    )
    retention: Retention | None = Field(
        None, description="How long the data is kept for this purpose."
    )
    retention_periods: list[RetentionPeriod] = Field(
        default_factory=empty_list,
        description=(
            "Further storage periods, each for some of the purpose's data or under a condition; "
            "`retention` holds the period for the rest."
        ),
    )
    profiling: LocalizedText | None = Field(
        None, description="Profiling done for this purpose, described."
    )
    automated_decisions: Flag = Field(
        False,
        description=(
            "`true` if this purpose involves decisions under Art. 22(1) (see "
            "`automated_decision_making`)."
        ),
    )
    automated_decision_details: AutomatedDecisionDetails | None = Field(
        None,
        description=(
            "For a purpose with `automated_decisions: true`: its logic, significance and envisaged "
            "consequences (Art. 13(2)(f), 14(2)(g)), where they differ by purpose."
        ),
    )
    objection: LocalizedText | None = Field(
        None, description="How to object to, or opt out of, this particular processing (Art. 21)."
    )
    direct_marketing: Flag | None = Field(
        None,
        description=(
            "`true` when this purpose is direct marketing, so the absolute right to object of "
            "Art. 21(2)-(3) applies."
        ),
    )
    high_impact: Flag | None = Field(
        None,
        description=(
            "`true` for processing a reader would not expect; it goes in the summary (WP260). "
            "`false` states that the reader expects it, e.g. the purpose is the service itself."
        ),
    )
    information_exemptions: list[InformationExemption] = Field(
        default_factory=empty_list,
        description=(
            "Art. 14(5)(b) or (c) exemptions from informing each person of data this purpose gets "
            "from other sources."
        ),
    )
    further_processing: FurtherProcessing | None = Field(
        None, description="Marks a new purpose for data collected for others (Art. 13(3), 14(4))."
    )

    @model_validator(mode="after")
    def _details_need_automated_decisions(self) -> Purpose:
        if self.automated_decision_details is not None and not self.automated_decisions:
            raise ValueError('"automated_decision_details" need "automated_decisions: true"')
        return self


class Transfer(StrictModel):
    """A transfer to a third country or international organisation (Art. 13(1)(f), Chapter V)."""

    id: Identifier = Field(description="Id of the transfer.")
    countries: list[CountryCode] = Field(
        default_factory=empty_list,
        description="Third countries the data goes to. Leave empty if the notice does not say.",
    )
    international_organisations: list[LocalizedText] = Field(
        default_factory=empty_list,
        description=(
            "International organisations the data goes to (Art. 4(26)), each by its name in every "
            "language (`en: World Health Organization`, `nb: Verdens helseorganisasjon`)."
        ),
    )
    recipients: list[Identifier] = Field(
        default_factory=empty_list, description="Ids of the recipients who receive it."
    )
    mechanisms: list[TransferMechanismCode] = Field(
        default_factory=empty_list,
        description=(
            "Legal mechanisms the transfer rests on, one or more: adequacy `A45-3`, safeguards "
            "`A46-2-a` … `A46-3-b` (SCCs `A46-2-c`), BCRs `A47`, derogations "
            "`A49-1-a` … `A49-1-g`, "
            "and `A49-2` for Art. 49(1), second subparagraph (compelling legitimate interests). "
            "Leave empty if the notice does not say."
        ),
    )
    compelling_interests: LocalizedText | None = Field(
        None,
        description=(
            "For a transfer on Art. 49(1), second subparagraph (`A49-2`) only: the compelling "
            "legitimate interests pursued, which the person must be told of."
        ),
    )
    description: LocalizedText | None = Field(
        None, description="The transfer and its safeguards, described."
    )
    safeguards_copy: LocalizedText | None = Field(
        None,
        description=(
            "How to get a copy of the safeguards, or where they are available (Art. 13(1)(f))."
        ),
    )
    safeguards_url: Url | None = Field(None, description="Where the safeguards can be read.")

    @model_validator(mode="after")
    def _mechanisms_once_and_interests_for_a49_2(self) -> Transfer:
        repeated = sorted({code for code in self.mechanisms if self.mechanisms.count(code) > 1})
        if repeated:
            raise ValueError(f'mechanism "{repeated[0]}" is listed twice')
        if self.compelling_interests is not None and "A49-2" not in self.mechanisms:
            raise ValueError(
                '"compelling_interests" belongs only to a transfer with mechanism "A49-2"'
            )
        return self
