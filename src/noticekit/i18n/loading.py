"""Load the gettext catalogs from the shipped PO files at run time, cached per language.

Nothing depends on compiled `.mo` files: each PO file is read with Babel and compiled
in memory. Fuzzy entries are left out, as `msgfmt` would.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from io import BytesIO

from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.support import Translations

from noticekit.i18n.languages import require_shipped

#: The gettext domains, in merge order: a later domain wins a clash of msgids.
DOMAINS: tuple[str, ...] = ("legal", "ui")


def locale_dir():
    """Return the packaged `noticekit/locale` folder (a `Traversable`)."""
    return resources.files("noticekit") / "locale"


def read_catalog(lang: str, domain: str) -> Catalog:
    """Read `locale/<lang>/LC_MESSAGES/<domain>.po` into a Babel catalog."""
    path = locale_dir() / lang / "LC_MESSAGES" / f"{domain}.po"
    with path.open("rb") as po_file:
        return read_po(po_file, locale=lang, domain=domain)


def compile_catalog(catalog: Catalog, domain: str) -> Translations:
    """Compile a catalog in memory into `Translations`."""
    buffer = BytesIO()
    write_mo(buffer, catalog)
    buffer.seek(0)
    return Translations(buffer, domain=domain)


@cache
def domain_translations(lang: str, domain: str) -> Translations:
    """Return the translations of one domain (`legal` or `ui`) in a shipped language."""
    lang = require_shipped(lang)
    if domain not in DOMAINS:
        raise ValueError(f'unknown gettext domain "{domain}": expected one of {", ".join(DOMAINS)}')
    return compile_catalog(read_catalog(lang, domain), domain)


@cache
def translations(lang: str) -> Translations:
    """Return one `Translations` holding both domains, for `install_gettext_translations`.

    `gettext`/`ngettext`/`pgettext` look in the merged catalog; `dgettext("legal", ...)`
    and `dgettext("ui", ...)` reach a single domain.
    """
    lang = require_shipped(lang)
    merged = Catalog(locale=lang, domain="messages", fuzzy=False)
    catalogs = {domain: read_catalog(lang, domain) for domain in DOMAINS}
    for catalog in catalogs.values():
        for message in catalog:
            if message.id:
                merged[message.id] = message
    result = compile_catalog(merged, "messages")
    for domain, catalog in catalogs.items():
        result.add(compile_catalog(catalog, domain))
    return result
