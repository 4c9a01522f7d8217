"""Seed of the `ui` domain: labels the renderer uses, marked so extraction finds them.

The templates (`templates/*.j2`) and render code add their own `_()` strings to the
same domain; this list keeps the shared labels translated even before a template
uses them.
"""

from __future__ import annotations

from noticekit.i18n.markers import N_

UI_LABELS: tuple[str, ...] = (
    N_("Contents"),
    N_("Skip to content"),
    N_("Summary"),
    N_("Who is responsible"),
    N_("Controllers"),
    N_("Data protection officer"),
    N_("No data protection officer has been appointed."),
    N_("Who this notice covers"),
    N_("Where we get your data from"),
    N_("Purposes"),
    N_("What we use your data for"),
    N_("Data we process"),
    N_("Legal basis"),
    N_("Legitimate interest"),
    N_("Law"),
    N_("Retention"),
    N_("Recipients"),
    N_("No recipients"),
    N_("Transfers outside the EU/EEA"),
    N_("Countries"),
    N_("Safeguard"),
    N_("How to get a copy of the safeguards"),
    N_("Your rights"),
    N_("Your right to object"),
    N_("How to use your rights"),
    N_("Contact us"),
    N_("Security"),
    N_("Cookies"),
    N_("How to control cookies"),
    N_("Changes to this notice"),
    N_("Change history"),
    N_("Automated decisions and profiling"),
    N_("Profiling"),
    N_("Scope"),
    N_("Not covered"),
    N_("Language"),
    N_("Other languages"),
    N_("Version"),
    N_("Effective from"),
    N_("Registration number"),
    N_("Address"),
    N_("Phone"),
    N_("E-mail"),
    N_("Web"),
    N_("Representative in the EU/EEA"),
    N_("Joint controllers"),
    N_("Provided by"),
    N_("Duration"),
    N_("Category"),
    N_("Publicly available"),
    N_("Required"),
    N_("Consequence if not provided"),
    N_("Not stated in this notice"),
    N_("What the law says"),
    # TRANSLATORS: %(language)s is a language name, e.g. "English", in the page's language.
    N_("This text is in %(language)s"),
    N_("Privacy notices"),
    N_("Back to top"),
    N_("Print"),
    N_("Fee"),
)
