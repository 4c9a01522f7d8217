"""The Jinja environment factory: user templates over packaged ones, strict undefined, gettext."""

from __future__ import annotations

import contextlib
import hashlib
import importlib.resources
from collections.abc import Callable
from pathlib import Path
from typing import Any

import jinja2
from jinja2 import Environment
from jinja2 import FileSystemBytecodeCache
from jinja2 import FileSystemLoader
from jinja2 import StrictUndefined
from jinja2 import Template

from noticekit.errors import NoticekitError
from noticekit.errors import UsageError
from noticekit.render.catalog_switch import PageCatalog
from noticekit.render.template_errors import broken_template
from noticekit.render.text import tel_uri

#: Names a plain dict answers as attributes (its methods); `item.x` looks these up as Jinja does.
DICT_ATTRIBUTES = frozenset(dir(dict))
#: Filters every output format shares.
COMMON_FILTERS: dict[str, Callable[..., Any]] = {"tel": tel_uri}


class ReportingTemplate(Template):
    """A template whose failures are BrokenTemplate errors at the template's file and line."""

    def render(self, *args: Any, **kwargs: Any) -> str:
        try:
            return super().render(*args, **kwargs)
        except Exception as error:
            raise _reported(error, self.environment) from error

    def make_module(self, *args: Any, **kwargs: Any) -> Any:
        try:
            return super().make_module(*args, **kwargs)
        except Exception as error:
            raise _reported(error, self.environment, rewritten=False) from error


def _reported(error: Exception, env: Environment, *, rewritten: bool = True) -> Exception:
    """`error` as a BrokenTemplate where it is the template's fault; otherwise `error` itself."""
    if isinstance(error, NoticekitError):
        return error
    folders = env.__dict__.get("_noticekit_folders", ())
    return broken_template(error, folders, rewritten=rewritten) or error


class ViewEnvironment(Environment):
    """An environment that reads `page.title` from the view dicts without a failed `getattr` first.

    Same result as Jinja's lookup (attribute, then item): a dict's own attributes are its methods,
    and those names still go the usual way. A template that does not compile, or fails while
    rendering, raises BrokenTemplate (see `template_errors`).
    """

    template_class = ReportingTemplate

    def get_template(self, *args: Any, **kwargs: Any) -> Template:
        """Jinja's `get_template`; a syntax error is a BrokenTemplate at its own file and line.

        Other errors (a template not found) go on to the rendering template that asked, whose
        traceback holds the line of the `include` or `extends`.
        """
        try:
            return super().get_template(*args, **kwargs)
        except jinja2.TemplateSyntaxError as error:
            raise _reported(error, self) from error

    def getattr(self, obj: Any, attribute: str) -> Any:
        if type(obj) is dict and attribute not in DICT_ATTRIBUTES:
            try:
                return obj[attribute]
            except KeyError:
                return self.undefined(obj=obj, name=attribute)
        return super().getattr(obj, attribute)


class CompiledTemplates(FileSystemBytecodeCache):
    """Jinja's cache of compiled templates in its private per-user temporary folder, one set per
    environment configuration; a folder that cannot be read or written just means compiling again.

    Entries are keyed by template path and checked against the source's checksum, so an edited
    template is compiled afresh. Compiling the shipped templates takes about half a second.
    """

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        try:
            super().load_bytecode(bucket)
        except (OSError, EOFError, ValueError):
            bucket.reset()

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        with contextlib.suppress(OSError):
            super().dump_bytecode(bucket)


def compiled_templates(
    settings: dict[str, Any], filters: dict[str, Callable[..., Any]]
) -> CompiledTemplates | None:
    """The cache for environments made with `settings` and `filters`; None where Jinja finds no safe
    folder for it. Jinja compiles in how each filter is called (with the context or not), so the
    filters' names and kinds are part of the key."""
    kinds = sorted(
        (name, repr(getattr(func, "jinja_pass_arg", None))) for name, func in filters.items()
    )
    key = hashlib.sha256(
        repr((jinja2.__version__, __file__, sorted(settings.items()), kinds)).encode()
    ).hexdigest()[:16]
    try:
        return CompiledTemplates(pattern=f"__noticekit_{key}_%s.cache")
    except (OSError, RuntimeError):
        return None


def packaged_templates() -> Path:
    """The folder of the built-in templates (the top-level `templates/`, installed as
    `noticekit.templates`)."""
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
    settings: dict[str, Any] = {
        "autoescape": autoescape,
        "undefined": StrictUndefined,
        "trim_blocks": True,
        "lstrip_blocks": True,
        "keep_trailing_newline": True,
        "extensions": ["jinja2.ext.i18n"],
    }
    folders = template_dirs(user_templates)
    env = ViewEnvironment(
        loader=FileSystemLoader([str(path) for path in folders]),
        auto_reload=False,
        cache_size=-1,
        bytecode_cache=compiled_templates(settings, {**COMMON_FILTERS, **filters}),
        **settings,
    )
    env.__dict__["_noticekit_folders"] = folders
    env.filters.update(COMMON_FILTERS)
    env.filters.update(filters)
    return env


class SectionTitles(dict[str, str]):
    """The built-in section headings of `titles.j2` in one language (`title["rights"]`), each
    rendered once, while that language is in use: markup in HTML, text in Markdown."""

    def __init__(self, title: Callable[[str], str]) -> None:
        super().__init__()
        self._title = title

    def __missing__(self, anchor: str) -> str:
        self[anchor] = heading = self._title(anchor)
        return heading


def section_titles(env: Environment) -> SectionTitles:
    """The section titles of `env`'s `titles.j2`, for one language."""
    module = env.get_template("titles.j2").make_module({})
    return SectionTitles(module.title)  # type: ignore[attr-defined]


def use_language(env: Environment, translations: Any) -> None:
    """Install the `ui` catalog of the page's language as `_()` / `gettext()` / `ngettext()`.

    The functions are installed once per environment over a `PageCatalog`, which this switches;
    `_()` and `gettext()` are its `translate`, Jinja's new-style gettext with each message kept.
    """
    catalog = env.globals.get("page_catalog")
    if not isinstance(catalog, PageCatalog):
        catalog = env.globals["page_catalog"] = PageCatalog()
        env.install_gettext_translations(catalog, newstyle=True)  # type: ignore[attr-defined]
        env.globals["_"] = env.globals["gettext"] = catalog.translate
    catalog.use(translations)
