"""The root `Notice` model and the parts that are not about processing as such."""

from __future__ import annotations

from typing import Literal

from pydantic import Field
from pydantic import model_validator

from .codes import CollectionMode
from .codes import CookieCategory
from .codes import CookieParty
from .codes import RightCode
from .parties import ContactPoint
from .parties import Controller
from .parties import DataProtectionOfficer
from .parties import JointArrangement
from .processing import DataCategory
from .processing import DataSubjectCategory
from .processing import Purpose
from .processing import Recipient
from .processing import Source
from .processing import Transfer
from .types import AuthorityCode
from .types import CountryCode
from .types import Flag
from .types import Identifier
from .types import IsoDate
from .types import LangTag
from .types import LocalizedText
from .types import StrictModel
from .types import Url
from .types import empty_list


class Scope(StrictModel):
    """What the notice covers and what it does not."""

    covers: LocalizedText = Field(
        description="The processing, services and channels the notice covers."
    )
    excludes: LocalizedText | None = Field(
        None,
        description=(
            "What the notice does not cover, e.g. processing done as a processor for customers."
        ),
    )


#: How the text in one language came about.
TextStatus = Literal["original", "translation", "machine-translation"]


class LanguageVersion(StrictModel):
    """How the notice's text in one language came about, so readers know whose words they read."""

    status: TextStatus = Field(
        description="`original`, `translation` (by people) or `machine-translation`."
    )
    translated_from: LangTag | None = Field(
        None, description="For a translation: the language it was translated from."
    )
    note: str | None = Field(
        None,
        description=(
            "A note in this language for its readers, e.g. who made the translation, or a part of "
            "the text that came from another language."
        ),
    )


class SupervisoryAuthority(StrictModel):
    """A supervisory authority a complaint can be lodged with (Art. 77)."""

    code: AuthorityCode | None = Field(
        None,
        description=(
            "The authority's code in noticekit's register of EEA supervisory authorities "
            "(`NO-DATATILSYNET`, `SE-IMY`, `DK-DATATILSYNET`). Pages then show its official name "
            "and the JSON-LD its DPV term."
        ),
    )
    name: str | None = Field(
        None,
        description=(
            "Name of the authority exactly as the notice gives it (`Datatilsynet`, or a "
            "former name such as `Datainspektionen`). Give `code`, `name` or both."
        ),
    )
    country: CountryCode | None = Field(None, description="Country of the authority.")
    url: Url | None = Field(None, description="Web address of the authority.")

    @model_validator(mode="after")
    def _code_or_name(self) -> SupervisoryAuthority:
        if self.code is None and self.name is None:
            raise ValueError(
                'an authority needs a "code" from the register or the "name" the notice gives'
            )
        return self


class Right(StrictModel):
    """A data-subject right and how to exercise it (Art. 13(2)(b)–(d), 14(2)(c)–(e))."""

    right: RightCode = Field(
        description=(
            "Which right: `A15` access, `A16` rectification, `A17` erasure, `A18` restriction, "
            "`A19` notification, `A20` portability, `A21` objection, `A21-2` objection to direct "
            "marketing, `A22` automated decisions, `A7-3` withdraw consent, `A77` complaint."
        )
    )
    description: LocalizedText | None = Field(
        None, description="What the right means here, in the notice's words."
    )
    how_to_exercise: LocalizedText | None = Field(None, description="How to use the right.")
    contact_point: Identifier | None = Field(
        None, description="Id of the contact point that handles it."
    )
    not_applicable: LocalizedText | None = Field(
        None, description="Why the right does not apply to this processing, where it does not."
    )
    authority: SupervisoryAuthority | None = Field(
        None, description="For `A77` only: the supervisory authority named for complaints."
    )

    @model_validator(mode="after")
    def _authority_only_for_complaints(self) -> Right:
        if self.authority is not None and self.right != "A77":
            raise ValueError('"authority" belongs only to the complaint right "A77"')
        return self


class AutomatedDecisionMaking(StrictModel):
    """Automated decisions and profiling under Art. 22(1) and (4) (Art. 13(2)(f), 14(2)(g))."""

    in_use: Flag = Field(
        description="Whether decisions based solely on automated processing are made."
    )
    logic: LocalizedText | None = Field(
        None, description="Meaningful information about the logic involved."
    )
    significance: LocalizedText | None = Field(
        None, description="The significance of the processing for the person."
    )
    consequences: LocalizedText | None = Field(
        None, description="The envisaged consequences for the person."
    )
    safeguards: LocalizedText | None = Field(
        None,
        description=(
            "Art. 22(3) safeguards: human intervention, expressing a view, contesting the decision."
        ),
    )


class Cookie(StrictModel):
    """A cookie or similar technology used on the controller's sites."""

    id: Identifier = Field(description="Id of the cookie entry.")
    name: LocalizedText = Field(description="Cookie name, or a label for a group of cookies.")
    provider: str | None = Field(
        None,
        description=(
            "Who sets it (`Google Analytics`), as the notice names it. Leave out where the notice "
            "does "
            'not say: pages then show "not stated", never the controller.'
        ),
    )
    purpose: LocalizedText = Field(description="What the cookie is used for.")
    duration: LocalizedText | None = Field(
        None, description="How long the cookie lives (`13 months`, `session`)."
    )
    category: CookieCategory | None = Field(
        None, description="`strictly-necessary`, `functional`, `analytics` or `marketing`."
    )
    party: CookieParty | None = Field(
        None,
        description=(
            "`first-party` (set by the site itself) or `third-party` (set by another party's "
            'domain), as the notice says. Leave out where it does not: pages then show "not '
            'stated".'
        ),
    )


class Cookies(StrictModel):
    """The cookie section: what cookies are, which are used, and how to control them."""

    description: LocalizedText | None = Field(
        None, description="Introduction: what cookies are and why they are used."
    )
    items: list[Cookie] = Field(
        default_factory=empty_list, description="The cookies or groups of cookies."
    )
    how_to_control: LocalizedText | None = Field(
        None, description="How to refuse, control or delete cookies."
    )


class Change(StrictModel):
    """One entry in the notice's change history."""

    date: IsoDate = Field(description="Date of the change (`2025-06-01`).")
    version: str | None = Field(None, description="Version the change produced.")
    summary: LocalizedText = Field(description="What changed.")


class Changes(StrictModel):
    """How changes are announced, and what changed when (WP260 paras 29–32)."""

    announcement: LocalizedText | None = Field(
        None, description="How readers are told about changes."
    )
    history: list[Change] = Field(default_factory=empty_list, description="Changes, newest first.")


class Section(StrictModel):
    """A free section for what fits nowhere else, rendered in order after the structured parts."""

    id: Identifier = Field(description="Id of the section (its anchor in the page).")
    title: LocalizedText = Field(description="Heading of the section.")
    body: LocalizedText = Field(description="Text of the section (Markdown).")


class Suppression(StrictModel):
    """A lint finding the notice's owners have reviewed and accepted, with their reason."""

    rule: str = Field(description="Code or slug of the lint rule (`NK015`, `vague-retention`).")
    at: str | None = Field(
        None,
        description=(
            "Where it applies: a dotted path into the notice, list items by id or index "
            "(`purposes.newsletter.retention`). Leave out for the whole notice."
        ),
    )
    reason: str | None = Field(None, description="Why the finding is accepted. Required.")


class ChangeClassification(StrictModel):
    """How `noticekit diff` classifies one change of this notice, overriding its rule, and why."""

    kind: str = Field(
        description=(
            "The kind of change as `noticekit diff` names it (`text-changed`, `purpose-added`); "
            "docs/versions.md lists every kind."
        )
    )
    at: str | None = Field(
        None,
        description=(
            "Where: the dotted path `noticekit diff` shows for the change, list items by id "
            "(`purposes.newsletter.description`); it covers what lies under it. Leave out for "
            "every change of that kind."
        ),
    )
    version: str = Field(
        description=(
            "The version of the notice that makes the change. The classification applies while the "
            "notice has this version, so it never carries over to later changes."
        )
    )
    material: Flag = Field(
        description="`true`: people must be told of the change (material); `false`: editorial."
    )
    reason: str = Field(description="Why the change is material or editorial here. Required.")

    @model_validator(mode="after")
    def _reason_given(self) -> ChangeClassification:
        if not self.reason.strip():
            raise ValueError("a change classification needs a reason: say why")
        return self


class Notice(StrictModel):
    """A privacy notice under GDPR Art. 12–14."""

    id: Identifier = Field(
        description="Id of the notice; it must match the folder name under `notices/`."
    )
    title: LocalizedText = Field(description="Title of the notice.")
    version: str = Field(description="Version of the notice (`1.0`, `2025-06`). Kept as text.")
    effective_date: IsoDate | None = Field(
        None, description="Date from which this version applies."
    )
    languages: list[LangTag] = Field(
        min_length=1, description="Languages the notice is published in."
    )
    authoritative_language: LangTag | None = Field(
        None,
        description=(
            "The language whose text prevails where the versions differ. Leave out unless the "
            "notice or its owner says so."
        ),
    )
    language_versions: dict[LangTag, LanguageVersion] = Field(
        default_factory=dict,
        description=(
            "Per language (`nb:`, `en:`): whether its text is the original, a translation or a "
            "machine translation. Pages in a translated language say so, naming the authoritative "
            "one."
        ),
    )
    fallback_language: LangTag | None = Field(
        None,
        description=(
            "Language to show, marked as such, where a text is missing in the page's language."
        ),
    )
    collection: list[CollectionMode] = Field(
        min_length=1,
        description="`direct` (collected from the person, Art. 13), `indirect` (Art. 14), or both.",
    )
    audience: LocalizedText | None = Field(None, description="Who the notice is written for.")
    addressed_to_children: Flag = Field(
        False, description="`true` if the notice addresses children (Art. 12(1))."
    )
    canonical_url: Url | None = Field(None, description="Where the notice is published.")
    jurisdictions: list[CountryCode] = Field(
        default_factory=empty_list,
        description=(
            "Countries whose law the notice itself says applies (`NO`, `SE`). Leave out unless the "
            "notice states it; never infer it from the controller's seat or the complaint "
            "authority."
        ),
    )
    introduction: LocalizedText | None = Field(None, description="Opening text of the notice.")
    scope: Scope | None = Field(None, description="What the notice covers and what it does not.")
    controllers: list[Controller] = Field(
        min_length=1, description="The controller or controllers."
    )
    joint_arrangements: list[JointArrangement] = Field(
        default_factory=empty_list,
        description="Joint control (Art. 26), each for the purposes or processing it covers.",
    )
    dpo: DataProtectionOfficer | None = Field(
        None, description="The data protection officer, or a statement that none is appointed."
    )
    data_subjects: list[DataSubjectCategory] = Field(
        default_factory=empty_list, description="The categories of people the notice covers."
    )
    data_categories: list[DataCategory] = Field(
        default_factory=empty_list, description="Categories of personal data."
    )
    sources: list[Source] = Field(
        default_factory=empty_list, description="Where the data comes from."
    )
    purposes: list[Purpose] = Field(min_length=1, description="The purposes of processing.")
    recipients: list[Recipient] = Field(
        default_factory=empty_list, description="Recipients and categories of recipients."
    )
    recipients_note: LocalizedText | None = Field(
        None,
        description=(
            "Statements about the recipients as a whole, in the notice's words: how processors are "
            "chosen and controlled, or that no data is passed on to third parties."
        ),
    )
    transfers: list[Transfer] = Field(
        default_factory=empty_list,
        description="Transfers to third countries or international organisations.",
    )
    no_transfers: Flag = Field(
        False,
        description=(
            "`true` states that no personal data is transferred to a third country or an "
            "international organisation. Leaving `transfers` empty says nothing; this says none."
        ),
    )
    rights: list[Right] = Field(
        default_factory=empty_list, description="The data subjects' rights and how to use them."
    )
    automated_decision_making: AutomatedDecisionMaking | None = Field(
        None, description="Whether automated decisions under Art. 22 are made, and how."
    )
    contact_points: list[ContactPoint] = Field(
        default_factory=empty_list, description="Where to send questions and requests."
    )
    security: list[LocalizedText] = Field(
        default_factory=empty_list, description="Security measures, one statement each."
    )
    cookies: Cookies | None = Field(None, description="Cookies and similar technologies.")
    changes: Changes | None = Field(
        None, description="How changes are announced, and the change history."
    )
    sections: list[Section] = Field(
        default_factory=empty_list, description="Free sections, in order."
    )
    suppressions: list[Suppression] = Field(
        default_factory=empty_list,
        description="Lint findings accepted on purpose, each with a reason.",
    )
    change_classifications: list[ChangeClassification] = Field(
        default_factory=empty_list,
        description=(
            "Changes that `noticekit diff` and `lint --since` should classify otherwise for this "
            "notice (material or editorial), each with a reason."
        ),
    )
