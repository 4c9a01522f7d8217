"""A purpose's own facts in the Markdown page, beyond basis and recipients: the Art. 10 ground, the
duty to provide the data, further retention periods, what its automated decisions involve, its
Art. 14(5) exemptions and its notice of further processing."""

from __future__ import annotations

from typing import Any

from jinja2.runtime import Context

from noticekit.render.markdown.text import line
from noticekit.render.markdown.text import refs
from noticekit.render.markdown.text import retention
from noticekit.render.markdown.text import with_flag


def criminal_offence_ground_facts(context: Context, ground: dict[str, Any] | None) -> list[str]:
    """The Art. 10 ground as a sub-item of the legal basis: the law, the official authority."""
    if not ground:
        return []
    label = context["label"]
    facts = [
        f"  - **{label['Data on criminal convictions and offences']}** ({ground['citation']}):"
    ]
    for key, heading in (
        ("law", "Law"),
        ("official_authority", "Under the control of official authority"),
    ):
        if ground[key]:
            facts.append(f"    - **{label[heading]}**: {line(context, ground[key])}")
    return facts


def provision_facts(context: Context, purpose: dict[str, Any]) -> list[str]:
    """Art. 13(2)(e) for the purpose: the requirement, whether obliged, and the consequence."""
    requirement, mandatory, consequence = (
        purpose[key] for key in ("requirement", "mandatory", "consequence")
    )
    if requirement is None and mandatory is None and consequence is None:
        return []
    label = context["label"]
    stated = with_flag(requirement, mandatory, label["Required"], label["Not required"])
    facts = [f"- **{label['Duty to provide the data']}**: {stated}".rstrip()]
    if consequence:
        what = label["Consequence if not provided"]
        facts.append(f"  - **{what}**: {line(context, consequence)}")
    return facts


def retention_facts(context: Context, purpose: dict[str, Any]) -> list[str]:
    """The purpose's retention, then each further period with its data or condition."""
    periods = purpose["retention_periods"]
    general = (
        retention(context, purpose["retention"]) if purpose["retention"] or not periods else ""
    )
    facts = [f"- **{context['label']['Retention']}**: {general}".rstrip()]
    for period in periods:
        covers = refs(context, period["data_categories"])
        if period["condition"]:
            covers += (": " if covers else "") + line(context, period["condition"])
        facts.append(f"  - {covers}: {retention(context, period)}")
    return facts


def decision_details_facts(context: Context, details: dict[str, Any] | None) -> list[str]:
    """The logic, significance, consequences and safeguards of a purpose's automated decisions."""
    label = context["label"]
    headings = {
        "logic": "Logic involved", "significance": "Significance",
        "consequences": "Envisaged consequences", "safeguards": "Safeguards",
    }  # fmt: skip
    return [
        f"  - **{label[heading]}**: {line(context, details[key])}"
        for key, heading in headings.items()
        if details and details[key]
    ]


def exemption_facts(context: Context, exemptions: list[dict[str, Any]]) -> list[str]:
    """Each Art. 14(5) exemption: the case and its ground, then sources, reason, measures, law."""
    label = context["label"]
    facts = []
    for item in exemptions:
        ground = f". {item['ground']}." if item["ground"] else ""
        case = f"**{item['label']}** ({item['citation']}){ground}"
        facts.append(f"- **{label['Exemption from informing each person']}**: {case}")
        if item["sources"]:
            facts.append(f"  - **{label['Applies to']}**: {refs(context, item['sources'])}")
        if item["reason"]:
            facts.append(f"  - {line(context, item['reason'])}")
        for key, heading in (("measures", "Measures to protect your rights"), ("law", "Law")):
            if item[key]:
                facts.append(f"  - **{label[heading]}**: {line(context, item[key])}")
    return facts


def further_processing_facts(context: Context, further: dict[str, Any] | None) -> list[str]:
    """A new purpose for data held: the purposes it was collected for, the start, compatibility."""
    if not further:
        return []
    label = context["label"]
    facts = [f"- **{label['Further processing for a new purpose']}**:"]
    if further["original_purposes"]:
        collected_for = refs(context, further["original_purposes"])
        facts.append(f"  - **{label['Collected for']}**: {collected_for}")
    if further["starts"]:
        facts.append(f"  - **{label['Starts on']}**: {further['starts']}")
    if further["compatibility"]:
        heading = label["Why the new purpose is compatible with the original one"]
        facts.append(f"  - **{heading}**: {line(context, further['compatibility'])}")
    return facts
