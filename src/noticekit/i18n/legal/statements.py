"""Standard sentences: what the law says about requests, complaints and withdrawing consent.

Like the rights' texts, they explain the Regulation in its terms ("the controller"); they are
not the controller's promise.
"""

from __future__ import annotations

from noticekit.i18n.markers import N_

#: key -> English msgid; `%(name)s` placeholders are filled by `statement(key, lang, **values)`.
STATEMENTS: dict[str, str] = {
    # GDPR Art. 12(2)–(6); identity checks only on reasonable doubt (Art. 12(6)).
    "exercise-rights": N_(
        "Under the General Data Protection Regulation, the controller must make it easy for you "
        "to use your rights and must act on a request without undue delay and at the latest "
        "within one month of receiving it. The period can be extended by two further months "
        "where necessary, taking into account how complex and how many the requests are; you "
        "must then be told of the extension and the reasons within one month. Information and "
        "action taken on a request are free of charge. Where requests are manifestly unfounded "
        "or excessive, in particular because they are repeated, the controller may charge a "
        "reasonable fee or refuse to act on them. If the controller does not act on a request, "
        "it must tell you within one month why, and that you can complain to a supervisory "
        "authority or go to court. Where the controller has reasonable doubts about your "
        "identity, it may ask for additional information to confirm it."
    ),
    # GDPR Art. 77(1).
    "complaint": N_(
        "You have the right to lodge a complaint with a supervisory authority, in particular in "
        "the EU/EEA country where you live or work or where the alleged infringement took place."
    ),
    # The authority's name is set apart, never declined (see noticekit/registers/authorities.py).
    "complaint-authority": N_(
        "You can lodge a complaint with the supervisory authority: %(authority)s."
    ),
    # Where the register's official name differs from the name the notice gives (a former name).
    "authority-named-as": N_("This notice names the authority “%(name)s”."),
    # GDPR Art. 26(3).
    "joint-control-rights": N_(
        "Whatever the arrangement between the joint controllers says, you may exercise your rights "
        "under the General Data Protection Regulation in respect of and against each of them."
    ),
    # GDPR Art. 7(3).
    "withdraw-consent": N_(
        "Where processing is based on your consent, you can withdraw it at any time, as easily as "
        "you gave it. Withdrawal does not affect the lawfulness of the processing based on "
        "consent before it was withdrawn."
    ),
}
