"""What is processed, why, from where and for whom: the Art. 13/14 core of a notice."""

from __future__ import annotations

from pydantic import Field
from pydantic import model_validator

from .codes import DataRequirement
from .codes import LegalBasisCode
from .codes import RecipientRole
from .codes import SourceKind
from .codes import TransferMechanismCode
from .types import CountryCode
from .types import Flag
from .types import DpvTerm
from .types import Identifier
from .types import IsoDuration
from .types import LocalizedText
from .types import StrictModel
from .types import Url
from .types import empty_list


class DataSubjectCategory(StrictModel):
    """A category of people the notice covers (customers' contact persons, website visitors, ...)."""

    id: Identifier = Field(description="Id used to refer to this category from purposes.")
    name: LocalizedText = Field(description="Name of the category of data subjects.")
    description: LocalizedText | None = Field(None, description="Who exactly belongs to this category.")
    dpv: DpvTerm | None = Field(None, description="Matching DPV data-subject term, e.g. `dpv:Customer`.")


class DataCategory(StrictModel):
    """A category of personal data (Art. 14(1)(d)), with what Art. 13(2)(e) asks about providing it."""

    id: Identifier = Field(description="Id used to refer to this data category from purposes.")
    name: LocalizedText = Field(description="Name of the data category (`Contact details`).")
    description: LocalizedText | None = Field(None, description="Examples of what the category contains.")
    dpv: DpvTerm | None = Field(None, description="Matching DPV personal-data term, e.g. `pd:EmailAddress`.")
    special_category: Flag = Field(
        False, description="`true` for special categories of personal data (Art. 9(1)): health, religion, ..."
    )
    criminal_offence: Flag = Field(False, description="`true` for data on criminal convictions and offences (Art. 10).")
    requirement: DataRequirement | None = Field(
        None,
        description=(
            "Why the data is asked for (Art. 13(2)(e)): `statutory`, `contractual`, "
            "`pre-contractual` (needed to enter a contract) or `voluntary`."
        ),
    )
    mandatory: Flag | None = Field(None, description="Whether the data subject is obliged to provide the data.")
    consequence: LocalizedText | None = Field(
        None, description="What happens if the data subject does not provide the data (Art. 13(2)(e))."
    )


class Source(StrictModel):
    """Where personal data comes from (Art. 14(2)(f))."""

    id: Identifier = Field(description="Id used to refer to this source from purposes.")
    name: LocalizedText = Field(description="Name of the source (`Social networking platforms`).")
    description: LocalizedText | None = Field(None, description="What is collected from this source and when.")
    kind: SourceKind | None = Field(
        None, description="`data-subject`, `group-company`, `third-party`, `public` or `other`."
    )
    publicly_available: Flag | None = Field(
        None, description="Whether the source is publicly accessible (Art. 14(2)(f))."
    )


class Recipient(StrictModel):
    """A recipient (Art. 4(9)) or category of recipients (Art. 13(1)(e)); named is the default (WP260)."""

    id: Identifier = Field(description="Id used to refer to this recipient from purposes and transfers.")
    name: str | None = Field(None, description="Name of a named recipient or tool (`MailChimp`).")
    category: LocalizedText | None = Field(
        None, description="The category of recipients, as specific as possible (type, sector, location)."
    )
    description: LocalizedText | None = Field(None, description="What the recipient does with the data and why.")
    role: RecipientRole | None = Field(
        None,
        description="`processor`, `controller`, `joint-controller`, `group-company`, `authority` or `third-party`.",
    )
    sector: LocalizedText | None = Field(None, description="Industry or sector of a category of recipients.")
    countries: list[CountryCode] | None = Field(
        None, description="Countries where the recipient processes the data."
    )
    examples: list[str] = Field(
        default_factory=empty_list, description="Named examples given for a category (`Facebook`, `LinkedIn`)."
    )

    @model_validator(mode="after")
    def _named_or_category(self) -> Recipient:
        if self.name is None and self.category is None:
            raise ValueError("a recipient needs a name (a named recipient) or a category")
        return self


class Retention(StrictModel):
    """How long data is kept (Art. 13(2)(a)): a duration, an end event, or the criteria used."""

    duration: IsoDuration | None = Field(None, description="Storage period as an ISO 8601 duration (`P5Y`).")
    event: LocalizedText | None = Field(
        None, description="The event that ends storage, or starts the period (`after the contract ends`)."
    )
    criteria: LocalizedText | None = Field(
        None, description="The criteria used to set the period, where no fixed period can be given."
    )

    @model_validator(mode="after")
    def _something_stated(self) -> Retention:
        if self.duration is None and self.event is None and self.criteria is None:
            raise ValueError("retention needs a duration, an event or criteria")
        return self


class Purpose(StrictModel):
    """A purpose of processing with everything Art. 13/14 ties to it."""

    id: Identifier = Field(description="Id of the purpose.")
    name: LocalizedText = Field(description="Short name of the purpose (`Newsletters`).")
    description: LocalizedText | None = Field(None, description="What is done with the data for this purpose.")
    dpv: list[DpvTerm] = Field(default_factory=empty_list, description="Matching DPV purpose terms (`dpv:DirectMarketing`).")
    controllers: list[Identifier] = Field(
        default_factory=empty_list,
        description=(
            "Ids of the controllers for this purpose. Leave out where the notice does not say: with "
            "several controllers that reads \"not stated\", never \"all of them\"."
        ),
    )
    data_subjects: list[Identifier] = Field(default_factory=empty_list, description="Ids of the data-subject categories.")
    data_categories: list[Identifier] = Field(default_factory=empty_list, description="Ids of the data categories used.")
    sources: list[Identifier] = Field(default_factory=empty_list, description="Ids of the sources of the data.")
    recipients: list[Identifier] | None = Field(
        None, description="Ids of the recipients. Leave out if not stated; `[]` states there are none."
    )
    legal_bases: list[LegalBasisCode] = Field(
        default_factory=empty_list,
        description="Legal bases: Art. 6(1) `A6-1-a` … `A6-1-f` and Art. 9(2) `A9-2-a` … `A9-2-j`.",
    )
    legal_basis_note: LocalizedText | None = Field(
        None, description="The notice's own words about the legal basis, where it gives any."
    )
    legitimate_interest: LocalizedText | None = Field(
        None, description="The legitimate interest pursued, where Art. 6(1)(f) applies (Art. 13(1)(d))."
    )
    law: LocalizedText | None = Field(
        None, description="The Union or Member State law relied on for Art. 6(1)(c) or (e) (Art. 6(3))."
    )
    retention: Retention | None = Field(None, description="How long the data is kept for this purpose.")
    profiling: LocalizedText | None = Field(None, description="Profiling done for this purpose, described.")
    automated_decisions: Flag = Field(
        False, description="`true` if this purpose involves decisions under Art. 22(1) (see `automated_decision_making`)."
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


class Transfer(StrictModel):
    """A transfer to a third country or international organisation (Art. 13(1)(f), Chapter V)."""

    id: Identifier = Field(description="Id of the transfer.")
    countries: list[CountryCode] = Field(
        default_factory=empty_list, description="Third countries the data goes to. Leave empty if the notice does not say."
    )
    recipients: list[Identifier] = Field(default_factory=empty_list, description="Ids of the recipients who receive it.")
    mechanism: TransferMechanismCode | None = Field(
        None,
        description=(
            "Legal mechanism: adequacy `A45-3`, safeguards `A46-2-a` … `A46-3-b` (SCCs `A46-2-c`), "
            "BCRs `A47`, derogations `A49-1-a` … `A49-2`."
        ),
    )
    description: LocalizedText | None = Field(None, description="The transfer and its safeguards, described.")
    safeguards_copy: LocalizedText | None = Field(
        None, description="How to get a copy of the safeguards, or where they are available (Art. 13(1)(f))."
    )
    safeguards_url: Url | None = Field(None, description="Where the safeguards can be read.")
