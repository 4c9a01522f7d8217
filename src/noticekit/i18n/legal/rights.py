"""Data-subject rights (GDPR Art. 15–22, 7(3) and 77): name and plain-words meaning."""

from __future__ import annotations

from noticekit.i18n.markers import N_
from noticekit.i18n.markers import StandardText

#: Keyed by `noticekit.models.codes.RightCode`.
RIGHTS: dict[str, StandardText] = {
    "A15": StandardText(
        N_("Right of access"),
        N_("You can ask whether we process personal data about you. If we do, you can get a "
           "copy of the data and information about how we process it."),
    ),
    "A16": StandardText(
        N_("Right to rectification"),
        N_("You can ask us to correct personal data about you that is inaccurate and to "
           "complete data that is incomplete."),
    ),
    "A17": StandardText(
        N_("Right to erasure"),
        N_("You can ask us to erase personal data about you, for example when we no longer "
           "need it or when you withdraw your consent. The right has exceptions, for example "
           "when the law requires us to keep the data."),
    ),
    "A18": StandardText(
        N_("Right to restriction of processing"),
        N_("You can ask us to restrict the processing of your data, for example while we check "
           "whether the data is correct or whether your objection is justified. While "
           "processing is restricted, we will in principle only store the data."),
    ),
    "A19": StandardText(
        N_("Notification of recipients"),
        N_("If we correct or erase your data or restrict its processing, we tell each recipient "
           "we have disclosed the data to, unless this proves impossible or involves "
           "disproportionate effort. You can ask us who these recipients are."),
    ),
    "A20": StandardText(
        N_("Right to data portability"),
        N_("Where we process your data by automated means on the basis of your consent or a "
           "contract, you can get the data you have provided to us in a structured, commonly "
           "used and machine-readable format. You can also ask us to send it directly to "
           "another controller where this is technically feasible."),
    ),
    "A21": StandardText(
        N_("Right to object"),
        N_("Where we process your data on the basis of our legitimate interests, a task in the "
           "public interest or the exercise of official authority, including profiling based on "
           "them, you can object on grounds "
           "relating to your particular situation. We must then stop, unless we demonstrate "
           "compelling legitimate grounds that override your interests, rights and freedoms, "
           "or we need the data to establish, exercise or defend legal claims."),
    ),
    "A21-2": StandardText(
        N_("Right to object to direct marketing"),
        N_("You can object at any time to the use of your data for direct marketing, including "
           "profiling related to it. We will then no longer use your data for that purpose."),
    ),
    "A22": StandardText(
        N_("Rights in automated decision-making"),
        N_("You have the right not to be subject to a decision based solely on automated "
           "processing, including profiling, which has legal effects for you or similarly "
           "significantly affects you, unless an exception in the law applies. Where such a "
           "decision is allowed because of a contract or your explicit consent, you can ask "
           "for a person to review it, express your point of view and contest the decision."),
    ),
    "A7-3": StandardText(
        N_("Right to withdraw consent"),
        N_("Where we process your data on the basis of your consent, you can withdraw it at any "
           "time, and it must be as easy to withdraw as to give. Withdrawing consent does not "
           "affect the lawfulness of the processing before you withdrew it."),
    ),
    "A77": StandardText(
        N_("Right to lodge a complaint"),
        N_("If you believe that our processing of your personal data breaks the data "
           "protection rules, you can lodge a complaint with a supervisory authority, in "
           "particular in the EU/EEA country where you live or work or where the alleged "
           "infringement took place."),
    ),
}
