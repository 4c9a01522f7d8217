"""The Markdown page's filters: notice texts made safe, and lists and blocks built in one call each."""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import Any

from jinja2 import pass_context
from jinja2.runtime import Context

from noticekit.render.picker import Text
from noticekit.render.text import escape_markdown
from noticekit.render.text import markdown_url
from noticekit.render.text import safe_markdown
from noticekit.render.text import tel_uri


def text(value: Text | str | None) -> str:
    """A notice text as Markdown with raw HTML, images and foreign link schemes made inert.

    Plain strings (names, standard texts) are escaped, not read as Markdown.
    """
    if not isinstance(value, Text):
        return escape_markdown(value or "")
    body = value.value.strip()
    # `safe_markdown` keeps a text without these marks as it is; a notice text is seldom seen twice (no
    # cache hit), and six `in` checks cost less than its regex scan.
    if "<" in body or "!" in body or "#" in body or "=" in body or "]" in body or "-" in body:
        return safe_markdown(body)
    return body


@pass_context
def block(context: Context, value: Text | str | None) -> str:
    """A notice text as its own paragraphs, followed by the fallback note where it applies."""
    if not value:
        return ""
    if isinstance(value, Text) and value.lang and context["fallback_note"]:
        return f"\n\n{text(value)}\n\n*{context['fallback_note']}*\n\n"
    return f"\n\n{text(value)}\n\n"


#: `markdown_url` goes character by character; a page shows the same few addresses several times.
md_url = lru_cache(maxsize=4096)(markdown_url)


# A page shows the same names many times (links in lists): each is made into a line once.
@lru_cache(maxsize=16384)
def _notice_line(value: str) -> str:
    return " ".join(safe_markdown(value.strip()).split())


@lru_cache(maxsize=16384)
def _plain_line(value: str) -> str:
    return " ".join(escape_markdown(value).split())


@pass_context
def line(context: Context, value: Text | str | None) -> str:
    """A short notice text on one line (list items, headings), with the fallback note in brackets."""
    if not isinstance(value, Text):
        return _plain_line(value or "")
    note = context["fallback_note"] if value.lang else ""
    return _notice_line(value.value) + (f" *({note})*" if note else "")


@pass_context
def refs(context: Context, items: list[dict[str, Any]]) -> str:
    """Links to the parts named by `items`: `[name](#anchor), ...`."""
    return ", ".join(f"[{line(context, item['name'])}](#{item['anchor']})" for item in items)


def _not_stated(context: Context) -> str:
    return "*" + context["label"]["Not stated in this notice"] + "*"


# The filters below build a repeated piece of a page (a list, a contact block) in one call, with
# plain string concatenation: the same text as Jinja loops and macros, at a fraction of the cost.


def language_links(languages: list[dict[str, Any]]) -> str:
    """The page's language switcher: the current language in bold, the others linked."""
    return " · ".join(
        f"**{item['name']}**"
        if item["current"]
        else f"[{item['name']}]({item['md_href']})"
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
        f"\n  - **{basis['label']}** ({basis['citation']}). {escape_markdown(basis['text'])}"
        for basis in bases
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
        + (
            f" ([{escape_markdown(item['email'])}](mailto:{md_url(item['email'])}))"
            if item["email"]
            else ""
        )
        for item in controllers
    )


@pass_context
def contact(context: Context, item: dict[str, Any]) -> str:
    """A party's postal address as lines, then its e-mail, phone and web links as a list."""
    label = context["label"]
    out = "\n"
    if item["address"]:
        out += (
            label["Address"]
            + ":\\\n"
            + "\\\n".join(map(escape_markdown, item["address"]["lines"]))
            + "\n\n"
        )
    if item["email"]:
        out += f"- {label['E-mail']}: [{escape_markdown(item['email'])}](mailto:{md_url(item['email'])})\n"
    if item["phone"]:
        out += f"- {label['Phone']}: [{escape_markdown(item['phone'])}]({tel_uri(item['phone'])})\n"
    if item["url"]:
        out += f"- {label['Web']}: <{md_url(item['url'])}>\n"
    return out + "\n"


@pass_context
def purpose_facts(context: Context, purpose: dict[str, Any]) -> str:
    """A purpose's facts as a list: who, what data, legal basis, retention, recipients, objection."""
    label = context["label"]
    not_stated = _not_stated(context)
    facts = []
    if purpose["controllers"]:
        facts.append(f"- **{label['Controllers']}**: {refs(context, purpose['controllers'])}")
    if purpose["data_subjects"]:
        facts.append(f"- **{label['Whose data']}**: {refs(context, purpose['data_subjects'])}")
    data = refs(context, purpose["data_categories"]) if purpose["data_categories"] else not_stated
    facts.append(f"- **{label['Data we process']}**: {data}")
    if purpose["sources"]:
        facts.append(
            f"- **{label['Where we get your data from']}**: {refs(context, purpose['sources'])}"
        )
    bases, interest, law, note = (
        purpose[key] for key in ("legal_bases", "legitimate_interest", "law", "legal_basis_note")
    )
    stated = "" if bases or note or interest or law else " " + not_stated
    facts.append(f"- **{label['Legal basis']}**:{stated}{basis_list(bases)}")
    if interest:
        facts.append(f"  - **{label['Legitimate interest']}**: {line(context, interest)}")
    if law:
        facts.append(f"  - **{label['Law']}**: {line(context, law)}")
    if note:
        facts.append(f"  - {line(context, note)}")
    facts.append(f"- **{label['Retention']}**: {retention(context, purpose['retention'])}")
    facts.append(f"- **{label['Recipients']}**: {recipient_list(context, purpose['recipients'])}")
    if purpose["profiling"]:
        facts.append(f"- **{label['Profiling']}**: {line(context, purpose['profiling'])}")
    if purpose["automated_decisions"]:
        heading = context["title"]["automated-decisions"]
        facts.append(
            f"- **{label['Automated decisions and profiling']}**: [{heading}](#automated-decisions)"
        )
    if purpose["objectable"]:
        objection = line(context, purpose["objection"]) + " " if purpose["objection"] else ""
        facts.append(
            f"- **{label['Your right to object']}**: {objection}[{context['title']['objection']}](#objection)"
        )
    return "\n".join(facts)


FILTERS: dict[str, Callable[..., Any]] = {
    "block": block,
    "line": line,
    "refs": refs,
    "md_escape": escape_markdown,
    "md_url": md_url,
    "language_links": language_links,
    "section_title": section_title,
    "contents": contents,
    "plain_links": plain_links,
    "basis_labels": basis_labels,
    "legal_basis_summary": legal_basis_summary,
    "recipient_name": recipient_name,
    "recipient_refs": recipient_refs,
    "with_flag": with_flag,
    "controller_contacts": controller_contacts,
    "contact": contact,
    "purpose_facts": purpose_facts,
}
