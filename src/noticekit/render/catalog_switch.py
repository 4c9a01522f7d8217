"""The page's `ui` catalog behind Jinja's gettext functions, switched from page to page."""

from __future__ import annotations

from typing import Any


class PageCatalog:
    """The `ui` catalog of the page being rendered, switched by `use`.

    Jinja's gettext functions are installed over it once per environment
    (`Environment.install_gettext_translations`), so templates imported without context stay
    valid from page to page.
    """

    def __init__(self) -> None:
        self.translations: Any = None

    def use(self, translations: Any) -> None:
        """Translate with `translations` from now on."""
        self.translations = translations

    def gettext(self, message: str) -> str:
        return self.translations.gettext(message)

    def ngettext(self, singular: str, plural: str, count: int) -> str:
        return self.translations.ngettext(singular, plural, count)

    def pgettext(self, context: str, message: str) -> str:
        return self.translations.pgettext(context, message)

    def npgettext(self, context: str, singular: str, plural: str, count: int) -> str:
        return self.translations.npgettext(context, singular, plural, count)
