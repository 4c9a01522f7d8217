"""The complaint authority is one the register knows, under its current name.

Article: GDPR Art. 13(2)(d), 14(2)(e), 77. The notice must tell the reader of the right to lodge a
complaint with a supervisory authority; a name the authority no longer uses, or a name no authority
has, sends the reader nowhere. noticekit checks the authority against its register of EEA
supervisory authorities (`noticekit/data/authorities.json`). An unknown `code` is an error: nothing
can be shown for it. A former name (`Datainspektionen`, Sweden's authority until 2021-01-01) or a
name the register does not know is a warning: the notice may keep the name it states, and the owners
decide.

Beyond the Regulation: Art. 13(2)(d) requires the right to complain, not the authority's name;
noticekit also asks that a named authority be one that exists under that name.

PASS::

    rights:
      - right: A77
        authority: {code: SE-IMY, name: Integritetsskyddsmyndigheten}

FAIL::

    rights:
      - right: A77
        authority: {name: Datainspektionen}
"""

from __future__ import annotations

import difflib
from collections.abc import Iterator

from noticekit.lint.base import Finding
from noticekit.lint.base import RuleContext
from noticekit.lint.rules._util import rights_with
from noticekit.load.source import DataPath
from noticekit.models import Notice
from noticekit.models import SupervisoryAuthority
from noticekit.registers import authorities as register

CODE = "NK038"
NAME = "authority-outdated-or-unknown"
LEVEL = "error"
ARTICLE = "GDPR Art. 13(2)(d), 14(2)(e), 77"
URL = "https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_13"


def check(notice: Notice, ctx: RuleContext) -> Iterator[Finding]:
    for index, right in rights_with(notice, "A77"):
        if right.authority is not None:
            yield from _authority(right.authority, ("rights", index, "authority"))


def _authority(authority: SupervisoryAuthority, at: DataPath) -> Iterator[Finding]:
    if authority.code is not None:
        known = register.by_code(authority.code)
        if known is None:
            hint = difflib.get_close_matches(authority.code, list(register.register()), n=1)
            suggestion = f' (did you mean "{hint[0]}"?)' if hint else ""
            yield Finding(
                (*at, "code"), f'unknown authority code "{authority.code}"{suggestion}', "error"
            )
            return
        if authority.country and authority.country != known.country:
            yield Finding(
                (*at, "country"),
                f'the country "{authority.country}" is not that of '
                f"{_label(known)} ({known.country})",
                "error",
            )
    if authority.name is not None:
        yield from _name(authority, at)


def _name(authority: SupervisoryAuthority, at: DataPath) -> Iterator[Finding]:
    name = authority.name or ""
    coded = register.by_code(authority.code) if authority.code else None
    current = register.with_name(name)
    if coded is not None and coded in current or coded is None and current:
        return
    for known, former in register.formerly_named(name):
        if coded is None or known.code == coded.code:
            yield Finding(
                (*at, "name"),
                f'"{name}" is an outdated name: the authority has been {_label(known)} '
                f"since {former.until.isoformat()}"
                + ("" if coded else f'; give its code "{known.code}"'),
                "warning",
            )
            return
    if coded is not None:
        message = f'"{name}" is not a name of {_label(coded)} in the register'
    else:
        hint = difflib.get_close_matches(name, register.all_names(), n=1, cutoff=0.6)
        suggestion = f' (did you mean "{hint[0]}"?)' if hint else ""
        message = f'"{name}" is not a supervisory authority in noticekit\'s register{suggestion}'
    yield Finding((*at, "name"), message, "warning")


def _label(authority: register.Authority) -> str:
    """`IMY, Integritetsskyddsmyndigheten` (code `SE-IMY`)."""
    native = authority.name(authority.native)
    short = f"{authority.abbreviation}, {native}" if authority.abbreviation else native
    return f'{short} (code "{authority.code}")'
