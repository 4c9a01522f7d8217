"""Data-subject rights (GDPR Art. 15–22, 7(3) and 77): name and what the law says.

The texts explain the Regulation, not a controller's promise: they speak of "the controller",
never "we", and pages show them labelled as the law's words.
"""

from __future__ import annotations

from noticekit.i18n.markers import N_
from noticekit.i18n.markers import StandardText

#: Keyed by `noticekit.models.codes.RightCode`.
RIGHTS: dict[str, StandardText] = {
    "A15": StandardText(
        N_("Right of access"),
        N_(
            "You have the right to get confirmation from the controller as to whether it "
            "processes personal data about you. Where it does, you have the right to a copy of "
            "the data and to information about the processing."
        ),
    ),
    "A16": StandardText(
        N_("Right to rectification"),
        N_(
            "You have the right to have inaccurate personal data about you rectified by the "
            "controller without undue delay, and to have incomplete data completed."
        ),
    ),
    "A17": StandardText(
        N_("Right to erasure"),
        N_(
            "You have the right to have personal data about you erased by the controller without "
            "undue delay where one of the grounds in the law applies, for example where the data "
            "is no longer necessary for its purpose or you withdraw the consent the processing "
            "is based on. The right does not apply without limits, for example where the law "
            "requires the data to be kept."
        ),
    ),
    "A18": StandardText(
        N_("Right to restriction of processing"),
        N_(
            "You have the right to have the processing of your data restricted where one of the "
            "conditions in the law applies, for example while the accuracy of the data or your "
            "objection is being verified. While processing is restricted, the data may in "
            "principle only be stored."
        ),
    ),
    "A19": StandardText(
        N_("Notification of recipients"),
        N_(
            "Where the controller rectifies or erases your data or restricts its processing, it "
            "must tell each recipient to whom the data has been disclosed, unless this proves "
            "impossible or involves disproportionate effort. The controller must tell you who "
            "these recipients are if you ask."
        ),
    ),
    "A20": StandardText(
        N_("Right to data portability"),
        N_(
            "Where the processing is carried out by automated means and is based on your consent "
            "or on a contract, you have the right to receive the personal data you have provided "
            "to the controller in a structured, commonly used and machine-readable format, and "
            "to have it transmitted directly to another controller where technically feasible."
        ),
    ),
    # Art. 21(1): only for processing on Art. 6(1)(e) or (f).
    "A21": StandardText(
        N_("Right to object"),
        N_(
            "Where your data is processed on the basis of legitimate interests or of a task in "
            "the public interest or the exercise of official authority, including profiling "
            "based on those grounds, you have the right to object at any time on grounds "
            "relating to your particular situation. The controller must then stop the "
            "processing unless it demonstrates compelling legitimate grounds that override your "
            "interests, rights and freedoms, or the processing is needed to establish, exercise "
            "or defend legal claims."
        ),
    ),
    # Art. 21(2)–(3): absolute, no balancing and no compelling grounds.
    "A21-2": StandardText(
        N_("Right to object to direct marketing"),
        N_(
            "Where your data is processed for direct marketing, you have the right to object at "
            "any time to its use for such marketing, including profiling related to it. You do "
            "not have to give reasons. Once you object, the data must no longer be processed for "
            "direct marketing."
        ),
    ),
    "A22": StandardText(
        N_("Rights in automated decision-making"),
        N_(
            "You have the right not to be subject to a decision based solely on automated "
            "processing, including profiling, which produces legal effects concerning you or "
            "similarly significantly affects you, unless an exception in the law applies. Where "
            "such a decision is allowed because it is necessary for a contract or based on your "
            "explicit consent, you have at least the right to obtain human intervention by the "
            "controller, to express your point of view and to contest the decision."
        ),
    ),
    "A7-3": StandardText(
        N_("Right to withdraw consent"),
        N_(
            "Where processing is based on your consent, you have the right to withdraw it at any "
            "time, and withdrawing must be as easy as giving consent. Withdrawal does not affect "
            "the lawfulness of the processing based on consent before it was withdrawn."
        ),
    ),
    "A77": StandardText(
        N_("Right to lodge a complaint"),
        N_(
            "If you consider that the processing of personal data about you infringes the "
            "General Data Protection Regulation, you have the right to lodge a complaint with a "
            "supervisory authority, in particular in the EU/EEA country where you live or work "
            "or where the alleged infringement took place."
        ),
    ),
}
