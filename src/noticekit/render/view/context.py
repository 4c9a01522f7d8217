"""Turn a notice and a language into plain view data for the templates: ids resolved, texts
picked."""

from __future__ import annotations

from typing import Any

from noticekit import i18n
from noticekit.load.source import SourceDocument
from noticekit.models import Notice
from noticekit.render.view import addresses
from noticekit.render.view import parts
from noticekit.render.view import processing
from noticekit.render.view.picker import TextPicker
from noticekit.render.view.rights import rights
from noticekit.render.view.summary import summary


def _language_links(lang: str, languages: list[str]) -> list[dict[str, Any]]:
    return [
        {
            "tag": tag,
            "name": i18n.language_name(tag, tag),
            "in_page_language": i18n.language_name(tag, lang),
            "current": tag == lang,
            "href": f"../{tag}/index.html",
            "md_href": f"../{tag}/notice.md",
        }
        for tag in languages
    ]


def _language_status(notice: Notice, lang: str, languages: list[str]) -> dict[str, Any] | None:
    """What the page says about its language: a translation (from which language), a machine
    translation, the authoritative language (linked where it is built) and the version's note; None
    for an original that is authoritative or whose status the notice does not declare, and no note.
    """
    version = notice.language_versions.get(lang)
    authoritative = notice.authoritative_language
    if authoritative == lang:
        authoritative = None
    status = version.status if version else None
    note = version.note if version else None
    if authoritative is None and note is None and status in (None, "original"):
        return None
    source = version.translated_from if version else None
    return {
        "status": status,
        "translated_from": i18n.language_name(source, lang) if source else None,
        "note": note,
        "authoritative": None
        if authoritative is None
        else {
            "tag": authoritative,
            "name": i18n.language_name(authoritative, lang),
            "built": authoritative in languages,
        },
    }


def _contents(page: dict[str, Any]) -> list[dict[str, Any]]:
    """The page's sections in order: `{anchor, title}`, title None for the built-in ones (named by
    templates)."""
    shown = {
        "about": True,
        "controllers": True,
        "purposes": True,
        "data-subjects": bool(page["data_subjects"]),
        "data-categories": True,
        "sources": bool(page["sources"]) or "indirect" in page["collection"],
        "recipients": True,
        "transfers": True,
        "objection": page["objection"] is not None,
        "rights": True,
        "automated-decisions": True,
        "contact": bool(page["contact_points"]),
        "security": bool(page["security"]),
        "cookies": page["cookies"] is not None,
        "changes": page["changes"] is not None,
    }
    builtin = [{"anchor": anchor, "title": None} for anchor, show in shown.items() if show]
    return builtin + [
        {"anchor": section["anchor"], "title": section["title"]} for section in page["sections"]
    ]


def _extras(pick: TextPicker, notice: Notice) -> dict[str, Any]:
    """Automated decisions, security, cookies, changes and free sections."""
    lang = pick.lang
    adm = notice.automated_decision_making
    cookies = notice.cookies
    changes = notice.changes
    return {
        "automated_decision_making": None
        if adm is None
        else {
            "in_use": adm.in_use,
            **{
                key: pick(getattr(adm, key), "automated_decision_making", key)
                for key in ("logic", "significance", "consequences", "safeguards")
            },
        },
        "security": [pick(text, "security", i) for i, text in enumerate(notice.security)],
        "cookies": None
        if cookies is None
        else {
            "description": pick(cookies.description, "cookies", "description"),
            "how_to_control": pick(cookies.how_to_control, "cookies", "how_to_control"),
            "entries": [
                {
                    "anchor": f"cookie-{item.id}",
                    "name": pick(item.name, "cookies", "items", i, "name"),
                    "provider": item.provider,
                    "purpose": pick(item.purpose, "cookies", "items", i, "purpose"),
                    "duration": pick(item.duration, "cookies", "items", i, "duration"),
                    "category": i18n.label("cookie-category", item.category, lang)
                    if item.category
                    else None,
                    "party": i18n.label("cookie-party", item.party, lang) if item.party else None,
                }
                for i, item in enumerate(cookies.items)
            ],
        },
        "changes": None
        if changes is None
        else {
            "announcement": pick(changes.announcement, "changes", "announcement"),
            "history": [
                {
                    "date": i18n.format_date(item.date, lang),
                    "iso_date": item.date.isoformat(),
                    "version": item.version,
                    "summary": pick(item.summary, "changes", "history", i, "summary"),
                }
                for i, item in enumerate(changes.history)
            ],
        },
        "sections": [
            {
                "anchor": f"section-{item.id}",
                "title": pick(item.title, "sections", i, "title"),
                "body": pick(item.body, "sections", i, "body"),
            }
            for i, item in enumerate(notice.sections)
        ],
    }


def _joint_arrangements(
    pick: TextPicker,
    notice: Notice,
    controllers: dict[str, dict[str, Any]],
    purposes: list[dict[str, Any]],
    contacts: dict[str, dict[str, Any]],
) -> list[dict[str, Any]]:
    """The Art. 26 arrangements, each also linked from its controllers and its purposes."""
    by_id = {"controllers": controllers, "contacts": contacts}
    by_id["purposes"] = {
        item.id: view for item, view in zip(notice.purposes, purposes, strict=True)
    }
    views = []
    for index, item in enumerate(notice.joint_arrangements):
        view = parts.joint_arrangement(pick, item, index, by_id)
        link = {"anchor": view["anchor"], "name": view["name"]}  # a link, not the view: no cycles
        for member in view["controllers"]:
            member["joint_arrangements"].append(link)
        for purpose in view["purposes"]:
            purpose["joint_arrangements"].append(link)
        views.append(view)
    return views


#: The list of versions and the feed, from a notice's current pages (`<id>/<lang>/`).
VERSION_LINKS = {"index": "versions/index.html", "feed": "feed.atom"}


def page_context(
    doc: SourceDocument, notice: Notice, lang: str, languages: list[str], versions: bool = False
) -> dict[str, Any]:
    """Everything a page template shows for `notice` in `lang`; raises BuildError for missing
    texts. With `versions`, the pages link to the notice's list of versions and its feed."""
    pick = TextPicker(doc, lang, notice.fallback_language)
    refs = processing.catalogue(pick, notice)
    refs["controllers"] = {
        item.id: parts.controller(pick, item, i) for i, item in enumerate(notice.controllers)
    }
    contacts = {
        item.id: parts.contact_point(pick, item, i, refs["controllers"])
        for i, item in enumerate(notice.contact_points)
    }
    purposes = processing.purposes(pick, notice, refs)
    joint = _joint_arrangements(pick, notice, refs["controllers"], purposes, contacts)
    other_rights, objection, rights_by_law = rights(pick, notice, contacts, purposes)
    scope = notice.scope
    page = {
        "id": notice.id,
        "lang": lang,
        "dir": i18n.text_direction(lang),
        "title": pick(notice.title, "title"),
        "version": notice.version,
        "effective_date": i18n.format_date(notice.effective_date, lang)
        if notice.effective_date
        else None,
        "iso_effective_date": notice.effective_date.isoformat() if notice.effective_date else None,
        "languages": _language_links(lang, languages),
        "canonical": addresses.canonical(notice.canonical_url, lang),
        "alternates": addresses.alternates(notice.canonical_url, languages),
        "language_status": _language_status(notice, lang, languages),
        "fallback_language": notice.fallback_language,
        "fallback_language_name": (
            i18n.language_name(notice.fallback_language, lang) if notice.fallback_language else None
        ),
        "collection": list(notice.collection),
        "collection_labels": [
            i18n.label("collection-mode", mode, lang) for mode in notice.collection
        ],
        "exercise_rights": i18n.statement("exercise-rights", lang),
        "audience": pick(notice.audience, "audience"),
        "addressed_to_children": notice.addressed_to_children,
        "jurisdictions": [i18n.country_name(code, lang) for code in notice.jurisdictions],
        "canonical_url": notice.canonical_url,
        "introduction": pick(notice.introduction, "introduction"),
        "scope": None
        if scope is None
        else {
            "covers": pick(scope.covers, "scope", "covers"),
            "excludes": pick(scope.excludes, "scope", "excludes"),
        },
        "controllers": list(refs["controllers"].values()),
        "joint_arrangements": joint,
        "dpo": parts.dpo(pick, notice.dpo),
        "data_subjects": list(refs["data_subjects"].values()),
        "data_categories": list(refs["data_categories"].values()),
        "sources": list(refs["sources"].values()),
        "purposes": purposes,
        "high_impact_purposes": [view for view in purposes if view["high_impact"]],
        "recipients": list(refs["recipients"].values()),
        "recipients_note": pick(notice.recipients_note, "recipients_note"),
        "transfers": processing.transfers(pick, notice, refs["recipients"]),
        "no_transfers": notice.no_transfers,
        "objection": objection,
        "rights": other_rights,
        "rights_by_law": rights_by_law,
        "contact_points": list(contacts.values()),
        **_extras(pick, notice),
    }
    pick.raise_if_missing()
    page["archive"] = None  # an earlier version's note; see noticekit.render.archive
    page["versions"] = VERSION_LINKS if versions else None
    page["contents"] = _contents(page)
    page["summary"] = summary(page)
    page["no_recipients"] = not page["recipients"] and all(
        view["recipients"] == [] for view in purposes
    )
    return page
