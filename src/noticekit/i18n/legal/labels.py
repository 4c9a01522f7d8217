"""Labels for the closed code lists of the notice model (roles, sources, cookies, ...)."""

from __future__ import annotations

from noticekit.i18n.markers import N_

#: kind -> value -> English label. Kinds and values mirror `noticekit.models.codes`.
LABELS: dict[str, dict[str, str]] = {
    "recipient-role": {
        "processor": N_("Processor"),
        "controller": N_("Controller"),
        "joint-controller": N_("Joint controller"),
        "group-company": N_("Company in our group"),
        "authority": N_("Public authority"),
        "third-party": N_("Third party"),
    },
    "source-kind": {
        "data-subject": N_("From you"),
        "group-company": N_("Company in our group"),
        "third-party": N_("Third party"),
        "public": N_("Publicly available sources"),
        "other": N_("Other sources"),
    },
    "data-requirement": {
        "statutory": N_("Required by law"),
        "contractual": N_("Required by contract"),
        "pre-contractual": N_("Required to enter into a contract"),
        "voluntary": N_("Voluntary"),
    },
    "cookie-category": {
        "strictly-necessary": N_("Strictly necessary"),
        "functional": N_("Functional"),
        "analytics": N_("Analytics"),
        "marketing": N_("Marketing"),
    },
    "cookie-party": {
        "first-party": N_("First-party"),
        "third-party": N_("Third-party"),
    },
    "information-exemption": {
        "A14-5-b": N_(
            "Informing each person is impossible, disproportionate or would seriously "
            "impair the processing"
        ),
        "A14-5-c": N_("Obtaining or disclosing the data is expressly laid down by law"),
    },
    "exemption-ground": {
        "impossible": N_("Informing each person proves impossible"),
        "disproportionate-effort": N_(
            "Informing each person would involve a disproportionate effort"
        ),
        "impairs-objectives": N_(
            "Informing each person would render impossible or seriously impair the objectives "
            "of the processing"
        ),
    },
    "collection-mode": {
        "direct": N_("Collected from you"),
        "indirect": N_("Collected from other sources"),
    },
}
