"""The Jinja environment: user templates first, strict undefined, autoescape per format."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from noticekit.errors import UsageError
from noticekit.render.env import make_environment
from noticekit.render.env import packaged_templates
from noticekit.render.env import template_dirs
from noticekit.render.template_errors import BrokenTemplate


def test_packaged_templates_are_found():
    assert (packaged_templates() / "notice.html.j2").is_file()
    assert (packaged_templates() / "notice.md.j2").is_file()


def test_user_folder_comes_first(tmp_path: Path):
    assert template_dirs(tmp_path) == [tmp_path, packaged_templates()]
    with pytest.raises(UsageError):
        template_dirs(tmp_path / "missing")


def test_strict_undefined_and_autoescape(tmp_path: Path):
    (tmp_path / "t.j2").write_text("{{ value }}", encoding="utf-8")
    html = make_environment(tmp_path, autoescape=True, filters={})
    assert html.get_template("t.j2").render(value="<b>") == "&lt;b&gt;"
    assert (
        make_environment(tmp_path, autoescape=False, filters={})
        .get_template("t.j2")
        .render(value="<b>")
        == "<b>"
    )
    with pytest.raises(BrokenTemplate, match="t.j2:1: template error: 'value' is undefined"):
        html.get_template("t.j2").render()


def test_view_dicts_read_like_jinja_reads_them(tmp_path: Path):
    (tmp_path / "t.j2").write_text(
        "{{ d.title }}|{{ d['items'] }}|{{ d.items is callable }}", encoding="utf-8"
    )
    env = make_environment(tmp_path, autoescape=True, filters={})
    assert env.get_template("t.j2").render(d={"title": "<b>", "items": "x"}) == "&lt;b&gt;|x|True"
    with pytest.raises(BrokenTemplate, match="has no attribute 'title'"):
        env.get_template("t.j2").render(d={})


def test_gettext_is_jinjas_new_style_gettext(tmp_path: Path):
    """Translations are markup under autoescape, `%` formatted, with variables, and follow `{%
    autoescape %}`."""
    from noticekit.render.env import use_language

    class Catalog:
        def gettext(self, message: str) -> str:
            return {"Fee": "A & B 100%%", "Hello %(name)s": "Hei %(name)s"}.get(message, message)

        def ngettext(self, singular: str, plural: str, count: int) -> str:
            return singular if count == 1 else plural

    template = (
        '{{ _("Fee") }}|{{ gettext("Hello %(name)s", name="<x>") }}'
        '|{% autoescape false %}{{ _("Fee") }}{% endautoescape %}|{{ _("Fee") }}'
    )
    (tmp_path / "t.j2").write_text(template, encoding="utf-8")
    env = make_environment(tmp_path, autoescape=True, filters={})
    use_language(env, Catalog())
    assert env.get_template("t.j2").render() == "A & B 100%|Hei &lt;x&gt;|A & B 100%|A & B 100%"


def test_gettext_follows_the_page_language_when_switched_back_and_forth(tmp_path: Path):
    """Each message's translation is kept per catalog: a switched language never gives another's."""
    from noticekit.render.env import use_language

    class Catalog:
        def __init__(self, words: dict[str, str]) -> None:
            self.words = words

        def gettext(self, message: str) -> str:
            return self.words.get(message, message)

        def ngettext(self, singular: str, plural: str, count: int) -> str:
            return singular if count == 1 else plural

    (tmp_path / "t.j2").write_text('{{ _("Law") }}/{{ gettext("Law") }}', encoding="utf-8")
    env = make_environment(tmp_path, autoescape=True, filters={})
    nb, sv = Catalog({"Law": "Lov & rett"}), Catalog({"Law": "Lag"})
    rendered = []
    for catalog in (nb, sv, nb, sv):
        use_language(env, catalog)
        rendered.append(env.get_template("t.j2").render())
    assert rendered == ["Lov & rett/Lov & rett", "Lag/Lag"] * 2


def test_macros_called_every_way(tmp_path: Path):
    macros = (
        '{% macro m(a, b="d") %}[{{ a }}{{ b }}]{% endmacro %}'
        "{% macro c() %}({{ caller() }}){% endmacro %}"
        "{% macro k(a) %}{{ kwargs }}{{ varargs }}{% endmacro %}"
    )
    use = (
        '{{ m("<") }}{{ m(1, 2) }}{{ m(b=3, a=4) }}{% call c() %}in{% endcall %}{{ k(1, 2, x=3) }}'
    )
    (tmp_path / "t.j2").write_text(macros + use, encoding="utf-8")
    expected = "[&lt;d][12][43](in){&#39;x&#39;: 3}(2,)"
    assert (
        make_environment(tmp_path, autoescape=True, filters={}).get_template("t.j2").render()
        == expected
    )
    with pytest.raises(TypeError):
        make_environment(tmp_path, autoescape=True, filters={}).from_string(
            macros + "{{ m(1, 2, 3) }}"
        ).render()


def test_compiled_templates_are_reused_and_an_unusable_cache_is_no_error(
    tmp_path: Path, monkeypatch
):
    from noticekit.render import env as env_module

    (tmp_path / "t.j2").write_text("{{ 1 + 1 }}", encoding="utf-8")
    cache = env_module.CompiledTemplates(directory=str(tmp_path / "cache"), pattern="%s.cache")
    (tmp_path / "cache").mkdir()
    monkeypatch.setattr(env_module, "compiled_templates", lambda settings, filters: cache)
    assert (
        make_environment(tmp_path, autoescape=True, filters={}).get_template("t.j2").render() == "2"
    )
    assert len(list((tmp_path / "cache").iterdir())) == 1
    assert (
        make_environment(tmp_path, autoescape=True, filters={}).get_template("t.j2").render() == "2"
    )
    shutil.rmtree(
        tmp_path / "cache"
    )  # writing now fails: the template is still compiled and rendered
    assert (
        make_environment(tmp_path, autoescape=True, filters={}).get_template("t.j2").render() == "2"
    )
