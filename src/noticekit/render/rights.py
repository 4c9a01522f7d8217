"""View data for the rights: the notice's own, the right to object set apart (GDPR Art. 21(4)), and
the rights the law gives that the notice does not list.

A purpose is attached to a right to object only where the law attaches it: a direct-marketing purpose to
the absolute right of Art. 21(2)–(3), a purpose on Art. 6(1)(e) or (f) to Art. 21(1). A right the notice
does not list is shown only as the law's ("you also have these rights by law"), never as the controller's.
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
from noticekit.render.picker import TextPicker

#: The rights to object, in the order the objection section shows them: direct marketing first.
OBJECTION_RIGHTS = ("A21-2", "A21")


def _statement(item: Right, lang: str) -> str | None:
    """The standard sentence naming the authority to complain to, for `A77` with an authority."""
    if item.right != "A77" or item.authority is None:
        return None
    name = item.authority.name
    if item.authority.country:
        name = f"{name} ({i18n.country_name(item.authority.country, lang)})"
    return i18n.statement("complaint-authority", lang, authority=name)


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
    authority = None
    if item.authority is not None:
        authority = {
            "name": item.authority.name,
            "country": i18n.country_name(item.authority.country, pick.lang)
            if item.authority.country
            else None,
            "url": item.authority.url,
        }
    return {
        **by_law(item.right, pick.lang),
        "description": description,
        "how_to_exercise": how_to_exercise,
        "contact_point": contacts.get(item.contact_point) if item.contact_point else None,
        "not_applicable": not_applicable,
        "authority": authority,
        "statement": _statement(item, pick.lang),
    }


def is_direct_marketing(purpose: Purpose) -> bool:
    """Whether the notice says the purpose is direct marketing: `direct_marketing: true`, or, where the
    flag is not given, the DPV term `dpv:DirectMarketing` (`false` overrides the term)."""
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
    """The objection section: one group per right to object, and the purposes with only an opt-out."""
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
