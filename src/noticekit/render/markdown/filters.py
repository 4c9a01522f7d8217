"""The Markdown page's filters: notice texts made safe, and lists and blocks built in one call
each."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from jinja2 import pass_context
from jinja2.runtime import Context

from noticekit.render.markdown.escape import escape_markdown
from noticekit.render.markdown.purpose_parts import criminal_offence_ground_facts
from noticekit.render.markdown.purpose_parts import decision_details_facts
from noticekit.render.markdown.purpose_parts import exemption_facts
from noticekit.render.markdown.purpose_parts import further_processing_facts
from noticekit.render.markdown.purpose_parts import provision_facts
from noticekit.render.markdown.purpose_parts import retention_facts
from noticekit.render.markdown.text import block
from noticekit.render.markdown.text import line
from noticekit.render.markdown.text import link_text
from noticekit.render.markdown.text import md_url
from noticekit.render.markdown.text import not_stated as _not_stated
from noticekit.render.markdown.text import refs
from noticekit.render.markdown.text import retention
from noticekit.render.markdown.text import text
from noticekit.render.markdown.text import with_flag
from noticekit.render.text import tel_uri

__all__ = ["FILTERS", "block", "line", "refs", "retention", "text", "with_flag"]


# The filters below build a repeated piece of a page (a list, a contact block) in one call, with
# plain string concatenation: the same text as Jinja loops and macros, at a fraction of the cost.


@pass_context
def language_status(context: Context, status: dict[str, Any]) -> str:
    """The banner of a page's language version, as a quote: translation, source, authoritative,
    note."""
    label = context["label"]
    parts = []
    if status["status"] in ("translation", "machine-translation"):
        sentence = (
            label["This text is a translation."]
            if status["status"] == "translation"
            else label["This text is a machine translation."]
        )
        parts.append(f"**{sentence}**")
        if status["translated_from"]:
            parts.append(
                f"{label['Translated from']}: {escape_markdown(status['translated_from'])}."
            )
    authoritative = status["authoritative"]
    if authoritative:
        name = escape_markdown(authoritative["name"])
        link = f"[{name}](../{authoritative['tag']}/notice.md)" if authoritative["built"] else name
        parts.append(f"{label['Authoritative version']}: {link}")
    lines = [" ".join(parts)] if parts else []
    if status["note"]:
        lines.append(escape_markdown(" ".join(status["note"].split())))
    return "\n>\n".join(f"> {line}" for line in lines)


def language_links(languages: list[dict[str, Any]]) -> str:
    """The page's language switcher: the current language in bold, the others linked."""
    return " · ".join(
        f"**{item['name']}**" if item["current"] else f"[{item['name']}]({item['md_href']})"
        for item in languages
    )


@pass_context
def section_title(context: Context, entry: dict[str, Any]) -> str:
    """A section's heading: its own title, or the built-in one from `titles.j2`."""
    if entry["title"]:
        return link_text(context, entry["title"])
    return context["title"][entry["anchor"]]


@pass_context
def contents(context: Context, entries: list[dict[str, Any]]) -> str:
    """The numbered table of contents, one linked section title a line."""
    return "".join(
        f"{number}. [{section_title(context, entry)}](#{entry['anchor']})\n"
        for number, entry in enumerate(entries, 1)
    )


@pass_context
def objection_summary(context: Context, objection: dict[str, Any]) -> str:
    """The rights to object with the purposes each applies to, and the purposes with an opt-out.

    A right that applies to no purpose in particular is left to the section the label links to
    (unless nothing else would be listed)."""
    groups = [group for group in objection["groups"] if group["purposes"]]
    if not groups and not objection["opt_outs"]:
        groups = objection["groups"]
    parts = [
        f"[{group['name']}](#{group['anchor']})"
        + (f": {refs(context, group['purposes'])}" if group["purposes"] else "")
        for group in groups
    ]
    if objection["opt_outs"]:
        opt_out = context["label"]["How to opt out"]
        parts.append(f"[{opt_out}](#opt-out): {refs(context, objection['opt_outs'])}")
    return "; ".join(parts)


def name_links(items: list[dict[str, Any]]) -> str:
    """Links to parts named by plain strings (legal names), escaped: `[name](#anchor); ...`."""
    return "; ".join(f"[{escape_markdown(item['name'])}](#{item['anchor']})" for item in items)


def basis_labels(bases: list[dict[str, Any]]) -> str:
    """The short names of legal bases: `Consent; Contract`."""
    return "; ".join(str(basis["label"]) for basis in bases)


@pass_context
def law_inline(context: Context, value: str) -> str:
    """A standard text on one line, labelled as the law's: `*What the law says:* text`."""
    return f"*{context['label']['What the law says']}:* {escape_markdown(value)}"


@pass_context
def mechanism_list(context: Context, mechanisms: list[dict[str, Any]]) -> str:
    """A transfer's mechanisms: one on the line, several as sub-items, none as "not stated"."""
    if not mechanisms:
        return _not_stated(context)
    items = [
        f"**{item['label']}** ({item['citation']}). {law_inline(context, item['text'])}"
        for item in mechanisms
    ]
    return items[0] if len(items) == 1 else "".join(f"\n  - {item}" for item in items)


@pass_context
def legal_basis_summary(context: Context, purpose: dict[str, Any]) -> str:
    """A purpose's legal bases in the summary: their names, the note, or "not stated"."""
    if purpose["legal_bases"]:
        return basis_labels(purpose["legal_bases"])
    if purpose["legal_basis_note"]:
        return line(context, purpose["legal_basis_note"])
    return context["label"]["Legal basis"] + ": " + _not_stated(context)


@pass_context
def law(context: Context, value: str) -> str:
    """A standard text as its own quoted paragraph, labelled as the law's."""
    return f"\n\n> {law_inline(context, value)}\n\n"


def basis_list(context: Context, bases: list[dict[str, Any]]) -> str:
    """Legal bases as sub-items (each on a new line): label, citation and what the law says."""
    return "".join(
        f"\n  - **{basis['label']}** ({basis['citation']}). {law_inline(context, basis['text'])}"
        for basis in bases
    )


@pass_context
def recipient_name(context: Context, item: dict[str, Any]) -> str:
    """A recipient's name, or its category where it has no name."""
    return escape_markdown(item["name"]) if item["name"] else link_text(context, item["category"])


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


def _reach(email: str | None, phone: str | None) -> str:
    """` · [e-mail](mailto:…) · [phone](tel:…)` for what is given."""
    out = ""
    if email:
        out += f" · [{escape_markdown(email)}](mailto:{md_url(email)})"
    if phone:
        out += f" · [{escape_markdown(phone)}]({tel_uri(phone)})"
    return out


def party_contact(party: dict[str, Any]) -> str:
    """A controller in the summary: its name linked, then its e-mail and phone."""
    name = f"[{escape_markdown(party['name'])}](#{party['anchor']})"
    return name + _reach(party["email"], party["phone"])


def dpo_contact(dpo: dict[str, Any]) -> str:
    """The DPO in the summary: name, e-mail and phone, or the web page where it gives neither."""
    reach = _reach(dpo["email"], dpo["phone"])
    if not reach and dpo["url"]:
        reach = f" · <{md_url(dpo['url'])}>"
    if not dpo["name"]:
        return reach[3:]  # without the leading " · "
    return escape_markdown(dpo["name"]) + reach


@pass_context
def group_label(context: Context, group: dict[str, Any], not_stated: str) -> str:
    """A summary group's label: its parts on one line, or the "not stated" statement in italics."""
    if not group["label"]:
        return f"*{not_stated}*"
    return "; ".join(line(context, part) for part in group["label"])


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
        email = item["email"]
        out += f"- {label['E-mail']}: [{escape_markdown(email)}](mailto:{md_url(email)})\n"
    if item["phone"]:
        out += f"- {label['Phone']}: [{escape_markdown(item['phone'])}]({tel_uri(item['phone'])})\n"
    for phone in item.get("other_phones", ()):
        what = f" ({line(context, phone['label'])})" if phone["label"] else ""
        number = escape_markdown(phone["number"])
        out += f"- {label['Phone']}{what}: [{number}]({tel_uri(phone['number'])})\n"
    if item["url"]:
        out += f"- {label['Web']}: <{md_url(item['url'])}>\n"
    return out + "\n"


def objection_right(context: Context, code: str) -> dict[str, Any]:
    """The right to object `code` as the page's objection section shows it (name, citation,
    anchor)."""
    groups = context["page"]["objection"]["groups"]
    return next(group for group in groups if group["code"] == code)


@pass_context
def purpose_facts(context: Context, purpose: dict[str, Any]) -> str:
    """A purpose's facts as a list: who, what data, legal basis, retention, recipients,
    objection."""
    label = context["label"]
    not_stated = _not_stated(context)
    facts = []
    if purpose["controllers"]:
        facts.append(f"- **{label['Controllers']}**: {refs(context, purpose['controllers'])}")
    elif purpose["controllers_not_stated"]:
        facts.append(f"- **{label['Controllers']}**: {not_stated}")
    if purpose["joint_arrangements"]:
        joint = name_links(purpose["joint_arrangements"])
        facts.append(f"- **{label['Joint controllers']}**: {joint}")
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
    facts.append(f"- **{label['Legal basis']}**:{stated}{basis_list(context, bases)}")
    if interest:
        facts.append(f"  - **{label['Legitimate interest']}**: {line(context, interest)}")
    if law:
        facts.append(f"  - **{label['Law']}**: {line(context, law)}")
    if note:
        facts.append(f"  - {line(context, note)}")
    facts += criminal_offence_ground_facts(context, purpose["criminal_offence_ground"])
    facts += provision_facts(context, purpose)
    facts += retention_facts(context, purpose)
    facts.append(f"- **{label['Recipients']}**: {recipient_list(context, purpose['recipients'])}")
    if purpose["profiling"]:
        facts.append(f"- **{label['Profiling']}**: {line(context, purpose['profiling'])}")
    if purpose["automated_decisions"]:
        heading = context["title"]["automated-decisions"]
        facts.append(
            f"- **{label['Automated decisions and profiling']}**: [{heading}](#automated-decisions)"
        )
        facts += decision_details_facts(context, purpose["automated_decision_details"])
    facts += exemption_facts(context, purpose["information_exemptions"])
    facts += further_processing_facts(context, purpose["further_processing"])
    objection = line(context, purpose["objection"]) if purpose["objection"] else ""
    if purpose["objection_right"]:
        # The label links to the right; the value is the purpose's own words, else the article.
        right = objection_right(context, purpose["objection_right"])
        said = objection or escape_markdown(f"{right['name']} ({right['citation']})")
        facts.append(f"- **[{label['Your right to object']}](#{right['anchor']})**: {said}")
    elif objection:
        facts.append(f"- **{label['How to opt out']}**: {objection}")
    return "\n".join(facts)


FILTERS: dict[str, Callable[..., Any]] = {
    "block": block,
    "line": line,
    "link_text": link_text,
    "refs": refs,
    "md_escape": escape_markdown,
    "md_url": md_url,
    "law": law,
    "law_inline": law_inline,
    "language_links": language_links,
    "language_status": language_status,
    "section_title": section_title,
    "contents": contents,
    "name_links": name_links,
    "basis_labels": basis_labels,
    "mechanism_list": mechanism_list,
    "legal_basis_summary": legal_basis_summary,
    "objection_summary": objection_summary,
    "recipient_name": recipient_name,
    "recipient_refs": recipient_refs,
    "with_flag": with_flag,
    "party_contact": party_contact,
    "dpo_contact": dpo_contact,
    "group_label": group_label,
    "contact": contact,
    "purpose_facts": purpose_facts,
}
