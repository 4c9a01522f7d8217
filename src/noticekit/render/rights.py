"""View data for the rights, with the right to object set apart (GDPR Art. 21(4))."""

from __future__ import annotations

from functools import cache
from typing import Any

from noticekit import i18n
from noticekit.i18n.citations import cite
from noticekit.models import Notice
from noticekit.models import Right
from noticekit.models import SupervisoryAuthority
from noticekit.registers.authorities import by_code
from noticekit.registers.authorities import normalised
from noticekit.render.picker import TextPicker

#: The rights shown in the separate objection section instead of with the others.
OBJECTION_RIGHTS = ("A21", "A21-2")


def authority_view(authority: SupervisoryAuthority, lang: str) -> dict[str, Any]:
    """The authority as a page shows it: the register's official name where the notice gives a known
    code, with the name the notice gives beside it where that differs; else the notice's name."""
    registered = by_code(authority.code) if authority.code else None
    name = authority.name or authority.code or ""
    stated = authority.name
    aside: list[str] = []
    named_as = None
    if registered is not None:
        name = registered.name(lang)
        if stated and normalised(stated) != normalised(name):
            if normalised(stated) in registered.current_names():
                aside.append(stated)  # another official name of it, e.g. the native one
            else:
                named_as = i18n.statement("authority-named-as", lang, name=stated)
    country = authority.country or (registered.country if registered else None)
    if country:
        aside.append(i18n.country_name(country, lang))
    shown = f"{name} ({', '.join(aside)})" if aside else name
    statement = i18n.statement("complaint-authority", lang, authority=shown)
    return {
        "name": name,
        "country": i18n.country_name(country, lang) if country else None,
        "url": authority.url or (registered.web if registered else None),
        "statement": f"{statement} {named_as}" if named_as else statement,
    }


@cache  # every notice lists the same rights: look up their texts once per language
def _standard(code: str, lang: str) -> tuple[str, str, str]:
    """The citation, name and standard text of a right."""
    return cite(code, lang), i18n.right_name(code, lang), i18n.right_text(code, lang)


def right(
    pick: TextPicker, item: Right, index: int, contacts: dict[str, dict[str, Any]]
) -> dict[str, Any]:
    at = ("rights", index)
    cited, name, standard_text = _standard(item.right, pick.lang)
    description, how_to_exercise, not_applicable = pick.fields(
        item, at, "description", "how_to_exercise", "not_applicable"
    )
    authority = authority_view(item.authority, pick.lang) if item.authority is not None else None
    return {
        "anchor": f"right-{item.right.lower()}",
        "code": item.right,
        "citation": cited,
        "name": name,
        "standard_text": standard_text,
        "description": description,
        "how_to_exercise": how_to_exercise,
        "contact_point": contacts.get(item.contact_point) if item.contact_point else None,
        "not_applicable": not_applicable,
        "authority": authority,
        "statement": authority["statement"] if authority else None,
    }


def rights(
    pick: TextPicker,
    notice: Notice,
    contacts: dict[str, dict[str, Any]],
    purposes: list[dict[str, Any]],
) -> tuple[list[dict[str, Any]], dict[str, Any] | None]:
    """The rights other than objection, and the objection section (None where it does not apply)."""
    views = [right(pick, item, i, contacts) for i, item in enumerate(notice.rights)]
    others = [view for view in views if view["code"] not in OBJECTION_RIGHTS]
    objection_rights = [view for view in views if view["code"] in OBJECTION_RIGHTS]
    objectable = [view for view in purposes if view["objectable"]]
    if not objection_rights and not objectable:
        return others, None
    objection = {
        "rights": objection_rights,
        "standard_text": None if objection_rights else i18n.right_text("A21", pick.lang),
        "standard_name": i18n.right_name("A21", pick.lang),
        "purposes": objectable,
    }
    return others, objection
