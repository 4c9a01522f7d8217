"""The page's `ui` catalog behind Jinja's gettext functions, switched from page to page."""

from __future__ import annotations

from typing import Any

from jinja2 import pass_eval_context
from jinja2.nodes import EvalContext
from markupsafe import Markup


class PageCatalog:
    """The `ui` catalog of the page being rendered, switched by `use`.

    Jinja's gettext functions are installed over it once per environment
    (`Environment.install_gettext_translations`), so templates imported without context stay
    valid from page to page. `_()` and `gettext()` are then `translate`, which gives what Jinja's
    new-style gettext gives, and keeps each message's result for the catalog: a page asks for
    the same few dozen labels hundreds of times.
    """

    def __init__(self) -> None:
        self.translations: Any = None
        #: Per catalog: each message without variables, translated and `%`-formatted, as plain
        #: text and as markup.
        self._done: dict[Any, tuple[dict[str, str], dict[str, str]]] = {}
        self._current: tuple[dict[str, str], dict[str, str]] = ({}, {})

    def use(self, translations: Any) -> None:
        """Translate with `translations` from now on."""
        self.translations = translations
        self._current = self._done.setdefault(translations, ({}, {}))

    @pass_eval_context
    def translate(self, eval_ctx: EvalContext, message: str, /, **variables: Any) -> str:
        """Jinja's new-style `gettext`: the translation, markup where the page autoescapes, always
        `%`-formatted (with `variables`, escaped under autoescape)."""
        if variables:
            return self._formatted(eval_ctx.autoescape, message, variables)
        done = self._current[eval_ctx.autoescape]
        text = done.get(message)
        if text is None:
            text = done[message] = self._formatted(eval_ctx.autoescape, message, {})
        return text

    def _formatted(self, autoescape: bool, message: str, variables: dict[str, Any]) -> str:
        text = self.translations.gettext(message)
        return (Markup(text) if autoescape else text) % variables

    def gettext(self, message: str) -> str:
        return self.translations.gettext(message)

    def ngettext(self, singular: str, plural: str, count: int) -> str:
        return self.translations.ngettext(singular, plural, count)

    def pgettext(self, context: str, message: str) -> str:
        return self.translations.pgettext(context, message)

    def npgettext(self, context: str, singular: str, plural: str, count: int) -> str:
        return self.translations.npgettext(context, singular, plural, count)
