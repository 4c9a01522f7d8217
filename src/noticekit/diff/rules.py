"""Every kind of change `noticekit diff` reports, material or editorial, and why: the one table.

Material changes are those people must be told about (GDPR Art. 13(3) and 14(4); WP29 Guidelines
on transparency, WP260 rev.01, paras 29-32): para 29 names a new purpose, a new controller and a
change in how people exercise their rights, and asks about the impact on people and how unexpected
a change is; para 30 names more recipients and new transfers to third countries. Corrections of
spelling and style are not material (para 29). The rules below follow that: what adds processing,
data, recipients, countries, storage time or controllers, or takes away a right or a way to use
one, is material; what only rewords, translates or reduces is editorial. Where noticekit cannot
tell the direction of a change, it is material. A notice overrides one classification with a
reason (`change_classifications`).

`basis` holds citation codes: `WP260-29` is WP260 rev.01 para 29, `A13-1-c` is GDPR Art. 13(1)(c).
"""

from __future__ import annotations

import dataclasses

MATERIAL, EDITORIAL = True, False


def N_(message: str) -> str:
    """Mark a label for the `ui` catalog (Babel extracts `N_`). Local: `noticekit.i18n` imports
    Babel, and `lint --since` reads this table without it."""
    return message


@dataclasses.dataclass(frozen=True)
class Rule:
    """One kind of change: its code, class, label (a `ui` msgid), citation codes and reason."""

    kind: str
    material: bool
    label: str
    basis: str
    reason: str

    @property
    def citations(self) -> tuple[str, ...]:
        return tuple(self.basis.split())


RULES: tuple[Rule, ...] = (
    # The notice as a whole.
    Rule("notice-added", MATERIAL, N_("Notice added"), "A13-1 A14-1",
         "a new notice: the people it covers must be given its information"),
    Rule("notice-removed", MATERIAL, N_("Notice removed"), "A12-1",
         "the notice is no longer published; its readers lose information they were given"),
    Rule("notice-id-changed", EDITORIAL, N_("Notice id changed"), "WP260-29",
         "the notice's id (the address of its pages) changed, not what it says"),
    Rule("version-changed", EDITORIAL, N_("Version changed"), "WP260-29",
         "the version label records a change; it is not one"),
    Rule("effective-date-changed", EDITORIAL, N_("Effective date changed"), "WP260-29",
         "the date from which the notice applies records a change; it is not one"),
    Rule("language-added", EDITORIAL, N_("Language added"), "A12-1", "a translation was added"),
    Rule("language-removed", MATERIAL, N_("Language removed"), "A12-1",
         "readers of that language can no longer read the notice"),
    Rule("fallback-language-changed", EDITORIAL, N_("Fallback language changed"), "A12-1",
         "only the language shown where a translation is missing changed"),
    Rule("authoritative-language-changed", MATERIAL, N_("Authoritative language changed"),
         "A12-1", "the language whose text prevails where the translations differ changed"),
    Rule("language-status-changed", EDITORIAL, N_("How a translation was made changed"), "A12-1",
         "only what the notice says about how a language's text came about (original, "
         "translation, machine translation) changed"),
    Rule("published-address-changed", EDITORIAL, N_("Published address changed"), "WP260-29",
         "only where the notice is published changed"),
    Rule("collection-changed", MATERIAL, N_("Way of collecting data changed"), "A13-1 A14-1",
         "whether data comes from the person (Art. 13) or from elsewhere (Art. 14) changed"),
    Rule("children-addressed-changed", MATERIAL, N_("Children addressed changed"), "A12-1",
         "whether the notice addresses children changed; its language must suit them"),
    Rule("jurisdictions-changed", MATERIAL, N_("Jurisdictions changed"), "A13-2-d A14-2-e",
         "the countries whose law and supervisory authority apply changed"),
    # Texts: wording only, compared language by language.
    Rule("text-added", EDITORIAL, N_("Text added"), "WP260-29",
         "wording only, the model is unchanged; classify it as material if the text says "
         "something new"),
    Rule("text-removed", EDITORIAL, N_("Text removed"), "WP260-29",
         "wording only, the model is unchanged; classify it as material if people relied on the "
         "text"),
    Rule("text-changed", EDITORIAL, N_("Text changed"), "WP260-29",
         "wording only, the model is unchanged; classify it as material if its meaning changed"),
    Rule("authoritative-text-changed", EDITORIAL,
         N_("Text changed in the authoritative language only"),
         "WP260-29 A12-1",
         "reworded in the authoritative language alone: the translations still say the old text"),
    Rule("translation-changed", EDITORIAL, N_("Translation changed"), "WP260-29 A12-1",
         "a translation changed; the authoritative text is unchanged"),
    # Who is responsible and whom to contact.
    Rule("controller-added", MATERIAL, N_("Controller added"), "WP260-29 A13-1-a A14-1-a",
         "another controller is responsible for the processing"),
    Rule("controller-removed", MATERIAL, N_("Controller removed"), "WP260-29 A13-1-a A14-1-a",
         "the controllers responsible for the processing changed"),
    Rule("controller-changed", MATERIAL, N_("Controller details changed"),
         "WP260-29 A13-1-a A14-1-a", "the identity or contact details of a controller changed"),
    Rule("dpo-changed", MATERIAL, N_("Data protection officer changed"), "A13-1-b A14-1-b",
         "the data protection officer, or how to reach them, changed"),
    Rule("contact-point-added", EDITORIAL, N_("Contact point added"), "A12-2",
         "a new way to reach the controller; the existing ones stay"),
    Rule("contact-point-removed", MATERIAL, N_("Contact point removed"), "WP260-29 A12-2",
         "a way to reach the controller and use one's rights is gone"),
    Rule("contact-point-changed", MATERIAL, N_("Contact point changed"), "WP260-29 A12-2",
         "how to reach the controller and use one's rights changed"),
    Rule("joint-arrangement-added", MATERIAL, N_("Joint control added"),
         "WP260-29 A13-1-a A14-1-a A26-2",
         "controllers now decide jointly on processing; the essence of their arrangement must be "
         "made available"),
    Rule("joint-arrangement-removed", MATERIAL, N_("Joint control removed"),
         "WP260-29 A13-1-a A14-1-a A26-2",
         "an arrangement of joint control ends: the controllers responsible changed"),
    Rule("joint-arrangement-changed", MATERIAL, N_("Joint control changed"),
         "WP260-29 A26-1 A26-2",
         "who is jointly responsible, for which purposes, or where to turn, changed"),
    # People and data.
    Rule("data-subject-category-added", MATERIAL, N_("Group of people added"),
         "WP260-29 A13-1 A14-1", "the processing now concerns another group of people"),
    Rule("data-subject-category-removed", EDITORIAL, N_("Group of people removed"), "WP260-29",
         "the processing concerns fewer people than announced"),
    Rule("data-category-added", MATERIAL, N_("Category of data added"), "WP260-29 A14-1-d",
         "a new category of personal data is processed"),
    Rule("data-category-removed", EDITORIAL, N_("Category of data removed"), "WP260-29",
         "less data is processed than announced"),
    Rule("special-category-changed", MATERIAL, N_("Special category changed"), "A9-1 A13-1-c",
         "whether the data is a special category of personal data changed"),
    Rule("criminal-offence-data-changed", MATERIAL, N_("Criminal offence data changed"), "A10",
         "whether the data concerns criminal convictions and offences changed"),
    Rule("provision-requirement-changed", MATERIAL, N_("Obligation to provide data changed"),
         "A13-2-e", "whether people must provide the data, or why, changed"),
    Rule("dpv-term-changed", EDITORIAL, N_("DPV term changed"), "WP260-29",
         "only the machine-readable DPV term changed; classify it as material if the processing "
         "did"),
    Rule("source-added", MATERIAL, N_("Source added"), "WP260-29 A14-2-f",
         "data now comes from a new source"),
    Rule("source-removed", EDITORIAL, N_("Source removed"), "WP260-29",
         "data comes from fewer sources than announced"),
    Rule("source-changed", MATERIAL, N_("Source changed"), "A14-2-f",
         "the kind of a source, or whether it is public, changed"),
    # Purposes and what each one uses.
    Rule("purpose-added", MATERIAL, N_("Purpose added"), "WP260-29 A13-3 A14-4",
         "a new purpose: people must be told before the processing starts"),
    Rule("purpose-removed", EDITORIAL, N_("Purpose removed"), "WP260-29",
         "a purpose is no longer pursued: less processing than announced"),
    Rule("purpose-controller-added", MATERIAL, N_("Controller added to a purpose"),
         "WP260-29 A13-1-a A14-1-a", "another controller is responsible for the purpose"),
    Rule("purpose-controller-removed", MATERIAL, N_("Controller removed from a purpose"),
         "WP260-29 A13-1-a A14-1-a", "the controllers responsible for the purpose changed"),
    Rule("purpose-data-subject-added", MATERIAL, N_("Group of people added to a purpose"),
         "WP260-29", "the purpose now concerns another group of people"),
    Rule("purpose-data-subject-removed", EDITORIAL, N_("Group of people removed from a purpose"),
         "WP260-29", "the purpose concerns fewer people than announced"),
    Rule("purpose-data-category-added", MATERIAL, N_("Data added to a purpose"),
         "WP260-29 A13-1-c A14-1-d", "more data is used for the purpose"),
    Rule("purpose-data-category-removed", EDITORIAL, N_("Data removed from a purpose"), "WP260-29",
         "less data is used for the purpose"),
    Rule("purpose-source-added", MATERIAL, N_("Source added to a purpose"), "WP260-29 A14-2-f",
         "data for the purpose now comes from another source"),
    Rule("purpose-source-removed", EDITORIAL, N_("Source removed from a purpose"), "WP260-29",
         "data for the purpose comes from fewer sources"),
    Rule("purpose-recipient-added", MATERIAL, N_("Recipient added to a purpose"),
         "WP260-30 A13-1-e A14-1-e", "data for the purpose goes to more recipients"),
    Rule("purpose-recipient-removed", EDITORIAL, N_("Recipient removed from a purpose"), "WP260-29",
         "data for the purpose goes to fewer recipients"),
    Rule("recipients-statement-changed", EDITORIAL, N_("Statement on recipients changed"),
         "A13-1-e A14-1-e",
         "the purpose now states that it has no recipients, or no longer states it"),
    Rule("legal-basis-added", MATERIAL, N_("Legal basis added"), "A13-1-c A14-1-c",
         "the processing rests on a new legal basis"),
    Rule("legal-basis-removed", MATERIAL, N_("Legal basis removed"), "WP260-29 A13-1-c A14-1-c",
         "the legal basis changed, and with it the rights that follow from it"),
    Rule("retention-lengthened", MATERIAL, N_("Retention lengthened"), "WP260-29 A13-2-a A14-2-a",
         "data is kept longer than announced"),
    Rule("retention-shortened", EDITORIAL, N_("Retention shortened"), "WP260-29",
         "data is kept for a shorter time than announced"),
    Rule("retention-changed", MATERIAL, N_("Retention changed"), "A13-2-a A14-2-a",
         "how long data is kept changed in a way that cannot be compared"),
    Rule("retention-stated", EDITORIAL, N_("Retention stated"), "A13-2-a A14-2-a",
         "a storage period is given where the notice gave none"),
    Rule("retention-removed", MATERIAL, N_("Retention no longer stated"), "A13-2-a A14-2-a",
         "the notice no longer says how long the data is kept"),
    Rule("automated-decisions-started", MATERIAL, N_("Automated decisions started"),
         "A13-2-f A14-2-g A22-1", "decisions based solely on automated processing are now made"),
    Rule("automated-decisions-stopped", EDITORIAL, N_("Automated decisions stopped"), "WP260-29",
         "decisions based solely on automated processing are no longer made"),
    Rule("automated-decisions-stated", EDITORIAL, N_("No automated decisions stated"), "A13-2-f",
         "the notice now states that no automated decisions are made"),
    Rule("profiling-started", MATERIAL, N_("Profiling started"), "A13-2-f A14-2-g",
         "the purpose now involves profiling"),
    Rule("profiling-stopped", EDITORIAL, N_("Profiling stopped"), "WP260-29",
         "the purpose no longer involves profiling"),
    Rule("summary-flag-changed", EDITORIAL, N_("Summary flag changed"), "WP260-29",
         "only whether the purpose is shown in the summary changed"),
    Rule("direct-marketing-started", MATERIAL, N_("Direct marketing started"), "A21-2 A21-4",
         "the purpose is now direct marketing: people may object at any time and must be told so "
         "explicitly"),
    Rule("direct-marketing-stopped", EDITORIAL, N_("Direct marketing stopped"), "WP260-29",
         "the purpose is no longer direct marketing"),
    Rule("further-processing-added", MATERIAL, N_("Further processing for a new purpose"),
         "A13-3 A14-4",
         "data collected for other purposes is now used for this one: people must be told before "
         "it starts"),
    Rule("further-processing-removed", EDITORIAL, N_("Further processing no longer stated"),
         "WP260-29", "the purpose is no longer said to use data collected for other purposes"),
    Rule("further-processing-changed", MATERIAL, N_("Further processing changed"), "A13-3 A14-4",
         "the purposes the data was collected for, or the day the new processing starts, changed"),
    Rule("retention-period-added", MATERIAL, N_("Storage period for some data added"),
         "A13-2-a A14-2-a",
         "some of the purpose's data is kept for a period of its own, longer or shorter: noticekit "
         "cannot tell which, so material, to be safe"),
    Rule("retention-period-removed", MATERIAL, N_("Storage period for some data removed"),
         "A13-2-a A14-2-a",
         "data that had a period of its own is now kept as the purpose says, longer or shorter: "
         "noticekit cannot tell which, so material, to be safe"),
    Rule("information-exemption-added", MATERIAL, N_("Exemption from informing people added"),
         "A14-5",
         "people whose data comes from other sources are no longer each told of the processing"),
    Rule("information-exemption-removed", EDITORIAL,
         N_("Exemption from informing people removed"), "WP260-29 A14-1",
         "the notice no longer relies on an exemption from informing each person"),
    Rule("information-exemption-changed", MATERIAL, N_("Exemption from informing people changed"),
         "A14-5-b A14-5-c", "the ground of an exemption, or the sources it covers, changed"),
    # Recipients and transfers.
    Rule("recipient-added", MATERIAL, N_("Recipient added"), "WP260-30 A13-1-e A14-1-e",
         "data goes to more recipients or categories of recipients"),
    Rule("recipient-removed", EDITORIAL, N_("Recipient removed"), "WP260-29",
         "data goes to fewer recipients than announced"),
    Rule("recipient-changed", MATERIAL, N_("Recipient changed"), "WP260-30 A13-1-e A14-1-e",
         "a recipient's name or role changed: another recipient, or another capacity"),
    Rule("recipient-country-added", EDITORIAL, N_("Country in the EEA added"), "A13-1-e",
         "a recipient also processes the data in another EEA country (not a transfer)"),
    Rule("third-country-added", MATERIAL, N_("Third country added"), "WP260-30 A13-1-f A14-1-f",
         "data now goes to a country outside the EEA"),
    Rule("country-removed", EDITORIAL, N_("Country removed"), "WP260-29",
         "data goes to fewer countries than announced"),
    Rule("recipient-examples-changed", EDITORIAL, N_("Examples of recipients changed"), "WP260-29",
         "only the examples given for a category of recipients changed"),
    Rule("recipient-address-changed", EDITORIAL, N_("Address of a recipient changed"),
         "WP260-29", "only the postal address of a named recipient changed"),
    Rule("transfer-added", MATERIAL, N_("Transfer added"), "WP260-30 A13-1-f A14-1-f",
         "a new transfer to a third country or international organisation"),
    Rule("transfer-removed", EDITORIAL, N_("Transfer removed"), "WP260-29",
         "a transfer announced before no longer takes place"),
    Rule("transfer-mechanism-changed", MATERIAL, N_("Transfer mechanism changed"),
         "A13-1-f A14-1-f",
         "the legal mechanism of a transfer (adequacy, safeguards, derogation) changed"),
    Rule("transfer-recipient-added", MATERIAL, N_("Recipient added to a transfer"),
         "WP260-30 A13-1-f A14-1-f", "a transfer now goes to more recipients"),
    Rule("transfer-recipient-removed", EDITORIAL, N_("Recipient removed from a transfer"),
         "WP260-29", "a transfer goes to fewer recipients"),
    Rule("safeguards-address-changed", EDITORIAL, N_("Address of the safeguards changed"),
         "A13-1-f", "only where the safeguards can be read changed"),
    Rule("international-organisation-added", MATERIAL, N_("International organisation added"),
         "WP260-30 A13-1-f A14-1-f", "data now goes to another international organisation"),
    Rule("international-organisation-removed", EDITORIAL,
         N_("International organisation removed"), "WP260-29",
         "data goes to fewer international organisations than announced"),
    Rule("no-transfers-stated", EDITORIAL, N_("No transfers stated"), "A13-1-f A14-1-f",
         "the notice now states that no data is transferred to a third country"),
    Rule("no-transfers-statement-removed", MATERIAL, N_("Statement of no transfers removed"),
         "WP260-30 A13-1-f A14-1-f",
         "the notice no longer states that no data is transferred to a third country"),
    # Rights.
    Rule("right-added", EDITORIAL, N_("Right added"), "A13-2-b A14-2-c",
         "a right is described that was not before; nothing people relied on is taken away"),
    Rule("right-removed", MATERIAL, N_("Right removed"), "WP260-29 A13-2-b A14-2-c",
         "a right people were told about is no longer described"),
    Rule("right-restricted", MATERIAL, N_("Right no longer applies"), "WP260-29 A13-2-b A14-2-c",
         "a right is now said not to apply"),
    Rule("right-restriction-lifted", EDITORIAL, N_("Right applies again"), "A13-2-b A14-2-c",
         "a right said not to apply now applies"),
    Rule("right-contact-changed", MATERIAL, N_("Contact for a right changed"), "WP260-29 A12-2",
         "where to send a request to use a right changed"),
    Rule("complaint-authority-changed", MATERIAL, N_("Supervisory authority changed"),
         "A13-2-d A14-2-e A77-1", "the supervisory authority named for complaints changed"),
    Rule("complaint-authority-details-changed", EDITORIAL,
         N_("Supervisory authority details changed"),
         "A13-2-d",
         "the same authority, now named by its register code or with another web address"),
    # Cookies, free sections, security and the change history.
    Rule("cookie-added", MATERIAL, N_("Cookie added"), "WP260-29",
         "a new cookie or similar technology is used"),
    Rule("cookie-removed", EDITORIAL, N_("Cookie removed"), "WP260-29",
         "a cookie is no longer used"),
    Rule("cookie-changed", MATERIAL, N_("Cookie changed"), "WP260-29",
         "who sets a cookie, whether it is first- or third-party, or what kind of cookie it is, "
         "changed"),
    Rule("section-added", EDITORIAL, N_("Section added"), "WP260-29",
         "a free section of text was added"),
    Rule("section-removed", EDITORIAL, N_("Section removed"), "WP260-29",
         "a free section of text was removed"),
    Rule("security-statement-added", EDITORIAL, N_("Security statement added"), "WP260-29",
         "a statement on security measures was added"),
    Rule("security-statement-removed", EDITORIAL, N_("Security statement removed"), "WP260-29",
         "a statement on security measures was removed"),
    Rule("history-entry-added", EDITORIAL, N_("Change history entry added"), "WP260-29",
         "the change history records a change; it is not one"),
    Rule("history-entry-removed", EDITORIAL, N_("Change history entry removed"), "WP260-29",
         "an entry of the change history was removed"),
    # Identity and the rest.
    Rule("id-renamed", EDITORIAL, N_("Renamed"), "WP260-29",
         "the same item under a new id (matched by content); what the notice says is unchanged"),
    Rule("field-changed", MATERIAL, N_("Changed"), "WP260-29",
         "a change noticekit has no rule for: material, to be safe"),
)  # fmt: skip

BY_KIND: dict[str, Rule] = {rule.kind: rule for rule in RULES}


def rule_for(kind: str) -> Rule:
    """The row of `kind` (a bug if there is none: the walker only reports kinds of this table)."""
    return BY_KIND[kind]
