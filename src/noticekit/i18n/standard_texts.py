"""The standard legal texts in a page's language, from the `legal` gettext domain.

Every function takes a code of the notice model and a shipped language and returns
the translated text; an unknown code or language raises a `BuildError` subclass
(`UnknownCodeError`, `UnknownLanguageError`) with a did-you-mean hint::

    right_name("A15", "sv")          # "Rätt till tillgång"
    right_text("A21", "nb")          # what the right to object means, in plain words
    legal_basis_label("A6-1-f", "de")
    mechanism_text("A46-2-c", "da")
    label("recipient-role", "processor", "nn")
    statement("complaint-authority", "en", authority="Datatilsynet")
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache

from noticekit.i18n.languages import UnknownCodeError
from noticekit.i18n.languages import did_you_mean
from noticekit.i18n.legal.labels import LABELS
from noticekit.i18n.legal.legal_bases import LEGAL_BASES
from noticekit.i18n.legal.rights import RIGHTS
from noticekit.i18n.legal.statements import STATEMENTS
from noticekit.i18n.legal.transfers import MECHANISMS
from noticekit.i18n.loading import domain_translations

__all__ = [
    "LABELS", "LEGAL_BASES", "MECHANISMS", "RIGHTS", "STATEMENTS",
    "label", "legal_basis_label", "legal_basis_text", "mechanism_label", "mechanism_text",
    "right_name", "right_text", "statement",
]  # fmt: skip


def _lookup(table: Mapping[str, object], code: str, what: str):
    try:
        return table[code]
    except (KeyError, TypeError):
        raise UnknownCodeError(
            f'unknown {what} "{code}"' + did_you_mean(str(code), table)
        ) from None


@cache  # pages ask for the same few msgids once per item: look each up once
def _translate(msgid: str, lang: str) -> str:
    return domain_translations(lang, "legal").gettext(msgid)


def right_name(code: str, lang: str) -> str:
    """Short name of a data-subject right (`A15` … `A22`, `A21-2`, `A7-3`, `A77`)."""
    return _translate(_lookup(RIGHTS, code, "right").label, lang)


def right_text(code: str, lang: str) -> str:
    """What the right means and how it is used, in plain words."""
    return _translate(_lookup(RIGHTS, code, "right").text, lang)


def legal_basis_label(code: str, lang: str) -> str:
    """Short label of a legal basis (`A6-1-a` … `A6-1-f`, `A9-2-a` … `A9-2-j`)."""
    return _translate(_lookup(LEGAL_BASES, code, "legal basis").label, lang)


def legal_basis_text(code: str, lang: str) -> str:
    """The legal basis in plain words."""
    return _translate(_lookup(LEGAL_BASES, code, "legal basis").text, lang)


def mechanism_label(code: str, lang: str) -> str:
    """Short label of a transfer mechanism (`A45-3`, `A46-*`, `A47`, `A49-*`)."""
    return _translate(_lookup(MECHANISMS, code, "transfer mechanism").label, lang)


def mechanism_text(code: str, lang: str) -> str:
    """The transfer mechanism in plain words."""
    return _translate(_lookup(MECHANISMS, code, "transfer mechanism").text, lang)


@cache  # asked for every item of every page
def label(kind: str, value: str, lang: str) -> str:
    """Label of a code-list value; `kind` is a key of `LABELS` (e.g. `"source-kind"`)."""
    values = _lookup(LABELS, kind, "label kind")
    return _translate(_lookup(values, value, f"{kind} value"), lang)


def statement(key: str, lang: str, **values: str) -> str:
    """A standard sentence (`exercise-rights`, `complaint`, `complaint-authority`,
    `withdraw-consent`), with its `%(name)s` placeholders filled from `values`."""
    text = _translate(_lookup(STATEMENTS, key, "statement"), lang)
    return text % values if values else text
