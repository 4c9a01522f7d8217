"""View data for what is processed: subjects, data, sources, purposes, recipients, transfers."""

from __future__ import annotations

from functools import cache
from typing import Any

from noticekit import i18n
from noticekit.i18n.citations import cite
from noticekit.models import DataCategory
from noticekit.models import DataSubjectCategory
from noticekit.models import Notice
from noticekit.models import Purpose
from noticekit.models import Recipient
from noticekit.models import Source
from noticekit.render.view.parts import address
from noticekit.render.view.picker import TextPicker
from noticekit.render.view.purpose_parts import criminal_offence_ground
from noticekit.render.view.purpose_parts import decision_details
from noticekit.render.view.purpose_parts import exemptions
from noticekit.render.view.purpose_parts import further_processing
from noticekit.render.view.purpose_parts import refs_to as _refs
from noticekit.render.view.purpose_parts import retention
from noticekit.render.view.purpose_parts import retention_periods
from noticekit.render.view.rights import is_direct_marketing
from noticekit.render.view.rights import objection_right


def _subject(pick: TextPicker, item: DataSubjectCategory, index: int) -> dict[str, Any]:
    name, description = pick.fields(item, ("data_subjects", index), "name", "description")
    return {"anchor": f"subjects-{item.id}", "name": name, "description": description}


def _data_category(pick: TextPicker, item: DataCategory, index: int) -> dict[str, Any]:
    name, description, consequence = pick.fields(
        item, ("data_categories", index), "name", "description", "consequence"
    )
    return {
        "anchor": f"data-{item.id}",
        "name": name,
        "description": description,
        "special_category": item.special_category,
        "criminal_offence": item.criminal_offence,
        "requirement": i18n.label("data-requirement", item.requirement, pick.lang)
        if item.requirement
        else None,
        "mandatory": item.mandatory,
        "consequence": consequence,
    }


def _source(pick: TextPicker, item: Source, index: int) -> dict[str, Any]:
    name, description = pick.fields(item, ("sources", index), "name", "description")
    return {
        "anchor": f"source-{item.id}",
        "name": name,
        "description": description,
        "kind": i18n.label("source-kind", item.kind, pick.lang) if item.kind else None,
        "publicly_available": item.publicly_available,
    }


def _recipient(pick: TextPicker, item: Recipient, index: int) -> dict[str, Any]:
    lang = pick.lang
    category, description, sector = pick.fields(
        item, ("recipients", index), "category", "description", "sector"
    )
    return {
        "anchor": f"recipient-{item.id}",
        "name": item.name,
        "category": category,
        "description": description,
        "role": i18n.label("recipient-role", item.role, lang) if item.role else None,
        "sector": sector,
        "countries": None
        if item.countries is None
        else [i18n.country_name(c, lang) for c in item.countries],
        "examples": list(item.examples),
        "address": address(item.address, lang),
    }


def catalogue(pick: TextPicker, notice: Notice) -> dict[str, dict[str, dict[str, Any]]]:
    """Data subjects, data categories, sources and recipients by id, ready to show."""
    return {
        "data_subjects": {
            item.id: _subject(pick, item, i) for i, item in enumerate(notice.data_subjects)
        },
        "data_categories": {
            item.id: _data_category(pick, item, i) for i, item in enumerate(notice.data_categories)
        },
        "sources": {item.id: _source(pick, item, i) for i, item in enumerate(notice.sources)},
        "recipients": {
            item.id: _recipient(pick, item, i) for i, item in enumerate(notice.recipients)
        },
    }


def _coded(code: str, lang: str, label: str, text: str) -> dict[str, Any]:
    return {"code": code, "citation": cite(code, lang), "label": label, "text": text}


@cache  # the same few bases on every purpose: one shared view per language
def legal_basis(code: str, lang: str) -> dict[str, Any]:
    return _coded(code, lang, i18n.legal_basis_label(code, lang), i18n.legal_basis_text(code, lang))


def purposes(
    pick: TextPicker, notice: Notice, refs: dict[str, dict[str, dict[str, Any]]]
) -> list[dict[str, Any]]:
    """Every purpose's view; a new purpose links the purposes its data was collected for."""
    views = [purpose(pick, item, i, refs) for i, item in enumerate(notice.purposes)]
    by_id = {item.id: view for item, view in zip(notice.purposes, views, strict=True)}
    for view in views:
        if view["further_processing"]:
            ids = view["further_processing"]["original_purposes"]
            view["further_processing"]["original_purposes"] = _refs(ids, by_id)
    return views


def purpose(
    pick: TextPicker, item: Purpose, index: int, refs: dict[str, dict[str, dict[str, Any]]]
) -> dict[str, Any]:
    at = ("purposes", index)
    name, description, note, interest, law, profiling, objection, consequence = pick.fields(
        item,
        at,
        "name",
        "description",
        "legal_basis_note",
        "legitimate_interest",
        "law",
        "profiling",
        "objection",
        "consequence",
    )
    return {
        "anchor": f"purpose-{item.id}",
        "name": name,
        "description": description,
        "controllers": _refs(item.controllers, refs["controllers"]),
        # with several controllers, a purpose that names none has them "not stated", not "all"
        "controllers_not_stated": not item.controllers and len(refs["controllers"]) > 1,
        "joint_arrangements": [],
        "data_subjects": _refs(item.data_subjects, refs["data_subjects"]),
        "data_categories": _refs(item.data_categories, refs["data_categories"]),
        "sources": _refs(item.sources, refs["sources"]),
        "recipients": None
        if item.recipients is None
        else _refs(item.recipients, refs["recipients"]),
        "legal_bases": [legal_basis(code, pick.lang) for code in item.legal_bases],
        "legal_basis_note": note,
        "legitimate_interest": interest,
        "law": law,
        "criminal_offence_ground": criminal_offence_ground(pick, item, at),
        "requirement": i18n.label("data-requirement", item.requirement, pick.lang)
        if item.requirement
        else None,
        "mandatory": item.mandatory,
        "consequence": consequence,
        "retention": retention(pick, item.retention, *at, "retention"),
        "retention_periods": retention_periods(pick, item, at, refs["data_categories"]),
        "profiling": profiling,
        "automated_decisions": item.automated_decisions,
        "automated_decision_details": decision_details(pick, item, at),
        "objection": objection,
        "direct_marketing": is_direct_marketing(item),
        "objection_right": objection_right(item),
        "high_impact": item.high_impact is True,
        "information_exemptions": exemptions(pick, item, at, refs["sources"]),
        "further_processing": further_processing(pick, item, at),
    }


@cache  # one shared view per mechanism and language
def mechanism(code: str, lang: str) -> dict[str, Any]:
    return _coded(code, lang, i18n.mechanism_label(code, lang), i18n.mechanism_text(code, lang))


def transfers(
    pick: TextPicker, notice: Notice, recipients: dict[str, dict[str, Any]]
) -> list[dict[str, Any]]:
    lang = pick.lang
    views = []
    for i, item in enumerate(notice.transfers):
        at = ("transfers", i)
        views.append(
            {
                "anchor": f"transfer-{item.id}",
                "countries": [i18n.country_name(code, lang) for code in item.countries],
                "international_organisations": [
                    pick(name, *at, "international_organisations", k)
                    for k, name in enumerate(item.international_organisations)
                ],
                "recipients": _refs(item.recipients, recipients),
                "mechanisms": [mechanism(code, lang) for code in item.mechanisms],
                "compelling_interests": pick(
                    item.compelling_interests, *at, "compelling_interests"
                ),
                "description": pick(item.description, *at, "description"),
                "safeguards_copy": pick(item.safeguards_copy, *at, "safeguards_copy"),
                "safeguards_url": item.safeguards_url,
            }
        )
    return views
