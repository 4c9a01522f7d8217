"""Where a notice's pages are: relative links on the site, absolute addresses when the notice gives
`canonical_url`, the address its folder (`<id>/`, the landing page) is published at.
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


def alternates(canonical_url: str | None, languages: list[str], page: str) -> list[dict[str, Any]]:
    """`hreflang` alternates: every language, and the landing page as `x-default`; absolute when
    the notice gives `canonical_url`, else relative to `page` (the landing page or a language)."""
    if canonical_url is not None:
        links = [(tag, language_address(canonical_url, tag)) for tag in languages]
        return _links([*links, ("x-default", canonical_url)])
    up = "" if page == LANDING else "../"
    links = [(tag, f"{up}{tag}/index.html") for tag in languages]
    return _links([*links, ("x-default", f"{up}index.html")])


def _links(pairs: list[tuple[str, str]]) -> list[dict[str, Any]]:
    return [{"hreflang": tag, "href": href} for tag, href in pairs]
