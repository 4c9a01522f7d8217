"""Who is responsible and whom to contact: controllers, joint arrangements, representative, DPO,
contact points."""

from __future__ import annotations

from typing import Any

from pydantic import Field
from pydantic import model_validator

from .types import CountryCode
from .types import Email
from .types import Flag
from .types import Identifier
from .types import LocalizedText
from .types import Phone
from .types import StrictModel
from .types import Url
from .types import empty_list


class PostalAddress(StrictModel):
    """A postal address, split so that it renders and exports cleanly."""

    lines: list[str] = Field(
        min_length=1,
        description="Street lines, including any c/o or attention line (`Att Personuppgifter`).",
    )
    postal_code: str | None = Field(
        None, description="Postal code as written locally (`0164`, `553 18`)."
    )
    city: str | None = Field(None, description="Postal town or city.")
    country: CountryCode | None = Field(None, description="Country of the address.")


class PhoneNumber(StrictModel):
    """One more phone number of a party, with what it is for."""

    number: Phone = Field(description="The number as published (`+47 22 00 00 00`).")
    label: LocalizedText | None = Field(
        None, description="What the number is for (`Customer service`, `Text phone`)."
    )


def _other_phones(whose: str) -> Any:
    return Field(
        default_factory=empty_list,
        description=f"Further phone numbers of {whose}, each with what it is for.",
    )


class Representative(StrictModel):
    """The Art. 27 representative of a controller established outside the EU/EEA."""

    name: str = Field(description="Name of the representative in the Union.")
    address: PostalAddress | None = Field(None, description="Postal address of the representative.")
    email: Email | None = Field(None, description="E-mail address of the representative.")
    phone: Phone | None = Field(None, description="Phone number of the representative.")
    other_phones: list[PhoneNumber] = _other_phones("the representative")


class Controller(StrictModel):
    """A controller (Art. 4(7)) of the processing the notice describes (Art. 13(1)(a))."""

    id: Identifier = Field(
        description="Id used to refer to this controller from purposes and contact points."
    )
    legal_name: str = Field(description="Registered legal name (`Infobric AS`).")
    registration_number: str | None = Field(
        None, description="Organisation number in the national register (`996 878 546`)."
    )
    country: CountryCode | None = Field(
        None, description="Country where the controller is established."
    )
    address: PostalAddress | None = Field(None, description="Postal address of the controller.")
    phone: Phone | None = Field(None, description="Phone number of the controller.")
    other_phones: list[PhoneNumber] = _other_phones("the controller")
    email: Email | None = Field(None, description="E-mail address for privacy questions.")
    url: Url | None = Field(None, description="Web address of the controller.")
    responsibility: LocalizedText | None = Field(
        None, description="What this controller is responsible for, in the notice's own words."
    )
    representative: Representative | None = Field(
        None, description="The Art. 27 representative, for a controller outside the EU/EEA."
    )


class JointArrangement(StrictModel):
    """Joint controllers (Art. 26) for one purpose or a set of purposes, and their arrangement."""

    id: Identifier = Field(description="Id of the arrangement (its anchor in the page).")
    controllers: list[Identifier] = Field(
        min_length=1,
        description=(
            "Ids of the controllers the notice names as jointly responsible. List only those it "
            "names; where it leaves some unnamed, say so in its words in `scope`."
        ),
    )
    purposes: list[Identifier] = Field(
        default_factory=empty_list,
        description=(
            "Ids of the purposes the joint control covers. List a purpose only where the notice "
            "puts all of it under the joint control; `scope` says what is covered in its words."
        ),
    )
    scope: LocalizedText | None = Field(
        None,
        description=(
            "What the joint control covers, in the notice's words (`processing on our websites`)."
        ),
    )
    essence: LocalizedText | None = Field(
        None,
        description=(
            "The essence of the arrangement (Art. 26(2)): the controllers' roles and who does "
            "what for you, e.g. who gives information and answers requests."
        ),
    )
    rights_against_each: LocalizedText | None = Field(
        None,
        description=(
            "The notice's statement that you may exercise your rights in respect of and against "
            "each of the controllers (Art. 26(3))."
        ),
    )
    contact_point: Identifier | None = Field(
        None, description="Id of the contact point the arrangement designates for you (Art. 26(1))."
    )

    @model_validator(mode="after")
    def _coverage_stated(self) -> JointArrangement:
        if not self.purposes and self.scope is None:
            raise ValueError('a joint arrangement needs "purposes" or "scope": what it covers')
        return self


class DataProtectionOfficer(StrictModel):
    """The DPO's contact details (Art. 13(1)(b), 37(7)), or a statement that none is appointed."""

    appointed: Flag = Field(
        description="`true` if a DPO is appointed; `false` states that none is."
    )
    name: str | None = Field(
        None, description="Name of the DPO (optional; the contact details matter)."
    )
    email: Email | None = Field(None, description="E-mail address of the DPO.")
    phone: Phone | None = Field(None, description="Phone number of the DPO.")
    other_phones: list[PhoneNumber] = _other_phones("the DPO")
    address: PostalAddress | None = Field(None, description="Postal address of the DPO.")
    url: Url | None = Field(None, description="Contact form or page of the DPO.")
    statement: LocalizedText | None = Field(
        None, description="Explanation, e.g. why no DPO is appointed and whom to contact instead."
    )

    @model_validator(mode="after")
    def _contact_when_appointed(self) -> DataProtectionOfficer:
        if self.appointed and not (
            self.email or self.phone or self.other_phones or self.address or self.url
        ):
            raise ValueError(
                "an appointed DPO needs at least one contact detail: email, phone, address or url"
            )
        return self


class ContactPoint(StrictModel):
    """Where and how data subjects send questions and requests (Art. 12(2), 13(1)(a))."""

    id: Identifier = Field(description="Id of this contact point, referred to from rights.")
    name: LocalizedText = Field(
        description="What this contact point is for (`Requests about your data`)."
    )
    controller: Identifier | None = Field(
        None, description="Id of the controller this contact point belongs to."
    )
    email: Email | None = Field(None, description="E-mail address for requests.")
    phone: Phone | None = Field(None, description="Phone number for requests.")
    other_phones: list[PhoneNumber] = _other_phones("this contact point")
    address: PostalAddress | None = Field(None, description="Postal address for written requests.")
    url: Url | None = Field(None, description="Web form or page for requests.")
    description: LocalizedText | None = Field(
        None, description="How to use this contact point, e.g. that requests must be in writing."
    )
    fee_policy: LocalizedText | None = Field(
        None, description="Whether a fee may be charged (Art. 12(5)), e.g. for repeated requests."
    )
