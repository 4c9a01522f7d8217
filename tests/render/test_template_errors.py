"""A broken user template is reported at its file and line, as a BuildError (exit 1)."""

from __future__ import annotations

from pathlib import Path

import pytest

from noticekit.errors import BuildError
from noticekit.render.env import make_environment
from noticekit.render.template_errors import BrokenTemplate


def render(folder: Path, name: str = "t.j2", **values: object) -> str:
    env = make_environment(folder, autoescape=True, filters={})
    return env.get_template(name).render(**values)


@pytest.mark.parametrize(
    ("files", "expected"),
    [
        ({"t.j2": "a\n{% if x %}\nb\n"}, "t.j2:3: template error: Unexpected end of template."),
        ({"t.j2": "a\nb\n{{ nosuchname }}\n"}, "t.j2:3: template error: 'nosuchname' is undefined"),
        (
            {"t.j2": "a\n{{ page.nosuchkey }}\n"},
            "t.j2:2: template error: 'dict object' has no attribute",
        ),
        (
            {"t.j2": "a\n\n{% include 'nope.j2' %}\n"},
            't.j2:3: template error: template "nope.j2" not found',
        ),
        (
            {"t.j2": "{% include 'part.j2' %}\n", "part.j2": "x\n{% for %}\n"},
            "part.j2:2: template error:",
        ),
        (
            {"t.j2": "{% include 'part.j2' %}\n", "part.j2": "\n{{ nope.x }}\n"},
            "part.j2:2: template error:",
        ),
        (
            {"t.j2": "ok\n{{ 1 / 0 }}\n"},
            "t.j2:2: template error: ZeroDivisionError: division by zero",
        ),
    ],
)
def test_the_error_names_the_template_file_and_line(tmp_path: Path, monkeypatch, files, expected):
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    with pytest.raises(BrokenTemplate) as caught:
        render(Path("."), page={})
    assert isinstance(caught.value, BuildError)
    assert str(caught.value).startswith(expected)
    assert "\n" not in str(caught.value)


def test_a_macro_module_names_its_file_but_not_a_line_jinja_did_not_map(
    tmp_path: Path, monkeypatch
):
    (tmp_path / "titles.j2").write_text("{% set x = nothing.here %}\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    env = make_environment(Path("."), autoescape=False, filters={})
    with pytest.raises(
        BrokenTemplate, match=r"^titles\.j2: template error: 'nothing' is undefined$"
    ):
        env.get_template("titles.j2").make_module({})


def test_control_characters_in_the_message_are_escaped(tmp_path: Path, monkeypatch):
    (tmp_path / "t.j2").write_text("{{ fail() }}\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)

    def fail() -> None:
        raise ValueError("bad \x1b[2J value")

    with pytest.raises(BrokenTemplate) as caught:
        render(Path("."), fail=fail)
    assert "\x1b" not in str(caught.value)
    assert "\\x1b[2J" in str(caught.value)


def test_an_error_outside_the_users_templates_is_not_blamed_on_them(tmp_path: Path):
    """A bug in noticekit's own filters or templates keeps its traceback: it is not the user's."""
    (tmp_path / "t.j2").write_text("{{ 'x' | boom }}\n", encoding="utf-8")

    def boom(value: str) -> str:
        raise RuntimeError("a bug")

    env = make_environment(tmp_path, autoescape=False, filters={"boom": boom})
    with pytest.raises(BrokenTemplate, match=r"t\.j2:1: template error: RuntimeError: a bug"):
        env.get_template("t.j2").render()
    packaged_only = make_environment(None, autoescape=False, filters={"boom": boom})
    with pytest.raises(RuntimeError, match="a bug"):
        packaged_only.from_string("{{ 'x' | boom }}").render()
