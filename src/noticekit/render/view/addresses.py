"""Where a notice's pages are published, when the notice gives `canonical_url`: the address of its
folder (`<id>/`, the landing page). The site itself links its pages relatively.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit
from urllib.parse import urlunsplit

LANDING = "landing"


def language_address(canonical_url: str, lang: str) -> str:
    """The published address of the page in `lang`: `https://example.no/personvern/nb/`."""
    parts = urlsplit(canonical_url)
    return urlunsplit((parts.scheme, parts.netloc, f"{parts.path.rstrip('/')}/{lang}/", "", ""))


def canonical(canonical_url: str | None, page: str) -> str | None:
    """`rel=canonical` of the landing page (`page == LANDING`) or of a language page; None when
    the notice does not say where it is published."""
    if canonical_url is None:
        return None
    return canonical_url if page == LANDING else language_address(canonical_url, page)


def alternates(canonical_url: str | None, languages: list[str]) -> list[dict[str, Any]]:
    """Absolute `hreflang` alternates: every language, and the landing page as `x-default`; none
    when the notice does not say where it is published (the pages then link their languages
    relatively)."""
    if canonical_url is None:
        return []
    links = [(tag, language_address(canonical_url, tag)) for tag in languages]
    return [{"hreflang": tag, "href": href} for tag, href in [*links, ("x-default", canonical_url)]]
