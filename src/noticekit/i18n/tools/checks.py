"""Checks on the catalogs: complete translations, kept placeholders, templates up to date."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from babel.messages.catalog import Catalog
from babel.messages.catalog import Message
from babel.messages.pofile import read_po

#: Python %-placeholders as gettext's `python-format` uses them: `%(name)s`, `%s`, `%d`.
PLACEHOLDER = re.compile(r"%(?:\([A-Za-z_][A-Za-z0-9_]*\))?[#0\- +]*\d*(?:\.\d+)?[sdifr%]")


def read_po_file(path: Path, lang: str | None = None, domain: str | None = None) -> Catalog:
    """Read a PO or POT file."""
    with path.open("rb") as po_file:
        return read_po(po_file, locale=lang, domain=domain)


def message_ids(catalog: Catalog) -> set[tuple[Any, str | None]]:
    """The `(msgid, msgctxt)` keys of a catalog, without the header."""
    return {(message.id, message.context) for message in catalog if message.id}


def _strings(message: Message) -> tuple[str, ...]:
    """The translation (each plural form of it); an untranslated one is empty."""
    if isinstance(message.string, (tuple, list)):
        return tuple(message.string)
    return (message.string or "",)


def _ids(message: Message) -> tuple[str, ...]:
    return tuple(message.id) if isinstance(message.id, (tuple, list)) else (message.id,)


def placeholders(text: str) -> list[str]:
    """The sorted placeholders of a text, ignoring `%%`."""
    return sorted(found for found in PLACEHOLDER.findall(text) if found != "%%")


def translation_problems(catalog: Catalog, where: str) -> list[str]:
    """Problems of one PO catalog: untranslated or fuzzy messages, lost placeholders."""
    problems = []
    for message in catalog:
        if not message.id:
            continue
        name = f'{where}: "{_ids(message)[0]}"'
        if message.fuzzy:
            problems.append(f"{name} is fuzzy")
        if not all(string.strip() for string in _strings(message)):
            problems.append(f"{name} is not translated")
            continue
        expected = placeholders(_ids(message)[0])
        for string in _strings(message):
            if placeholders(string) != expected:
                problems.append(
                    f"{name} has placeholders {placeholders(string)}, expected {expected}"
                )
    return problems


def template_drift(current: Catalog, fresh: Catalog, where: str) -> list[str]:
    """Messages that the sources have and the `.pot` lacks, or the other way round."""
    added = message_ids(fresh) - message_ids(current)
    removed = message_ids(current) - message_ids(fresh)
    problems = [
        f'{where}: "{_first(key)}" is in the sources but not in the template' for key in added
    ]
    problems += [
        f'{where}: "{_first(key)}" is in the template but no longer in the sources'
        for key in removed
    ]
    return sorted(problems)


def _first(key: tuple) -> str:
    message_id = key[0]
    return message_id[0] if isinstance(message_id, tuple) else message_id
