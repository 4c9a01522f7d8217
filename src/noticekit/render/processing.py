"""View data for what is processed: subjects, data, sources, purposes, recipients, transfers."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from noticekit import i18n
from noticekit.models import Notice
from noticekit.models import Purpose
from noticekit.models import Retention
from noticekit.render.durations import duration_in_words
from noticekit.render.picker import TextPicker

#: Legal bases under which the data subject may object (Art. 21(1)).
OBJECTABLE_BASES = frozenset({"A6-1-e", "A6-1-f"})


@lru_cache(maxsize=None)  # few codes, cited on every page
def citation(code: str) -> str:
    """The article a code names, cited the usual way: `A6-1-b` is `GDPR Art. 6(1)(b)`."""
    article, *parts = code.removeprefix("A").split("-")
    return f"GDPR Art. {article}" + "".join(f"({part})" for part in parts)


def _refs(ids: list[str], table: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    return [table[item] for item in ids if item in table]


def catalogue(pick: TextPicker, notice: Notice) -> dict[str, dict[str, dict[str, Any]]]:
    """Data subjects, data categories, sources, recipients and controllers by id, ready to show."""
    lang = pick.lang
    subjects = {
        item.id: {
            "anchor": f"subjects-{item.id}",
            "name": pick(item.name, "data_subjects", i, "name"),
            "description": pick(item.description, "data_subjects", i, "description"),
        }
        for i, item in enumerate(notice.data_subjects)
    }
    data = {
        item.id: {
            "anchor": f"data-{item.id}",
            "name": pick(item.name, "data_categories", i, "name"),
            "description": pick(item.description, "data_categories", i, "description"),
            "special_category": item.special_category,
            "criminal_offence": item.criminal_offence,
            "requirement": i18n.label("data-requirement", item.requirement, lang)
            if item.requirement
            else None,
            "mandatory": item.mandatory,
            "consequence": pick(item.consequence, "data_categories", i, "consequence"),
        }
        for i, item in enumerate(notice.data_categories)
    }
    sources = {
        item.id: {
            "anchor": f"source-{item.id}",
            "name": pick(item.name, "sources", i, "name"),
            "description": pick(item.description, "sources", i, "description"),
            "kind": i18n.label("source-kind", item.kind, lang) if item.kind else None,
            "publicly_available": item.publicly_available,
        }
        for i, item in enumerate(notice.sources)
    }
    recipients = {
        item.id: {
            "anchor": f"recipient-{item.id}",
            "name": item.name,
            "category": pick(item.category, "recipients", i, "category"),
            "description": pick(item.description, "recipients", i, "description"),
            "role": i18n.label("recipient-role", item.role, lang) if item.role else None,
            "sector": pick(item.sector, "recipients", i, "sector"),
            "countries": None
            if item.countries is None
            else [i18n.country_name(c, lang) for c in item.countries],
            "examples": list(item.examples),
        }
        for i, item in enumerate(notice.recipients)
    }
    return {
        "data_subjects": subjects,
        "data_categories": data,
        "sources": sources,
        "recipients": recipients,
    }


def retention(pick: TextPicker, value: Retention | None, *at: str | int) -> dict[str, Any] | None:
    if value is None:
        return None
    return {
        "duration": duration_in_words(value.duration, pick.lang) if value.duration else None,
        "event": pick(value.event, *at, "event"),
        "criteria": pick(value.criteria, *at, "criteria"),
    }


def _coded(code: str, label: str, text: str) -> dict[str, Any]:
    return {"code": code, "citation": citation(code), "label": label, "text": text}


@lru_cache(maxsize=None)  # the same few bases on every purpose: one shared view per language
def legal_basis(code: str, lang: str) -> dict[str, Any]:
    return _coded(code, i18n.legal_basis_label(code, lang), i18n.legal_basis_text(code, lang))


def purpose(
    pick: TextPicker, item: Purpose, index: int, refs: dict[str, dict[str, dict[str, Any]]]
) -> dict[str, Any]:
    at = ("purposes", index)
    return {
        "anchor": f"purpose-{item.id}",
        "name": pick(item.name, *at, "name"),
        "description": pick(item.description, *at, "description"),
        "controllers": _refs(item.controllers, refs["controllers"]),
        "data_subjects": _refs(item.data_subjects, refs["data_subjects"]),
        "data_categories": _refs(item.data_categories, refs["data_categories"]),
        "sources": _refs(item.sources, refs["sources"]),
        "recipients": None
        if item.recipients is None
        else _refs(item.recipients, refs["recipients"]),
        "legal_bases": [legal_basis(code, pick.lang) for code in item.legal_bases],
        "legal_basis_note": pick(item.legal_basis_note, *at, "legal_basis_note"),
        "legitimate_interest": pick(item.legitimate_interest, *at, "legitimate_interest"),
        "law": pick(item.law, *at, "law"),
        "retention": retention(pick, item.retention, *at, "retention"),
        "profiling": pick(item.profiling, *at, "profiling"),
        "automated_decisions": item.automated_decisions,
        "objection": pick(item.objection, *at, "objection"),
        "objectable": bool(OBJECTABLE_BASES.intersection(item.legal_bases))
        or item.objection is not None,
        "high_impact": item.high_impact,
    }


@lru_cache(maxsize=None)  # one shared view per mechanism and language
def mechanism(code: str, lang: str) -> dict[str, Any]:
    return _coded(code, i18n.mechanism_label(code, lang), i18n.mechanism_text(code, lang))


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
                "recipients": _refs(item.recipients, recipients),
                "mechanism": mechanism(item.mechanism, lang) if item.mechanism else None,
                "description": pick(item.description, *at, "description"),
                "safeguards_copy": pick(item.safeguards_copy, *at, "safeguards_copy"),
                "safeguards_url": item.safeguards_url,
            }
        )
    return views
