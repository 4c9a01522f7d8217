"""Parts a purpose may carry besides its basis and period: the Art. 10 ground for data on criminal
convictions and offences, what its automated decisions involve, Art. 14(5) exemptions from
informing each person, and the notice of further processing for a new purpose (Art. 13(3),
14(4))."""

from __future__ import annotations

from pydantic import Field
from pydantic import model_validator

from .codes import ExemptionGround
from .codes import InformationExemptionCode
from .types import Identifier
from .types import IsoDate
from .types import LocalizedText
from .types import StrictModel
from .types import empty_list


class CriminalOffenceGround(StrictModel):
    """Why data on criminal convictions and offences may be processed (Art. 10)."""

    law: LocalizedText | None = Field(
        None,
        description=(
            "The Union or Member State law, with its section, that authorises the processing and "
            "provides appropriate safeguards."
        ),
    )
    official_authority: LocalizedText | None = Field(
        None,
        description="The official authority under whose control the processing is carried out.",
    )

    @model_validator(mode="after")
    def _law_or_authority(self) -> CriminalOffenceGround:
        if self.law is None and self.official_authority is None:
            raise ValueError('the Art. 10 ground needs the "law" or the "official_authority"')
        return self


class AutomatedDecisionDetails(StrictModel):
    """A purpose's automated decisions (Art. 22(1), (4)), as Art. 13(2)(f), 14(2)(g) ask."""

    logic: LocalizedText | None = Field(
        None, description="Meaningful information about the logic involved."
    )
    significance: LocalizedText | None = Field(
        None, description="The significance of the decisions for the person."
    )
    consequences: LocalizedText | None = Field(
        None, description="The envisaged consequences for the person."
    )
    safeguards: LocalizedText | None = Field(
        None,
        description=(
            "Art. 22(3) safeguards: human intervention, expressing a view, contesting a decision."
        ),
    )

    @model_validator(mode="after")
    def _something_stated(self) -> AutomatedDecisionDetails:
        if not (self.logic or self.significance or self.consequences or self.safeguards):
            raise ValueError(
                "automated-decision details need the logic, significance, consequences "
                "or safeguards"
            )
        return self


class InformationExemption(StrictModel):
    """Why people whose data the purpose gets from elsewhere are not each informed (Art. 14(5))."""

    exemption: InformationExemptionCode = Field(
        description=(
            "`A14-5-b`: informing each person proves impossible, would involve a disproportionate "
            "effort, or would seriously impair the objectives of the processing; `A14-5-c`: "
            "obtaining or disclosing the data is expressly laid down by Union or Member State law."
        )
    )
    ground: ExemptionGround | None = Field(
        None,
        description=(
            "For `A14-5-b`: `impossible`, `disproportionate-effort` or `impairs-objectives`."
        ),
    )
    sources: list[Identifier] = Field(
        default_factory=empty_list,
        description="Ids of the purpose's sources whose data the exemption covers.",
    )
    reason: LocalizedText | None = Field(
        None, description="Why the exemption applies, in the notice's words."
    )
    measures: LocalizedText | None = Field(
        None,
        description=(
            "For `A14-5-b`: the appropriate measures taken to protect the person's rights, "
            "freedoms and legitimate interests, including making the information publicly "
            "available."
        ),
    )
    law: LocalizedText | None = Field(
        None,
        description=(
            "For `A14-5-c`: the law that lays down the obtaining or disclosure and provides "
            "appropriate measures to protect the person's legitimate interests."
        ),
    )

    @model_validator(mode="after")
    def _fields_of_the_exemption(self) -> InformationExemption:
        if self.ground is not None and self.exemption != "A14-5-b":
            raise ValueError('"ground" belongs only to the exemption "A14-5-b"')
        if self.law is not None and self.exemption != "A14-5-c":
            raise ValueError('"law" belongs only to the exemption "A14-5-c"')
        return self


class FurtherProcessing(StrictModel):
    """Data already held is processed for this new purpose (Art. 13(3), 14(4)), told beforehand."""

    original_purposes: list[Identifier] = Field(
        default_factory=empty_list, description="Ids of the purposes the data was collected for."
    )
    starts: IsoDate | None = Field(
        None,
        description=(
            "Date the processing for the new purpose starts; the person must be told before it."
        ),
    )
    compatibility: LocalizedText | None = Field(
        None,
        description=(
            "Why the new purpose is compatible with the original ones (Art. 6(4)), where it rests "
            "on neither consent nor a law."
        ),
    )
