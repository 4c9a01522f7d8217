"""Languages for rendering: gettext catalogs, the standard legal texts and Babel formatting.

Used by `noticekit build` only (it imports Babel, never Jinja). The API:

- `translations(lang)` -> `babel.support.Translations` with both gettext domains, `legal`
  and `ui`, merged; hand it to Jinja::

      env = jinja2.Environment(extensions=["jinja2.ext.i18n"])
      env.install_gettext_translations(translations("nb"), newstyle=True)

- The standard legal texts (see `noticekit.i18n.standard_texts`): `right_name`,
  `right_text`, `legal_basis_label`, `legal_basis_text`, `mechanism_label`,
  `mechanism_text`, `label(kind, value, lang)` and `statement(key, lang, **values)`.
- Babel formatting (see `noticekit.i18n.formatting`): `format_date(date, lang)`,
  `language_name(tag, in_lang)`, `country_name(code, lang)`, `text_direction(lang)`.
  ISO 8601 durations in words: `noticekit.i18n.durations.duration_in_words(duration, lang)`.

Catalogs and standard texts exist for `SHIPPED_LANGUAGES` (nb, nn, sv, da, en, de); formatting works
for any language Babel knows. An unknown language raises `UnknownLanguageError`, an unknown code
`UnknownCodeError`; both are `BuildError`s. The catalogs are the PO files in `noticekit/locale/`;
the `.mo` files compiled from them are what a build reads. Maintain them with `python -m
noticekit.i18n.tools.catalogs extract|update|compile|check` (`make i18n-extract`, `make
i18n-update`, `make i18n-compile`, `make i18n-check`).
"""

from __future__ import annotations

from noticekit.i18n.formatting import country_name
from noticekit.i18n.formatting import format_date
from noticekit.i18n.formatting import language_name
from noticekit.i18n.formatting import text_direction
from noticekit.i18n.languages import SOURCE_LANGUAGE
from noticekit.i18n.languages import UnknownCodeError
from noticekit.i18n.languages import UnknownLanguageError
from noticekit.i18n.loading import DOMAINS
from noticekit.i18n.loading import translations
from noticekit.i18n.standard_texts import label
from noticekit.i18n.standard_texts import legal_basis_label
from noticekit.i18n.standard_texts import legal_basis_text
from noticekit.i18n.standard_texts import mechanism_label
from noticekit.i18n.standard_texts import mechanism_text
from noticekit.i18n.standard_texts import right_name
from noticekit.i18n.standard_texts import right_text
from noticekit.i18n.standard_texts import statement
from noticekit.models.types import SHIPPED_LANGUAGES

__all__ = [
    "DOMAINS", "SHIPPED_LANGUAGES", "SOURCE_LANGUAGE", "UnknownCodeError", "UnknownLanguageError",
    "country_name", "format_date", "label", "language_name", "legal_basis_label",
    "legal_basis_text", "mechanism_label", "mechanism_text", "right_name", "right_text",
    "statement", "text_direction", "translations",
]  # fmt: skip
