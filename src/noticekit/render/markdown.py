"""The Markdown renderer: `<id>/<lang>/notice.md`, CommonMark that reads well on GitHub."""

from __future__ import annotations

from collections.abc import Callable
from collections.abc import Iterator
from pathlib import Path
from pathlib import PurePosixPath
from typing import Any

from jinja2 import pass_context
from jinja2.runtime import Context

from noticekit import i18n
from noticekit.i18n.markers import N_
from noticekit.render.base import NoticeJob
from noticekit.render.base import Output
from noticekit.render.env import make_environment
from noticekit.render.env import use_language
from noticekit.render.picker import Text
from noticekit.render.text import escape_markdown
from noticekit.render.text import markdown_url
from noticekit.render.text import safe_markdown
from noticekit.render.text import tel_uri

PAGE = "notice.md"
#: Line breaks other than `\n` that `str.splitlines` also splits at.
_OTHER_LINE_BREAKS = ("\r", "\v", "\f", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029")

#: The page's fixed wording, translated once per language: the templates read `label["Version"]`.
LABELS = (
    N_("Version"), N_("Effective from"), N_("Published at"), N_("Legal basis"),
    N_("Not stated in this notice"), N_("Processing you might not expect"),
    N_("Who this notice is for"), N_("This notice is also written for children."),
    N_("Applicable law and supervision"), N_("Scope"), N_("Not covered"), N_("Registration number"),
    N_("Arrangement between the joint controllers"), N_("Representative in the EU"),
    N_("Data protection officer"), N_("No data protection officer has been appointed."),
    N_("Controllers"), N_("Whose data"), N_("Data we process"), N_("Where we get your data from"),
    N_("Legitimate interest"), N_("Law"), N_("Retention"), N_("Recipients"), N_("No recipients"),
    N_("Profiling"), N_("Automated decisions and profiling"), N_("Your right to object"),
    N_("Special category of personal data"), N_("Data on criminal convictions and offences"),
    N_("Required"), N_("Not required"), N_("Consequence if not provided"), N_("Publicly available"),
    N_("Not publicly available"), N_("Role"), N_("Category"), N_("Sector"), N_("Countries"),
    N_("Examples"), N_("Transfer mechanism"), N_("How to get a copy of the safeguards"),
    N_("Applies to"), N_("How to use your rights"), N_("No decisions based solely on automated processing are made."),
    N_("Logic involved"), N_("Significance"), N_("Envisaged consequences"), N_("Safeguards"), N_("Fee"),
    N_("Provided by"), N_("Duration"), N_("How to control cookies"), N_("Change history"),
    N_("Address"), N_("E-mail"), N_("Phone"), N_("Web"), N_("Contact us"),
)  # fmt: skip


def text(value: Text | str | None) -> str:
    """A notice text as Markdown with raw HTML, images and foreign link schemes made inert.

    Plain strings (names, standard texts) are escaped, not read as Markdown.
    """
    if not isinstance(value, Text):
        return escape_markdown(value or "")
    return safe_markdown(value.value.strip())


def _note(context: Context, value: Text | str | None) -> str:
    """The page's "this text is in <language>" note for a fallback text, else an empty string."""
    return context["fallback_note"] if isinstance(value, Text) and value.lang else ""


@pass_context
def block(context: Context, value: Text | str | None) -> str:
    """A notice text as its own paragraphs, followed by the fallback note where it applies."""
    if not value:
        return ""
    note = _note(context, value)
    return f"\n\n{text(value)}" + (f"\n\n*{note}*" if note else "") + "\n\n"


@pass_context
def line(context: Context, value: Text | str | None) -> str:
    """A short notice text on one line (list items, headings), with the fallback note in brackets."""
    note = _note(context, value)
    return " ".join(text(value).split()) + (f" *({note})*" if note else "")


@pass_context
def refs(context: Context, items: list[dict[str, Any]]) -> str:
    """Links to the parts named by `items`: `[name](#anchor), ...`."""
    return ", ".join(f"[{line(context, item['name'])}](#{item['anchor']})" for item in items)


def fallback_note(page: dict[str, Any], translations: Any) -> str:
    """The note that marks a fallback passage, in the page's language."""
    if not page["fallback_language_name"]:
        return ""
    return translations.gettext("This text is in %(language)s") % {
        "language": page["fallback_language_name"]
    }


def tidy(markdown: str) -> str:
    """No trailing spaces, at most one blank line in a row, one newline at the end."""
    if any(mark in markdown for mark in _OTHER_LINE_BREAKS):
        markdown = "\n".join(item.rstrip(" ") for item in markdown.splitlines())
    else:  # the same as splitting into lines, with a few `str.replace` passes (much faster than `re`)
        markdown = markdown.rstrip(" ")
        while " \n" in markdown:
            markdown = markdown.replace(" \n", "\n")
    while "\n\n\n" in markdown:
        markdown = markdown.replace("\n\n\n", "\n\n")
    return markdown.strip("\n") + "\n"


def _not_stated(context: Context) -> str:
    return "*" + context["label"]["Not stated in this notice"] + "*"


# The filters below build a repeated piece of a page (a list, a contact block) in one call, with
# plain string concatenation: the same text as Jinja loops and macros, at a fraction of the cost.


def language_links(languages: list[dict[str, Any]]) -> str:
    """The page's language switcher: the current language in bold, the others linked."""
    return " · ".join(
        f"**{item['name']}**" if item["current"] else f"[{item['name']}](../{item['tag']}/notice.md)"
        for item in languages
    )


@pass_context
def section_title(context: Context, entry: dict[str, Any]) -> str:
    """A section's heading: its own title, or the built-in one from `titles.j2`."""
    return line(context, entry["title"]) if entry["title"] else context["title"][entry["anchor"]]


@pass_context
def contents(context: Context, entries: list[dict[str, Any]]) -> str:
    """The numbered table of contents, one linked section title a line."""
    return "".join(
        f"{number}. [{section_title(context, entry)}](#{entry['anchor']})\n"
        for number, entry in enumerate(entries, 1)
    )


def plain_links(items: list[dict[str, Any]]) -> str:
    """Links to parts whose names are standard texts: `[name](#anchor), ...`."""
    return ", ".join(f"[{item['name']}](#{item['anchor']})" for item in items)


def basis_labels(bases: list[dict[str, Any]]) -> str:
    """The short names of legal bases: `Consent; Contract`."""
    return "; ".join(str(basis["label"]) for basis in bases)


def basis_list(bases: list[dict[str, Any]]) -> str:
    """Legal bases as sub-items (each on a new line): label, citation and the standard explanation."""
    return "".join(
        f"\n  - **{basis['label']}** ({basis['citation']}). {escape_markdown(basis['text'])}" for basis in bases
    )


@pass_context
def legal_basis_summary(context: Context, purpose: dict[str, Any]) -> str:
    """A purpose's legal bases in the summary: their names, the note, or "not stated"."""
    if purpose["legal_bases"]:
        return basis_labels(purpose["legal_bases"])
    if purpose["legal_basis_note"]:
        return line(context, purpose["legal_basis_note"])
    return context["label"]["Legal basis"] + ": " + _not_stated(context)


@pass_context
def retention(context: Context, value: dict[str, Any] | None) -> str:
    """How long data is kept: duration, event and criteria on one line, or "not stated"."""
    if not value:
        return _not_stated(context)
    parts = (value["duration"], value["event"], value["criteria"])
    return "; ".join(line(context, part) for part in parts if part)


@pass_context
def recipient_name(context: Context, item: dict[str, Any]) -> str:
    """A recipient's name, or its category where it has no name."""
    return escape_markdown(item["name"]) if item["name"] else line(context, item["category"])


@pass_context
def recipient_refs(context: Context, items: list[dict[str, Any]]) -> str:
    """Links to recipients: `[name](#anchor), ...`."""
    return ", ".join(f"[{recipient_name(context, item)}](#{item['anchor']})" for item in items)


@pass_context
def recipient_list(context: Context, items: list[dict[str, Any]] | None) -> str:
    """A purpose's recipients: links, "no recipients" for an empty list, "not stated" for None."""
    if items is None:
        return _not_stated(context)
    return recipient_refs(context, items) if items else context["label"]["No recipients"]


def with_flag(value: Any, flag: bool | None, yes: str, no: str) -> str:
    """`value · yes` (or `no`): a label and a yes/no fact, each left out where it is not given."""
    parts = [str(value)] if value else []
    if flag is not None:
        parts.append(yes if flag else no)
    return " · ".join(parts)


def controller_contacts(controllers: list[dict[str, Any]]) -> str:
    """The controllers with their e-mail links: `name ([e-mail](mailto:e-mail)); ...`."""
    return "; ".join(
        escape_markdown(item["name"])
        + (f" ([{escape_markdown(item['email'])}](mailto:{markdown_url(item['email'])}))" if item["email"] else "")
        for item in controllers
    )


@pass_context
def contact(context: Context, item: dict[str, Any]) -> str:
    """A party's postal address as lines, then its e-mail, phone and web links as a list."""
    label = context["label"]
    out = "\n"
    if item["address"]:
        out += label["Address"] + ":\\\n" + "\\\n".join(map(escape_markdown, item["address"]["lines"])) + "\n\n"
    if item["email"]:
        out += f"- {label['E-mail']}: [{escape_markdown(item['email'])}](mailto:{markdown_url(item['email'])})\n"
    if item["phone"]:
        out += f"- {label['Phone']}: [{escape_markdown(item['phone'])}]({tel_uri(item['phone'])})\n"
    if item["url"]:
        out += f"- {label['Web']}: <{markdown_url(item['url'])}>\n"
    return out + "\n"


class SectionTitles(dict[str, str]):
    """The built-in section headings of `titles.j2` in one language, each rendered once."""

    def __init__(self, title: Callable[[str], str]) -> None:
        super().__init__()
        self._title = title

    def __missing__(self, anchor: str) -> str:
        self[anchor] = heading = str(self._title(anchor))
        return heading


FILTERS: dict[str, Callable[..., Any]] = {
    "block": block,
    "line": line,
    "refs": refs,
    "md_escape": escape_markdown,
    "md_url": markdown_url,
    "language_links": language_links,
    "section_title": section_title,
    "contents": contents,
    "plain_links": plain_links,
    "basis_labels": basis_labels,
    "basis_list": basis_list,
    "legal_basis_summary": legal_basis_summary,
    "retention": retention,
    "recipient_name": recipient_name,
    "recipient_refs": recipient_refs,
    "recipient_list": recipient_list,
    "with_flag": with_flag,
    "controller_contacts": controller_contacts,
    "contact": contact,
}


class MarkdownRenderer:
    """Renders `notice.md.j2` once per notice and language."""

    format = "md"

    def __init__(self, templates: Path | None = None) -> None:
        self.env = make_environment(templates, autoescape=False, filters=FILTERS)
        self._wording: dict[int, tuple[Any, dict[str, str], SectionTitles]] = {}

    def use_language(self, translations: Any) -> tuple[dict[str, str], SectionTitles]:
        """Install the language's `_()` and return its labels and section titles, made once per catalog."""
        use_language(self.env, translations)
        if id(translations) not in self._wording:
            labels = {msgid: translations.gettext(msgid) for msgid in LABELS}
            titles = SectionTitles(self.env.get_template("titles.j2").make_module({}).title)
            self._wording[id(translations)] = (translations, labels, titles)  # the catalog kept, so its id stays its own
        return self._wording[id(translations)][1:]

    def render(self, job: NoticeJob) -> Iterator[Output]:
        template = self.env.get_template("notice.md.j2")
        for lang in job.languages:
            page = job.page(lang)
            translations = i18n.translations(lang)
            labels, titles = self.use_language(translations)
            content = template.render(
                page=page, fallback_note=fallback_note(page, translations), label=labels, title=titles
            )
            yield Output(PurePosixPath(job.notice.id, lang, PAGE), tidy(content))

    def finish(self, jobs: list[NoticeJob]) -> Iterator[Output]:
        return iter(())

