"""Transfer mechanisms, GDPR Art. 45(3), 46, 47 and 49: label and plain words.

`A49-2` is the W3C DPV code for the compelling-legitimate-interests derogation, which
the Regulation states in Art. 49(1), second subparagraph.
"""

from __future__ import annotations

from noticekit.i18n.markers import N_
from noticekit.i18n.markers import StandardText

#: Keyed by `noticekit.models.codes.TransferMechanismCode`.
MECHANISMS: dict[str, StandardText] = {
    "A45-3": StandardText(
        N_("Adequacy decision"),
        N_(
            "The European Commission has decided that the country, a territory or sector in it, "
            "or the international organisation ensures an adequate level of data protection."
        ),
    ),
    "A46-2-a": StandardText(
        N_("Legally binding instrument between public authorities"),
        N_(
            "A legally binding and enforceable instrument between public authorities or bodies "
            "provides appropriate safeguards."
        ),
    ),
    "A46-2-b": StandardText(
        N_("Binding corporate rules"),
        N_(
            "Binding corporate rules, approved by a supervisory authority, provide appropriate "
            "safeguards for transfers within the group of companies."
        ),
    ),
    "A46-2-c": StandardText(
        N_("Standard contractual clauses of the European Commission"),
        N_(
            "The recipient has agreed to standard data protection clauses adopted by the "
            "European Commission."
        ),
    ),
    "A46-2-d": StandardText(
        N_("Standard contractual clauses of a supervisory authority"),
        N_(
            "The recipient has agreed to standard data protection clauses adopted by a "
            "supervisory authority and approved by the European Commission."
        ),
    ),
    "A46-2-e": StandardText(
        N_("Approved code of conduct"),
        N_(
            "The recipient follows an approved code of conduct and has made binding and "
            "enforceable commitments to apply appropriate safeguards, including for your "
            "rights."
        ),
    ),
    "A46-2-f": StandardText(
        N_("Approved certification"),
        N_(
            "The recipient holds an approved certification and has made binding and "
            "enforceable commitments to apply appropriate safeguards, including for your "
            "rights."
        ),
    ),
    "A46-3-a": StandardText(
        N_("Contractual clauses authorised by a supervisory authority"),
        N_(
            "Contractual clauses between the controller or processor and the recipient, "
            "authorised by the competent supervisory authority, provide appropriate safeguards."
        ),
    ),
    "A46-3-b": StandardText(
        N_("Administrative arrangement between public authorities"),
        N_(
            "Provisions in an administrative arrangement between public authorities or bodies, "
            "authorised by the competent supervisory authority, provide appropriate safeguards, "
            "including enforceable and effective rights for you."
        ),
    ),
    "A47": StandardText(
        N_("Approved binding corporate rules"),
        N_(
            "Binding corporate rules approved by the competent supervisory authority are legally "
            "binding on every member of the group and give you enforceable rights."
        ),
    ),
    "A49-1-a": StandardText(
        N_("Explicit consent to the transfer"),
        N_(
            "You have explicitly consented to the transfer after being informed of its possible "
            "risks, since there is no adequacy decision or appropriate safeguards."
        ),
    ),
    "A49-1-b": StandardText(
        N_("Contract with you"),
        N_(
            "The transfer is necessary to perform a contract with you, or to take steps at your "
            "request before entering into a contract."
        ),
    ),
    "A49-1-c": StandardText(
        N_("Contract in your interest"),
        N_(
            "The transfer is necessary to enter into or perform a contract made in your "
            "interest between the controller and another person or organisation."
        ),
    ),
    "A49-1-d": StandardText(
        N_("Important reasons of public interest"),
        N_(
            "The transfer is necessary for important reasons of public interest recognised in "
            "EU or national law."
        ),
    ),
    "A49-1-e": StandardText(
        N_("Legal claims"),
        N_("The transfer is necessary to establish, exercise or defend legal claims."),
    ),
    "A49-1-f": StandardText(
        N_("Vital interests where consent cannot be given"),
        N_(
            "The transfer is necessary to protect your vital interests or those of other "
            "people, and you are physically or legally incapable of giving consent."
        ),
    ),
    "A49-1-g": StandardText(
        N_("Transfer from a public register"),
        N_(
            "The data comes from a register that by law is open to consultation by the public "
            "or by anyone with a legitimate interest, and the legal conditions for consulting "
            "it are met."
        ),
    ),
    "A49-2": StandardText(
        N_("Compelling legitimate interests"),
        N_(
            "The law allows such a transfer only where it is not repetitive, concerns only a "
            "limited number of people and is necessary for compelling legitimate interests of "
            "the controller that are not overridden by your interests, rights and freedoms, and "
            "the controller has assessed all the circumstances and provided suitable safeguards. "
            "The controller must inform the supervisory authority of the transfer, and inform "
            "you of it and of the compelling legitimate interests pursued."
        ),
    ),
}
