"""`<id>/<lang>/feed.atom`: an Atom feed (RFC 4287) of a notice's versions, newest first.

One entry per version with a date: its id is the version's identifier, its `updated` the day the
version took effect (or was first committed), its summary what changed. Links are relative to the
feed, so the site can live anywhere. Built with ElementTree, so the XML is well-formed by design.
"""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET

from noticekit.diff.wording import Wording
from noticekit.history.archive import URN_PREFIX
from noticekit.history.archive import NoticeArchive
from noticekit.i18n.markers import N_
from noticekit.render.archive_pages import VERSIONS
from noticekit.render.archive_pages import own_words
from noticekit.render.archive_pages import summary

ATOM = "http://www.w3.org/2005/Atom"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
#: Before any version: the `updated` of a feed without dated versions.
EPOCH = dt.date(1970, 1, 1)


def stamp(day: dt.date) -> str:
    """A day as an Atom date-time (RFC 3339), at midnight UTC."""
    return f"{day.isoformat()}T00:00:00Z"


def element(parent: ET.Element, tag: str, text: str | None = None, **attributes: str) -> ET.Element:
    child = ET.SubElement(parent, tag, attributes)
    child.text = text
    return child


def feed(archive: NoticeArchive, lang: str, title: str) -> str:
    """The feed of `archive` in `lang`, titled `title` (the notice's title in that language)."""
    words = Wording(lang)
    dated = [entry for entry in reversed(archive.entries) if entry.published.start is not None]
    root = ET.Element("feed", {"xmlns": ATOM, XML_LANG: lang})
    element(root, "id", f"{URN_PREFIX}{archive.notice.id}:feed:{lang}")
    element(root, "title", f"{title}: " + words(N_("Versions")))
    newest = dated[0].published.start if dated else None
    element(root, "updated", stamp(newest or EPOCH))
    author = element(root, "author")
    element(author, "name", ", ".join(item.legal_name for item in archive.notice.controllers))
    element(root, "link", rel="self", href="feed.atom")
    element(root, "link", rel="alternate", type="text/html", href="index.html")
    element(root, "link", rel="related", type="text/html", href=f"{VERSIONS}/index.html")
    for entry in dated:
        item = element(root, "entry")
        element(item, "id", entry.iri)
        element(item, "title", words(N_("Version %(version)s"), version=entry.version))
        day = entry.published.start
        assert day is not None
        element(item, "updated", stamp(day))
        if entry.published.notice is not None and lang in entry.published.notice.languages:
            href = f"{VERSIONS}/{entry.slug}/index.html"
            element(item, "link", rel="alternate", type="text/html", href=href)
        element(item, "summary", summary(entry, words))
        own = own_words(entry, lang)
        if own is not None:
            element(
                item,
                "content",
                own.value,
                type="text",
                **({XML_LANG: own.lang} if own.lang else {}),
            )
    ET.indent(root)
    return ET.tostring(root, encoding="unicode", xml_declaration=True) + "\n"
