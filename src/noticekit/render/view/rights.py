"""View data for the rights: the notice's own, the right to object set apart (GDPR Art. 21(4)), and
the rights the law gives that the notice does not list.

A purpose is attached to a right to object only where the law attaches it: a direct-marketing
purpose to the absolute right of Art. 21(2)–(3), a purpose on Art. 6(1)(e) or (f) to Art. 21(1). A
right the notice does not list is shown only as the law's ("you also have these rights by law"),
never as the controller's.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from noticekit import i18n
from noticekit.i18n.citations import cite
from noticekit.i18n.legal.rights import RIGHTS
from noticekit.models import Notice
from noticekit.models import Purpose
from noticekit.models import Right
from noticekit.models import SupervisoryAuthority
from noticekit.registers.authorities import by_code
from noticekit.registers.authorities import normalised
from noticekit.render.view.picker import TextPicker

#: The rights to object, in the order the objection section shows them: direct marketing first.
OBJECTION_RIGHTS = ("A21-2", "A21")


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


@cache
def by_law(code: str, lang: str) -> dict[str, Any]:
    """A right as the law gives it: name, citation and standard text, nothing from a notice."""
    cited, name, standard_text = _standard(code, lang)
    return {
        "anchor": f"right-{code.lower()}",
        "code": code,
        "citation": cited,
        "name": name,
        "standard_text": standard_text,
    }


def right(
    pick: TextPicker, item: Right, index: int, contacts: dict[str, dict[str, Any]]
) -> dict[str, Any]:
    at = ("rights", index)
    description, how_to_exercise, not_applicable = pick.fields(
        item, at, "description", "how_to_exercise", "not_applicable"
    )
    authority = authority_view(item.authority, pick.lang) if item.authority is not None else None
    return {
        **by_law(item.right, pick.lang),
        "description": description,
        "how_to_exercise": how_to_exercise,
        "contact_point": contacts.get(item.contact_point) if item.contact_point else None,
        "not_applicable": not_applicable,
        "authority": authority,
        "statement": authority["statement"] if authority else None,
    }


def is_direct_marketing(purpose: Purpose) -> bool:
    """Whether the notice says the purpose is direct marketing: `direct_marketing: true`, or, where
    the flag is not given, the DPV term `dpv:DirectMarketing` (`false` overrides the term)."""
    if purpose.direct_marketing is not None:
        return purpose.direct_marketing
    return "dpv:DirectMarketing" in purpose.dpv


def objection_right(purpose: Purpose) -> str | None:
    """The right to object the law attaches to a purpose: Art. 21(2) for direct marketing, 21(1)
    for processing on Art. 6(1)(e) or (f), none otherwise."""
    if is_direct_marketing(purpose):
        return "A21-2"
    if "A6-1-e" in purpose.legal_bases or "A6-1-f" in purpose.legal_bases:
        return "A21"
    return None


def _objection(
    lang: str, listed: dict[str, dict[str, Any]], purposes: list[dict[str, Any]]
) -> dict[str, Any] | None:
    """The objection section: one group per right to object, and the purposes with only an
    opt-out."""
    groups = []
    for code in OBJECTION_RIGHTS:
        applies_to = [view for view in purposes if view["objection_right"] == code]
        if code in listed or applies_to:
            groups.append(
                {
                    **by_law(code, lang),
                    "listed": listed.get(code),
                    "purposes": applies_to,
                }
            )
    opt_outs = [view for view in purposes if view["objection_right"] is None and view["objection"]]
    if not groups and not opt_outs:
        return None
    return {"groups": groups, "opt_outs": opt_outs}


def rights(
    pick: TextPicker,
    notice: Notice,
    contacts: dict[str, dict[str, Any]],
    purposes: list[dict[str, Any]],
) -> tuple[list[dict[str, Any]], dict[str, Any] | None, list[dict[str, Any]]]:
    """The notice's rights other than objection, the objection section (None where it has nothing to
    show), and the rights the law gives that neither shows."""
    views = [right(pick, item, i, contacts) for i, item in enumerate(notice.rights)]
    others = [view for view in views if view["code"] not in OBJECTION_RIGHTS]
    listed = {view["code"]: view for view in views if view["code"] in OBJECTION_RIGHTS}
    objection = _objection(pick.lang, listed, purposes)
    shown = {view["code"] for view in views}
    if objection is not None:
        shown.update(group["code"] for group in objection["groups"])
    also = [by_law(code, pick.lang) for code in RIGHTS if code not in shown]
    return others, objection, also
