"""Run-time loading: shipped `.mo` files, domains merged, usable by Jinja, as in the PO files."""

from __future__ import annotations

import subprocess
import sys
from io import BytesIO

import jinja2
import pytest
from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo
from babel.support import Translations

from noticekit.i18n import translations
from noticekit.i18n.languages import UnknownLanguageError
from noticekit.i18n.loading import DOMAINS
from noticekit.i18n.loading import domain_translations
from noticekit.i18n.tools import catalogs
from noticekit.i18n.tools.checks import read_po_file
from noticekit.i18n.tools.extraction import repository_root
from noticekit.models.types import SHIPPED_LANGUAGES

LOCALE = repository_root() / catalogs.LOCALE_DIR


def po(lang: str, domain: str) -> Catalog:
    return read_po_file(catalogs.po_path(LOCALE, lang, domain), lang, domain)


def test_translations_merges_both_domains():
    nb = translations("nb")
    assert nb.gettext("Your rights") == "Dine rettigheter"
    assert nb.gettext("Right of access") == "Rett til innsyn"
    assert nb.dgettext("legal", "Right of access") == "Rett til innsyn"
    assert nb.dgettext("ui", "Your rights") == "Dine rettigheter"


def test_translations_are_cached_per_language():
    assert translations("sv") is translations("sv")
    assert translations("sv") is not translations("da")


def test_domain_translations_keep_to_their_domain():
    assert domain_translations("de", "ui").gettext("Right of access") == "Right of access"
    with pytest.raises(ValueError, match='unknown gettext domain "web"'):
        domain_translations("de", "web")


def test_jinja_newstyle_gettext_with_placeholder():
    env = jinja2.Environment(extensions=["jinja2.ext.i18n"], autoescape=True)
    env.install_gettext_translations(translations("nn"), newstyle=True)
    page = env.from_string('<p>{{ _("This text is in %(language)s", language=name) }}</p>')
    assert page.render(name="<engelsk>") == "<p>Denne teksten er på &lt;engelsk&gt;</p>"


def test_a_region_tag_uses_the_catalog_of_its_language():
    assert translations("nb-NO").gettext("Your rights") == "Dine rettigheter"
    assert translations("de-AT").gettext("Print") == "Drucken"


def test_unknown_language():
    with pytest.raises(UnknownLanguageError, match='no built-in catalog for language "fi"'):
        translations("fi")
    with pytest.raises(UnknownLanguageError, match='no built-in catalog for language "fi-FI"'):
        translations("fi-FI")


def test_import_does_not_load_jinja():
    code = (
        "import sys, noticekit.i18n; noticekit.i18n.translations('nb'); "
        "print('jinja2' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"


def _compiled_in_memory(catalog: Catalog, domain: str) -> Translations:
    buffer = BytesIO()
    write_mo(buffer, catalog)
    buffer.seek(0)
    return Translations(buffer, domain=domain)


def translations_from_po(lang: str) -> Translations:
    """The loader before `.mo` files shipped: PO files merged into a Catalog, compiled in memory."""
    merged = Catalog(locale=lang, domain="messages", fuzzy=False)
    po_catalogs = {domain: po(lang, domain) for domain in DOMAINS}
    for catalog in po_catalogs.values():
        for message in catalog:
            if message.id:
                merged[message.id] = message
    result = _compiled_in_memory(merged, "messages")
    for domain, catalog in po_catalogs.items():
        result.add(_compiled_in_memory(catalog, domain))
    return result


def _answers(catalog: Translations, message_id, context) -> list[str]:
    if isinstance(message_id, tuple):
        singular, plural = message_id
        calls = [(catalog.ngettext, singular, plural, n) for n in range(4)]
        for name in DOMAINS:
            calls += [(catalog.dngettext, name, singular, plural, n) for n in range(4)]
    else:
        calls = [(catalog.gettext, message_id)]
        calls += [(catalog.dgettext, name, message_id) for name in DOMAINS]
    if context is not None:
        calls = [(catalog.pgettext, context, message_id)]
    return [call[0](*call[1:]) for call in calls]


@pytest.mark.parametrize("lang", SHIPPED_LANGUAGES)
def test_mo_loader_answers_every_message_as_the_po_files_compiled_in_memory(lang):
    loaded = translations(lang)
    reference = translations_from_po(lang)
    keys = {(item.id, item.context) for domain in DOMAINS for item in po(lang, domain) if item.id}
    assert len(keys) > 50
    for message_id, context in sorted(keys, key=repr):
        expected = _answers(reference, message_id, context)
        assert _answers(loaded, message_id, context) == expected, message_id
    assert [loaded.plural(n) for n in range(120)] == [reference.plural(n) for n in range(120)]
    for domain in DOMAINS:
        expected = _compiled_in_memory(po(lang, domain), domain)
        loaded_domain = domain_translations(lang, domain)
        for item in po(lang, domain):
            if not item.id:
                continue
            message_id = item.id if isinstance(item.id, str) else item.id[0]
            if isinstance(item.id, tuple):
                for n in range(4):
                    assert loaded_domain.ngettext(*item.id, n) == expected.ngettext(*item.id, n)
            elif item.context is not None:
                assert loaded_domain.pgettext(item.context, message_id) == expected.pgettext(
                    item.context, message_id
                )
            else:
                assert loaded_domain.gettext(message_id) == expected.gettext(message_id)


def test_merged_catalog_keeps_the_first_domain_on_a_clash(monkeypatch):
    from noticekit.i18n import loading

    def fake_mo(lang: str, domain: str) -> bytes:
        catalog = Catalog(locale=lang, fuzzy=False)
        catalog.add("Same", f"from {domain}")
        buffer = BytesIO()
        write_mo(buffer, catalog)
        return buffer.getvalue()

    monkeypatch.setattr(loading, "read_mo_bytes", fake_mo)
    merged = loading.translations.__wrapped__("nb")
    assert merged.gettext("Same") == "from legal"
    assert merged.dgettext("ui", "Same") == "from ui"


def test_the_loader_reads_no_po_file():
    code = (
        "import sys, noticekit.i18n; noticekit.i18n.translations('nb');"
        " print('babel.messages.pofile' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"
