"""The Markdown renderer: `<id>/<lang>/notice.md`, CommonMark that reads well on GitHub."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from pathlib import PurePosixPath
from typing import Any
from typing import ClassVar

from noticekit import i18n
from noticekit.i18n.markers import N_
from noticekit.render.base import NoticeJob
from noticekit.render.base import Output
from noticekit.render.env import SectionTitles
from noticekit.render.env import make_environment
from noticekit.render.env import section_titles
from noticekit.render.env import use_language
from noticekit.render.markdown.filters import FILTERS

PAGE = "notice.md"

#: The page's fixed wording, translated once per language: the templates read `label["Version"]`.
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
)  # fmt: skip


def fallback_note(page: dict[str, Any], translations: Any) -> str:
    """The note that marks a fallback passage, in the page's language."""
    if not page["fallback_language_name"]:
        return ""
    return translations.gettext("This text is in %(language)s") % {
        "language": page["fallback_language_name"]
    }


def tidy(markdown: str) -> str:
    """No trailing spaces, at most one blank line in a row, one newline at the end.

    Lines end at `\n` only, as for Markdown renderers: a U+2028 or `\x85` in a text is a character
    of the text (`markdown_text` writes every `\r` as a line end or a space).
    """
    lines: list[str] = []
    blank = False  # a blank line is owed before the next line of text
    for line in markdown.split("\n"):
        line = line.rstrip(" ")
        if not line:
            blank = bool(lines)
        else:
            if blank:
                lines.append("")
                blank = False
            lines.append(line)
    return "\n".join(lines) + "\n"


class MarkdownRenderer:
    """Renders `notice.md.j2` once per notice and language."""

    format: ClassVar[str] = "md"

    def __init__(self, templates: Path | None = None) -> None:
        self.env = make_environment(templates, autoescape=False, filters=FILTERS)
        #: Labels and section titles by language; a renderer lives for one build.
        self._wording: dict[str, tuple[dict[str, str], SectionTitles]] = {}

    def use_language(self, lang: str) -> tuple[dict[str, str], SectionTitles]:
        """Install the language's `_()` and return its labels and section titles, made once."""
        translations = i18n.translations(lang)
        use_language(self.env, translations)
        if lang not in self._wording:
            labels = {msgid: translations.gettext(msgid) for msgid in LABELS}
            titles = section_titles(self.env)
            self._wording[lang] = labels, titles
        return self._wording[lang]

    def render(self, job: NoticeJob) -> Iterator[Output]:
        template = self.env.get_template("notice.md.j2")
        for lang in job.languages:
            page = job.page(lang)
            labels, titles = self.use_language(lang)
            content = template.render(
                page=page,
                fallback_note=fallback_note(page, i18n.translations(lang)),
                label=labels,
                title=titles,
            )
            yield Output(PurePosixPath(job.notice.id, lang, PAGE), tidy(content))

    def finish(self, jobs: list[NoticeJob]) -> Iterator[Output]:
        return iter(())
