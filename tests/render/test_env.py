"""The Jinja environment: user templates first, strict undefined, autoescape per format."""

from __future__ import annotations

from pathlib import Path

import jinja2
import pytest

from noticekit.errors import UsageError
from noticekit.render.env import make_environment
from noticekit.render.env import packaged_templates
from noticekit.render.env import template_dirs


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
    with pytest.raises(jinja2.UndefinedError):
        html.get_template("t.j2").render()
