"""Standard sentences: how to use the rights, complaining, withdrawing consent."""

from __future__ import annotations

from noticekit.i18n.markers import N_

#: key -> English msgid; `%(name)s` placeholders are filled by `statement(key, lang, **values)`.
STATEMENTS: dict[str, str] = {
    # GDPR Art. 12(2)–(6).
    "exercise-rights": N_(
        "To use your rights, contact us. We answer without undue delay and within one month "
        "at the latest; for complex or numerous requests this can be extended by two further "
        "months, and we will tell you if so. Using your rights is free of charge. If a request "
        "is manifestly unfounded or excessive, we may charge a reasonable fee or refuse it. We "
        "may ask you to confirm your identity."
    ),
    # GDPR Art. 77(1).
    "complaint": N_(
        "You have the right to lodge a complaint with a supervisory authority, in particular in "
        "the EU/EEA country where you live or work or where you believe the data protection "
        "rules were broken."
    ),
    # The authority's name is set apart, never declined (see noticekit/registers/authorities.py).
    "complaint-authority": N_(
        "You can lodge a complaint with the supervisory authority: %(authority)s."
    ),
    # Where the register's official name differs from the name the notice gives (a former name).
    "authority-named-as": N_(
        "This notice names the authority “%(name)s”."
    ),
    # GDPR Art. 7(3).
    "withdraw-consent": N_(
        "You can withdraw your consent at any time, as easily as you gave it. Withdrawing it "
        "does not affect the lawfulness of the processing carried out before the withdrawal."
    ),
}
