"""Load the shipped compiled gettext catalogs (`.mo`) at run time, cached per language.

The `.mo` files are compiled from the PO files by `python -m noticekit.i18n.tools.catalogs compile`
(`make i18n-compile`); a test and `catalogs check` keep them in step with the PO files.
No PO file is parsed at run time: that cost every build process over 0.1 s.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from io import BytesIO

from babel.support import Translations

from noticekit.i18n.languages import require_shipped

#: The gettext domains. In the merged catalog the first domain wins a clash of msgids
#: (the shipped catalogs give a msgid in both domains one translation; a test checks).
DOMAINS: tuple[str, ...] = ("legal", "ui")

#: The domain name of the merged catalog.
MERGED_DOMAIN = "messages"


def locale_dir():
    """Return the packaged `noticekit/locale` folder (a `Traversable`)."""
    return resources.files("noticekit") / "locale"


def read_mo_bytes(lang: str, domain: str) -> bytes:
    """Return the content of `locale/<lang>/LC_MESSAGES/<domain>.mo`."""
    return (locale_dir() / lang / "LC_MESSAGES" / f"{domain}.mo").read_bytes()


def _require_domain(domain: str) -> None:
    if domain not in DOMAINS:
        raise ValueError(f'unknown gettext domain "{domain}": expected one of {", ".join(DOMAINS)}')


@cache
def domain_translations(lang: str, domain: str) -> Translations:
    """Return the translations of one domain (`legal` or `ui`) in a shipped language."""
    lang = require_shipped(lang)
    _require_domain(domain)
    return Translations(BytesIO(read_mo_bytes(lang, domain)), domain=domain)


@cache
def translations(lang: str) -> Translations:
    """Return one `Translations` holding both domains, for `install_gettext_translations`.

    `gettext`/`ngettext`/`pgettext` look in the merged catalog; `dgettext("legal", ...)`
    and `dgettext("ui", ...)` reach a single domain (falling back to the merged one).
    """
    lang = require_shipped(lang)
    compiled = {domain: read_mo_bytes(lang, domain) for domain in DOMAINS}
    # Fresh objects, not the cached `domain_translations`: `add` gives each a fallback.
    merged = Translations(BytesIO(compiled[DOMAINS[-1]]), domain=MERGED_DOMAIN)
    for domain in reversed(DOMAINS[:-1]):
        merged.merge(Translations(BytesIO(compiled[domain])))
    for domain in DOMAINS:
        merged.add(Translations(BytesIO(compiled[domain]), domain=domain))
    return merged
