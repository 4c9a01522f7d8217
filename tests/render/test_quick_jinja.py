"""The quicker Jinja runtime pieces give the same text as Jinja's own, every way they are called."""

from __future__ import annotations

from pathlib import Path

import jinja2
import pytest
from jinja2 import pass_context
from markupsafe import Markup

from noticekit.render.env import make_environment
from noticekit.render.env import use_language
from noticekit.render.quick_jinja import CatalogGettext
from noticekit.render.quick_jinja import ViewCodeGenerator
from noticekit.render.quick_jinja import ViewContext
from noticekit.render.template_errors import BrokenTemplate

TEMPLATE = (
    '{% macro m(a, b="d") %}[{{ a }}{{ b }}]{% endmacro %}'
    "{% for x in items %}{% set y = x %}{{ m(x) }}{{ m(x, x) }}{{ _('Fee') }}{{ who() }}{% endfor %}"
    "{% block b %}{{ m('<') }}{{ _('Fee') }}{{ who() }}{% endblock %}"
)


class Catalog:
    def gettext(self, message: str) -> str:
        return {"Fee": "<Gebyr>"}.get(message, message)

    def ngettext(self, singular: str, plural: str, count: int) -> str:
        return singular if count == 1 else plural


@pass_context
def who(context) -> str:
    return context.get("y", "-")


def render(env: jinja2.Environment) -> str:
    env.globals["who"] = who
    return env.from_string(TEMPLATE).render(items=["<a>", "b"])


def test_macros_gettext_and_context_functions_in_loops_and_blocks_match_jinja(tmp_path: Path):
    quick = make_environment(tmp_path, autoescape=True, filters={})
    use_language(quick, Catalog())
    plain = jinja2.Environment(autoescape=True, extensions=["jinja2.ext.i18n"])
    plain.install_gettext_translations(Catalog(), newstyle=True)
    assert quick.context_class is ViewContext
    assert isinstance(quick.globals["_"], CatalogGettext)
    assert render(quick) == render(plain)
    assert render(quick).startswith("[&lt;a&gt;d][&lt;a&gt;&lt;a&gt;]<Gebyr>&lt;a&gt;[bd]")


def test_compiled_lookups_escaping_and_includes_match_jinja(tmp_path: Path):
    (tmp_path / "part.j2").write_text(
        "{{ d.title }}{% for x in d['list'] %}<{{ x }}>{% endfor %}", encoding="utf-8"
    )
    page = (
        "{{ d.title }}|{{ d.nested.title }}|{{ d.items is callable }}|{{ d.markup }}|{{ d.number }}|"
        "{{ obj.real }}|{% include 'part.j2' %}|{% autoescape false %}{{ d.title }}{% endautoescape %}"
    )
    (tmp_path / "page.j2").write_text(page, encoding="utf-8")
    data = {
        "title": "<t>",
        "nested": {"title": "&"},
        "list": ["a", "<b>"],
        "markup": Markup("<i>"),
        "number": 3,
    }
    quick = make_environment(tmp_path, autoescape=True, filters={})
    plain = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(tmp_path)),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
    )
    assert quick.code_generator_class is ViewCodeGenerator
    assert quick.get_template("page.j2").render(d=data, obj=2) == plain.get_template(
        "page.j2"
    ).render(d=data, obj=2)
    assert (
        quick.get_template("page.j2")
        .render(d=data, obj=2)
        .startswith("&lt;t&gt;|&amp;|True|<i>|3|2|&lt;t&gt;<a><&lt;b&gt;>|<t>")
    )
    with pytest.raises(BrokenTemplate, match="page.j2:1: template error: 'dict object' has no attribute 'nested'"):
        quick.get_template("page.j2").render(d={"title": "x"}, obj=2)
