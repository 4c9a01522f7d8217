"""The fixed wording of the notice pages, translated once per language: the HTML and Markdown
templates read `label["Version"]`."""

from __future__ import annotations

from typing import Any

from jinja2 import Environment
from markupsafe import Markup

from noticekit import i18n
from noticekit.i18n.markers import N_
from noticekit.render.env import SectionTitles
from noticekit.render.env import section_titles
from noticekit.render.env import use_language

#: Every label the page templates read, by its English text (its msgid in the `ui` catalog).
LABELS = (
    N_("Version"), N_("Effective from"), N_("Published at"), N_("Legal basis"),
    N_("Not stated in this notice"), N_("Processing to note in particular"),
    N_("Who this notice is for"), N_("This notice is also written for children."),
    N_("Applicable law"), N_("Scope"), N_("Not covered"), N_("Registration number"),
    N_("Arrangement between the joint controllers"), N_("Representative in the EU/EEA"),
    N_("Data protection officer"), N_("No data protection officer has been appointed."),
    N_("Controllers"), N_("Whose data"), N_("Data we process"), N_("Where we get your data from"),
    N_("Legitimate interest"), N_("Law"), N_("Retention"), N_("Recipients"), N_("No recipients"),
    N_("Profiling"), N_("Automated decisions and profiling"), N_("Your right to object"),
    N_("Special category of personal data"), N_("Data on criminal convictions and offences"),
    N_("Required"), N_("Not required"), N_("Consequence if not provided"), N_("Publicly available"),
    N_("Not publicly available"), N_("Role"), N_("Category"), N_("Sector"), N_("Countries"),
    N_("Examples"), N_("Transfer mechanism"), N_("How to get a copy of the safeguards"),
    N_("Applies to"), N_("How to use your rights"),
    N_("No decisions based solely on automated processing are made."),
    N_("Logic involved"), N_("Significance"), N_("Envisaged consequences"), N_("Safeguards"),
    N_("Fee"),
    N_("Provided by"), N_("Duration"), N_("How to control cookies"), N_("Change history"),
    N_("First or third party"), N_("All versions"),
    N_("Address"), N_("E-mail"), N_("Phone"), N_("Web"), N_("Contact us"), N_("What the law says"),
    N_("How to opt out"), N_("You also have these rights by law"), N_("Controller"),
    N_("Joint controller"), N_("Joint controllers"), N_("Purposes"), N_("Contact point"),
    N_("Your rights against each controller"), N_("This text is a translation."),
    N_("This text is a machine translation."), N_("Translated from"), N_("Authoritative version"),
    N_("What for, and on which legal basis"), N_("Legal basis not stated in this notice"),
    N_("Who receives the data"), N_("Transfers outside the EU/EEA"),
    N_("yes; countries not stated in this notice"), N_("How long the data is kept"),
    N_("Retention not stated in this notice"), N_("How to complain"),
    N_("The notice does not list this right. You have it by law."),
    # transfers and recipients
    N_("International organisations"), N_("Transfer mechanisms"),
    N_("Compelling legitimate interests pursued"),
    # purposes
    N_("Duty to provide the data"), N_("Under the control of official authority"),
    N_("Exemption from informing each person"), N_("Measures to protect your rights"),
    N_("Further processing for a new purpose"), N_("Collected for"), N_("Starts on"),
    N_("Why the new purpose is compatible with the original one"),
    N_("No transfers to countries outside the EU/EEA or to international organisations."),
    # the HTML page's own
    N_("Skip to content"), N_("Other languages"), N_("About this language version"),
    N_("Follow the changes (Atom feed)"), N_("Back to top"), N_("Name"), N_("Purpose"),
)  # fmt: skip


def page_labels(translations: Any, *, markup: bool) -> dict[str, str]:
    """Each of `LABELS` in the language of `translations`; with `markup`, as HTML, the same markup
    as `_()` gives in an autoescaped template."""
    if markup:
        return {msgid: Markup(translations.gettext(msgid)) % {} for msgid in LABELS}
    return {msgid: translations.gettext(msgid) for msgid in LABELS}


class PageWording:
    """A renderer's wording per language: `use(lang)` installs the language's `_()` in `env` and
    returns its labels and section titles, made once per language (a renderer lives for one
    build)."""

    def __init__(self, env: Environment, *, markup: bool) -> None:
        self.env = env
        self.markup = markup
        self._made: dict[str, tuple[dict[str, str], SectionTitles]] = {}

    def use(self, lang: str) -> tuple[dict[str, str], SectionTitles]:
        translations = i18n.translations(lang)
        use_language(self.env, translations)
        if lang not in self._made:
            labels = page_labels(translations, markup=self.markup)
            self._made[lang] = labels, section_titles(self.env)
        return self._made[lang]
