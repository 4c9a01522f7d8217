"""View data for a purpose's own parts beyond basis and recipients: retention and its further
periods, the Art. 10 ground, what its automated decisions involve, its Art. 14(5) exemptions and its
notice of further processing."""

from __future__ import annotations

from typing import Any

from noticekit import i18n
from noticekit.i18n.citations import cite
from noticekit.i18n.durations import duration_in_words
from noticekit.models import Purpose
from noticekit.models import Retention
from noticekit.render.view.picker import TextPicker


def refs_to(ids: list[str], table: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    """The views of the parts named by `ids`, in order; unknown ids are skipped."""
    return [table[item] for item in ids if item in table]


def retention(pick: TextPicker, value: Retention | None, *at: str | int) -> dict[str, Any] | None:
    if value is None:
        return None
    event, criteria = pick.fields(value, at, "event", "criteria")
    return {
        "duration": duration_in_words(value.duration, pick.lang) if value.duration else None,
        "event": event,
        "criteria": criteria,
    }


def retention_periods(
    pick: TextPicker, item: Purpose, at: tuple[str, int], data: dict[str, dict[str, Any]]
) -> list[dict[str, Any]]:
    """The purpose's further periods: each period with the data it covers or its condition."""
    return [
        {
            **(retention(pick, period, *at, "retention_periods", k) or {}),
            "data_categories": refs_to(period.data_categories, data),
            "condition": pick(period.condition, *at, "retention_periods", k, "condition"),
        }
        for k, period in enumerate(item.retention_periods)
    ]


def criminal_offence_ground(pick: TextPicker, item: Purpose, at: tuple[str, int]) -> Any:
    ground = item.criminal_offence_ground
    if ground is None:
        return None
    law, authority = pick.fields(
        ground, (*at, "criminal_offence_ground"), "law", "official_authority"
    )
    return {"citation": cite("A10", pick.lang), "law": law, "official_authority": authority}


def decision_details(pick: TextPicker, item: Purpose, at: tuple[str, int]) -> Any:
    details = item.automated_decision_details
    if details is None:
        return None
    keys = ("logic", "significance", "consequences", "safeguards")
    texts = pick.fields(details, (*at, "automated_decision_details"), *keys)
    return dict(zip(keys, texts, strict=True))


def exemptions(
    pick: TextPicker, item: Purpose, at: tuple[str, int], sources: dict[str, dict[str, Any]]
) -> list[dict[str, Any]]:
    """The purpose's Art. 14(5) exemptions: the case, its ground, sources, reason, measures, law."""
    lang = pick.lang
    views = []
    for k, exemption in enumerate(item.information_exemptions):
        texts = pick.fields(
            exemption, (*at, "information_exemptions", k), "reason", "measures", "law"
        )
        views.append(
            {
                "label": i18n.label("information-exemption", exemption.exemption, lang),
                "citation": cite(exemption.exemption, lang),
                "ground": i18n.label("exemption-ground", exemption.ground, lang)
                if exemption.ground
                else None,
                "sources": refs_to(exemption.sources, sources),
                **dict(zip(("reason", "measures", "law"), texts, strict=True)),
            }
        )
    return views


def further_processing(pick: TextPicker, item: Purpose, at: tuple[str, int]) -> Any:
    """A new purpose for data held; its original purposes are linked by `purposes`."""
    further = item.further_processing
    if further is None:
        return None
    return {
        "original_purposes": list(further.original_purposes),
        "starts": i18n.format_date(further.starts, pick.lang) if further.starts else None,
        "iso_starts": further.starts.isoformat() if further.starts else None,
        "compatibility": pick(further.compatibility, *at, "further_processing", "compatibility"),
    }
