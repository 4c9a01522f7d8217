"""The register of EEA supervisory authorities (`data/authorities.json`, sources in
`data/README.md`).

A notice names its complaint authority by code (`SE-IMY`). The register gives the authority's
official name in a page's language, its web address and its DPV 2.3 term; it also knows former
names, so lint can tell a notice that still says "Datainspektionen" that IMY took over on
2021-01-01.

Names are shown as the authority writes them. Norwegian, Danish and Swedish names carry their
definite form (`Datatilsynet`, `Integritetsskyddsmyndigheten`), so they stand in a sentence
unchanged; English and German names would need an article or a case ending in running text, so
the catalogs set the name apart (`… the supervisory authority: Datatilsynet`) instead of
declining it.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import json
import re
import unicodedata
from importlib import resources
from typing import Any

REGISTER_FILE = "authorities.json"


@dataclasses.dataclass(frozen=True)
class FormerName:
    """A name the authority no longer uses, and the day it stopped."""

    name: str
    until: dt.date


@dataclasses.dataclass(frozen=True)
class Authority:
    """One supervisory authority of the register."""

    code: str
    country: str
    dpv: str
    native: str
    names: dict[str, str]
    web: str
    abbreviation: str | None = None
    former_names: tuple[FormerName, ...] = ()
    raw: dict[str, Any] = dataclasses.field(default_factory=dict, compare=False, repr=False)

    def name(self, lang: str) -> str:
        """The official name in `lang` where the authority uses one, else its native name."""
        return self.names.get(lang.split("-", 1)[0].lower(), self.names[self.native])

    def current_names(self) -> set[str]:
        """Every current name and the abbreviation, as `normalised` keys."""
        found = {normalised(name) for name in self.names.values()}
        if self.abbreviation:
            found.add(normalised(self.abbreviation))
        return found


def _authority(entry: dict[str, Any]) -> Authority:
    former = tuple(
        FormerName(item["name"], dt.date.fromisoformat(item["until"]))
        for item in entry.get("former_names", ())
    )
    return Authority(
        code=entry["code"],
        country=entry["country"],
        dpv=entry["dpv"],
        native=entry["native"],
        names={lang: item["name"] for lang, item in entry["names"].items()},
        web=entry["web"],
        abbreviation=entry.get("abbreviation"),
        former_names=former,
        raw=entry,
    )


@functools.cache
def register() -> dict[str, Authority]:
    """Every authority of the shipped register, by code; read on first use."""
    text = resources.files("noticekit").joinpath("data", REGISTER_FILE).read_text(encoding="utf-8")
    return {entry["code"]: _authority(entry) for entry in json.loads(text)["authorities"]}


def by_code(code: str) -> Authority | None:
    return register().get(code)


def normalised(name: str) -> str:
    """A name as compared: lower case, no accents, no punctuation or articles around it."""
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    words = re.findall(r"[a-z0-9]+", plain)
    return " ".join(word for word in words if word not in ("the", "der", "die", "das"))


@functools.cache
def _names() -> tuple[dict[str, list[Authority]], dict[str, list[tuple[Authority, FormerName]]]]:
    current: dict[str, list[Authority]] = {}
    former: dict[str, list[tuple[Authority, FormerName]]] = {}
    for authority in register().values():
        for key in authority.current_names():
            current.setdefault(key, []).append(authority)
        for item in authority.former_names:
            former.setdefault(normalised(item.name), []).append((authority, item))
    return current, former


def name_keys(name: str) -> list[str]:
    """`name` as compared, whole and in parts: `Integritetsskyddsmyndigheten (IMY)` is also
    `integritetsskyddsmyndigheten` and `imy`."""
    parts = [name, re.sub(r"\(.*?\)", " ", name), *re.findall(r"\((.*?)\)", name)]
    return [key for key in dict.fromkeys(normalised(part) for part in parts) if key]


def with_name(name: str) -> list[Authority]:
    """The authorities whose current name or abbreviation is `name` (Datatilsynet: NO and DK)."""
    found = (_names()[0].get(key, []) for key in name_keys(name))
    return list({authority.code: authority for group in found for authority in group}.values())


def formerly_named(name: str) -> list[tuple[Authority, FormerName]]:
    """The authorities that were once called `name`, with that former name."""
    return [item for key in name_keys(name) for item in _names()[1].get(key, [])]


def all_names() -> list[str]:
    """Every current name and abbreviation in the register, for did-you-mean."""
    return sorted({name for authority in register().values() for name in authority.names.values()})
