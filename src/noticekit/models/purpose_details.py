"""Parts a purpose may carry besides its basis and period: the Art. 10 ground for data on criminal
convictions and offences, and what its automated decisions involve."""

from __future__ import annotations

from pydantic import Field
from pydantic import model_validator

from .types import LocalizedText
from .types import StrictModel


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
