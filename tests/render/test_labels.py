"""The page labels: every `label["…"]` a template reads is in `LABELS`, the same as `_()`."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from markupsafe import Markup

from noticekit import i18n
from noticekit.render.env import use_language
from noticekit.render.html import HtmlRenderer
from noticekit.render.labels import LABELS
from noticekit.render.labels import page_labels

TEMPLATES = Path(__file__).parents[2] / "templates"


def test_every_label_a_template_reads_is_in_labels():
    read = {
        msgid
        for path in TEMPLATES.glob("*.j2")
        for msgid in re.findall(r'label\["([A-Z][^"]*)"\]', path.read_text(encoding="utf-8"))
    }
    assert read and read <= set(LABELS)


@pytest.mark.parametrize("lang", i18n.SHIPPED_LANGUAGES)
def test_html_labels_are_the_markup_of_gettext(lang):
    env = HtmlRenderer().env
    translations = i18n.translations(lang)
    use_language(env, translations)
    template = env.from_string("{{ _(msgid) }}|{{ label[msgid] }}")
    labels = page_labels(translations, markup=True)
    for msgid in LABELS:
        by_gettext, by_label = template.render(msgid=msgid, label=labels).split("|")
        assert by_label == by_gettext and isinstance(labels[msgid], Markup)


def test_html_labels_are_made_once_per_language():
    renderer = HtmlRenderer()
    first, titles = renderer.use_language("nb")
    assert first["Legal basis"] != "Legal basis" and titles["rights"] == "Dine rettigheter"
    assert renderer.use_language("nb")[0] is first
    assert HtmlRenderer().use_language("nb")[0] is not first  # another build makes its own
