"""The Jinja environment factory: user templates over packaged ones, strict undefined, gettext."""

from __future__ import annotations

import importlib.resources
from collections.abc import Callable
from pathlib import Path
from typing import Any

from jinja2 import Environment
from jinja2 import FileSystemLoader
from jinja2 import StrictUndefined

from noticekit.errors import UsageError
from noticekit.render.text import tel_uri

#: Filters every output format shares.
COMMON_FILTERS: dict[str, Callable[..., Any]] = {"tel": tel_uri}


def packaged_templates() -> Path:
    """The folder of the built-in templates (the top-level `templates/`, installed as `noticekit.templates`)."""
    try:
        return Path(str(importlib.resources.files("noticekit.templates")))
    except (
        ModuleNotFoundError
    ):  # a plain editable install maps only `src/`: use the checkout's folder
        return Path(__file__).resolve().parents[3] / "templates"


def template_dirs(user_templates: Path | None) -> list[Path]:
    """The user's template folder first (it overrides file by file), then the packaged one."""
    if user_templates is None:
        return [packaged_templates()]
    if not user_templates.is_dir():
        raise UsageError(f'templates folder "{user_templates}" does not exist or is not a folder')
    return [user_templates, packaged_templates()]


def make_environment(
    user_templates: Path | None,
    *,
    autoescape: bool,
    filters: dict[str, Callable[..., Any]],
) -> Environment:
    """A Jinja environment for one output format; call `use_language` before rendering a page."""
    env = Environment(
        loader=FileSystemLoader([str(path) for path in template_dirs(user_templates)]),
        autoescape=autoescape,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        auto_reload=False,
        extensions=["jinja2.ext.i18n"],
    )
    env.filters.update(COMMON_FILTERS)
    env.filters.update(filters)
    return env


def use_language(env: Environment, translations: Any) -> None:
    """Install the `ui` catalog of the page's language as `_()` / `gettext()` / `ngettext()`."""
    env.install_gettext_translations(translations, newstyle=True)  # type: ignore[attr-defined]
