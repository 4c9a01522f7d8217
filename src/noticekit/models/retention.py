"""How long data is kept: a purpose's period, and further periods for some data or a condition."""

from __future__ import annotations

from pydantic import Field
from pydantic import model_validator

from .types import Identifier
from .types import IsoDuration
from .types import LocalizedText
from .types import StrictModel
from .types import empty_list


class Retention(StrictModel):
    """How long data is kept (Art. 13(2)(a)): a duration, an end event, or the criteria used."""

    duration: IsoDuration | None = Field(
        None, description="Storage period as an ISO 8601 duration (`P5Y`)."
    )
    event: LocalizedText | None = Field(
        None,
        description=(
            "The event that ends storage, or starts the period (`after the contract ends`)."
        ),
    )
    criteria: LocalizedText | None = Field(
        None, description="The criteria used to set the period, where no fixed period can be given."
    )

    @model_validator(mode="after")
    def _something_stated(self) -> Retention:
        if self.duration is None and self.event is None and self.criteria is None:
            raise ValueError("retention needs a duration, an event or criteria")
        return self


class RetentionPeriod(Retention):
    """A storage period for some of a purpose's data or under a condition (Art. 13(2)(a); WP260)."""

    data_categories: list[Identifier] = Field(
        default_factory=empty_list,
        description="Ids of the purpose's data categories this period applies to.",
    )
    condition: LocalizedText | None = Field(
        None, description="When this period applies (`if you agree that we keep your application`)."
    )

    @model_validator(mode="after")
    def _data_or_condition(self) -> RetentionPeriod:
        if not self.data_categories and self.condition is None:
            raise ValueError('a retention period names its "data_categories" or its "condition"')
        return self
