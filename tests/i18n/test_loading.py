"""Run-time loading: PO files compiled in memory, both domains merged, usable by Jinja."""

from __future__ import annotations

import subprocess
import sys

import jinja2
import pytest

from noticekit.i18n import translations
from noticekit.i18n.languages import UnknownLanguageError
from noticekit.i18n.loading import domain_translations


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
    code = "import sys, noticekit.i18n; noticekit.i18n.translations('nb'); print('jinja2' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"
