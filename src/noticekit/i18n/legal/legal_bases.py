"""Legal bases, GDPR Art. 6(1)(a)–(f) and Art. 9(2)(a)–(j): label and what the law says."""

from __future__ import annotations

from noticekit.i18n.markers import N_
from noticekit.i18n.markers import StandardText

#: Keyed by `noticekit.models.codes.LegalBasisCode`.
LEGAL_BASES: dict[str, StandardText] = {
    "A6-1-a": StandardText(
        N_("Consent"),
        N_("You have given your consent to the processing for one or more specific purposes."),
    ),
    "A6-1-b": StandardText(
        N_("Contract"),
        N_(
            "The processing is necessary to perform a contract with you, or to take steps at "
            "your request before entering into a contract."
        ),
    ),
    "A6-1-c": StandardText(
        N_("Legal obligation"),
        N_(
            "The processing is necessary to comply with a legal obligation to which the "
            "controller is subject."
        ),
    ),
    "A6-1-d": StandardText(
        N_("Vital interests"),
        N_(
            "The processing is necessary to protect your vital interests or those of another "
            "person."
        ),
    ),
    "A6-1-e": StandardText(
        N_("Public interest or official authority"),
        N_(
            "The processing is necessary to perform a task carried out in the public interest "
            "or in the exercise of official authority vested in the controller."
        ),
    ),
    "A6-1-f": StandardText(
        N_("Legitimate interests"),
        N_(
            "The processing is necessary for the legitimate interests pursued by the controller "
            "or by a third party, except where those interests are overridden by your interests "
            "or fundamental rights and freedoms."
        ),
    ),
    "A9-2-a": StandardText(
        N_("Explicit consent"),
        N_(
            "You have given your explicit consent to the processing of these special categories "
            "of personal data for one or more specific purposes."
        ),
    ),
    "A9-2-b": StandardText(
        N_("Employment and social security law"),
        N_(
            "The processing is necessary to carry out obligations or exercise rights in "
            "employment, social security and social protection law, as permitted by law or a "
            "collective agreement with appropriate safeguards."
        ),
    ),
    "A9-2-c": StandardText(
        N_("Vital interests where consent cannot be given"),
        N_(
            "The processing is necessary to protect your vital interests or those of another "
            "person, and you are physically or legally incapable of giving consent."
        ),
    ),
    "A9-2-d": StandardText(
        N_("Not-for-profit body"),
        N_(
            "A foundation, association or other not-for-profit body with a political, "
            "philosophical, religious or trade union aim processes the data in its legitimate "
            "activities, with appropriate safeguards, about its members, former members or "
            "people in regular contact with it, and does not disclose the data outside the "
            "body without consent."
        ),
    ),
    "A9-2-e": StandardText(
        N_("Data you have made public"),
        N_("The processing concerns personal data that you have manifestly made public."),
    ),
    "A9-2-f": StandardText(
        N_("Legal claims and courts"),
        N_(
            "The processing is necessary to establish, exercise or defend legal claims, or "
            "whenever courts act in their judicial capacity."
        ),
    ),
    "A9-2-g": StandardText(
        N_("Substantial public interest"),
        N_(
            "The processing is necessary for reasons of substantial public interest, on the "
            "basis of law that is proportionate and provides suitable and specific safeguards."
        ),
    ),
    "A9-2-h": StandardText(
        N_("Health and social care"),
        N_(
            "The processing is necessary for preventive or occupational medicine, assessing an "
            "employee's working capacity, medical diagnosis, health or social care or treatment, "
            "or managing health or social care systems, on the basis of law or a contract with "
            "a health professional, and under a duty of professional secrecy."
        ),
    ),
    "A9-2-i": StandardText(
        N_("Public health"),
        N_(
            "The processing is necessary for reasons of public interest in public health, such "
            "as protecting against serious cross-border threats to health or ensuring high "
            "standards of quality and safety of health care, medicinal products or medical "
            "devices, on the basis of law with suitable safeguards."
        ),
    ),
    "A9-2-j": StandardText(
        N_("Archiving, research and statistics"),
        N_(
            "The processing is necessary for archiving purposes in the public interest, for "
            "scientific or historical research or for statistics, on the basis of law and with "
            "appropriate safeguards."
        ),
    ),
}
