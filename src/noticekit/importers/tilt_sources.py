"""TILT's `sources` (Art. 14(2)(f)): each source description becomes a noticekit source, given
to the purposes of the data category it names."""

from __future__ import annotations

from typing import Any

from noticekit.importers import values as read
from noticekit.importers.record import ImportRecord
from noticekit.importers.tilt_purpose import Facts


def map_sources(
    doc: dict[str, Any], record: ImportRecord, lang: str, by_category: dict[str, Facts]
) -> list[dict[str, Any]]:
    """The sources, each added to the facts of its data category (looked up by name)."""
    sources: list[dict[str, Any]] = []
    ids = read.Ids()
    for number, entry in enumerate(read.items(doc.get("sources"))):
        category = read.text(entry.get("dataCategory"))
        facts = by_category.get((category or "").casefold())
        for inner, item in enumerate(read.items(entry.get("sources"))):
            path = f"sources[{number}].sources[{inner}]"
            described, address = read.text(item.get("description")), read.text(item.get("url"))
            name = described or address
            if name is None:
                continue
            at = ("sources", len(sources))
            source: dict[str, Any] = {"id": ids.new(name, "source"), "name": {lang: name}}
            if (public := read.flag(item.get("publiclyAvailable"))) is not None:
                source["publicly_available"] = public
            if described:
                record.keep(at, f"{path}.url", item.get("url"))
            if len(name) > 60:
                message = "the name is TILT's description of the source; give it a short name"
                record.review(at, f"{path}.description", message)
            if facts is None:
                message = f'"{category}" is no data category of dataDisclosed; add it to purposes'
                record.review(at, f"sources[{number}].dataCategory", message)
            else:
                facts.sources.append(source["id"])
            sources.append(source)
    return sources
