"""The shipped catalogs: complete, placeholder-safe, in step with the sources and `.mo` files."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from babel.support import Translations

from noticekit.i18n.loading import DOMAINS
from noticekit.i18n.tools import catalogs
from noticekit.i18n.tools.checks import message_ids
from noticekit.i18n.tools.checks import placeholders
from noticekit.i18n.tools.checks import read_po_file
from noticekit.i18n.tools.checks import template_drift
from noticekit.i18n.tools.checks import translation_problems
from noticekit.i18n.tools.extraction import extract_template
from noticekit.i18n.tools.extraction import repository_root
from noticekit.models.types import SHIPPED_LANGUAGES

ROOT = repository_root()
LOCALE = ROOT / catalogs.LOCALE_DIR


def po(lang: str, domain: str):
    return read_po_file(catalogs.po_path(LOCALE, lang, domain), lang, domain)


@pytest.mark.parametrize("domain", DOMAINS)
@pytest.mark.parametrize("lang", SHIPPED_LANGUAGES)
def test_every_message_is_translated_without_fuzzy_or_lost_placeholders(lang, domain):
    catalog = po(lang, domain)
    assert translation_problems(catalog, f"{lang}/{domain}") == []
    assert message_ids(catalog) == message_ids(read_po_file(LOCALE / f"{domain}.pot"))


@pytest.mark.parametrize("domain", DOMAINS)
def test_template_is_up_to_date_with_the_sources(domain):
    fresh = extract_template(ROOT, domain)
    assert len(fresh) > 0
    assert template_drift(read_po_file(LOCALE / f"{domain}.pot"), fresh, domain) == []


@pytest.mark.parametrize("lang", SHIPPED_LANGUAGES)
def test_a_msgid_in_both_domains_has_one_translation(lang):
    legal = {message.id: message.string for message in po(lang, "legal") if message.id}
    ui = {message.id: message.string for message in po(lang, "ui") if message.id}
    assert {
        key: (legal[key], ui[key]) for key in legal.keys() & ui.keys() if legal[key] != ui[key]
    } == {}


def test_placeholder_in_ui_is_kept_in_every_language():
    for lang in SHIPPED_LANGUAGES:
        assert placeholders(po(lang, "ui")["This text is in %(language)s"].string) == [
            "%(language)s"
        ]


def test_check_reports_an_untranslated_fuzzy_and_broken_message():
    catalog = read_po_file(LOCALE / "ui.pot")
    catalog.locale = None
    catalog["Print"].string = ""
    catalog["Fee"].string = "Gebyr"
    catalog["Fee"].flags.add("fuzzy")
    catalog["This text is in %(language)s"].string = "Denne teksten er på %(sprak)s"
    problems = "\n".join(translation_problems(catalog, "x"))
    assert '"Print" is not translated' in problems
    assert '"Fee" is fuzzy' in problems
    assert "expected ['%(language)s']" in problems


def test_check_command_passes_on_the_shipped_catalogs(capsys):
    assert catalogs.main(["check"]) == 0, capsys.readouterr().err


@pytest.fixture
def checkout(tmp_path: Path) -> Path:
    """A minimal checkout: babel.cfg, one template, an nb catalog with a translation and an old
    message."""
    shutil.copy(ROOT / "babel.cfg", tmp_path / "babel.cfg")
    (tmp_path / "templates").mkdir()
    (tmp_path / "templates" / "page.html.j2").write_text(
        '<h1>{{ _("Your rights") }}</h1>\n<p>{{ _("Hello %(name)s", name=who) }}</p>\n',
        encoding="utf-8",
    )
    nb_po = catalogs.po_path(tmp_path / catalogs.LOCALE_DIR, "nb", "ui")
    nb_po.parent.mkdir(parents=True)
    nb_po.write_text(
        'msgid ""\nmsgstr ""\n"Language: nb\\n"\n\n'
        'msgid "Your rights"\nmsgstr "Dine rettigheter"\n\n'
        'msgid "Gone"\nmsgstr "Borte"\n',
        encoding="utf-8",
    )
    return tmp_path


def test_update_keeps_translations_adds_new_messages_and_fills_english(checkout):
    catalogs.update(checkout, langs=("nb", "en"), domains=("ui",))
    nb = read_po_file(catalogs.po_path(checkout / catalogs.LOCALE_DIR, "nb", "ui"), "nb", "ui")
    en = read_po_file(catalogs.po_path(checkout / catalogs.LOCALE_DIR, "en", "ui"), "en", "ui")
    assert nb["Your rights"].string == "Dine rettigheter"
    assert nb["Hello %(name)s"].string == ""
    assert "Gone" in nb.obsolete
    assert en["Hello %(name)s"].string == "Hello %(name)s"
    assert translation_problems(nb, "nb") == ['nb: "Hello %(name)s" is not translated']
    pot = read_po_file(checkout / catalogs.LOCALE_DIR / "ui.pot")
    assert {message.id for message in pot if message.id} == {"Your rights", "Hello %(name)s"}


def test_update_twice_rewrites_nothing(checkout):
    catalogs.update(checkout, langs=("nb",), domains=("ui",))
    written = {path: path.read_bytes() for path in (checkout / catalogs.LOCALE_DIR).rglob("*.po*")}
    catalogs.update(checkout, langs=("nb",), domains=("ui",))
    assert {path: path.read_bytes() for path in written} == written


def test_shipped_mo_files_match_their_po_files():
    assert catalogs.compiled_problems(ROOT) == []


def test_compile_is_byte_identical_on_a_rerun(checkout, capsys):
    catalogs.compile_all(checkout, langs=("nb",), domains=("ui",))
    mo_file = catalogs.mo_path(checkout / catalogs.LOCALE_DIR, "nb", "ui")
    first = mo_file.read_bytes()
    assert "wrote src/noticekit/locale/nb/LC_MESSAGES/ui.mo" in capsys.readouterr().out
    catalogs.compile_all(checkout, langs=("nb",), domains=("ui",))
    assert mo_file.read_bytes() == first
    assert capsys.readouterr().out == ""


def test_compile_leaves_fuzzy_entries_out(checkout):
    po_file = catalogs.po_path(checkout / catalogs.LOCALE_DIR, "nb", "ui")
    fuzzy_entry = '\n#, fuzzy\nmsgid "Fee"\nmsgstr "Gebyr"\n'
    po_file.write_text(po_file.read_text(encoding="utf-8") + fuzzy_entry, encoding="utf-8")
    catalogs.compile_all(checkout, langs=("nb",), domains=("ui",))
    with catalogs.mo_path(checkout / catalogs.LOCALE_DIR, "nb", "ui").open("rb") as mo_file:
        compiled = Translations(mo_file)
    assert compiled.gettext("Your rights") == "Dine rettigheter"
    assert compiled.gettext("Fee") == "Fee"


def test_check_reports_a_missing_or_stale_mo_file(checkout):
    where = "src/noticekit/locale/nb/LC_MESSAGES/ui.mo"
    assert catalogs.compiled_problems(checkout, langs=("nb",), domains=("ui",)) == [
        f"{where} is missing: run `make i18n-compile`"
    ]
    catalogs.compile_all(checkout, langs=("nb",), domains=("ui",))
    assert catalogs.compiled_problems(checkout, langs=("nb",), domains=("ui",)) == []
    po_file = catalogs.po_path(checkout / catalogs.LOCALE_DIR, "nb", "ui")
    changed = po_file.read_text(encoding="utf-8").replace("Dine rettigheter", "Rettane dine")
    po_file.write_text(changed, encoding="utf-8")
    assert catalogs.compiled_problems(checkout, langs=("nb",), domains=("ui",)) == [
        f"{where} does not match its .po file: run `make i18n-compile`"
    ]


def test_check_ignores_the_babel_version_in_the_mo_header(checkout):
    catalogs.compile_all(checkout, langs=("nb",), domains=("ui",))
    mo_file = catalogs.mo_path(checkout / catalogs.LOCALE_DIR, "nb", "ui")
    content = mo_file.read_bytes()
    version = re.search(rb"Generated-By: Babel [0-9.]+", content).group()
    mo_file.write_bytes(
        content.replace(version, b"Generated-By: Babel 9.9.9"[: len(version)].ljust(len(version)))
    )
    assert catalogs.compiled_problems(checkout, langs=("nb",), domains=("ui",)) == []
