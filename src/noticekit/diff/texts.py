"""Texts compared language by language: what changed in which language, and whether only in one.

Whitespace that Markdown does not show (line breaks inside a paragraph, runs of spaces) is not a
change; a new paragraph is.
"""

from __future__ import annotations

import re

Texts = dict[str, str] | None

PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n\s*")


def normalised(text: str) -> str:
    """The text as a reader sees it: paragraphs kept, each paragraph's whitespace folded."""
    return "\n\n".join(" ".join(part.split()) for part in PARAGRAPH_BREAK.split(text.strip()))


def changed_languages(old: dict[str, str], new: dict[str, str]) -> list[str]:
    """The languages whose text differs (added and removed languages included), in tag order."""
    languages = sorted(set(old) | set(new))
    return [
        lang
        for lang in languages
        if lang not in old or lang not in new or normalised(old[lang]) != normalised(new[lang])
    ]


def text_change(old: Texts, new: Texts, authoritative: str) -> tuple[str, Texts, Texts] | None:
    """(kind, old texts, new texts) of a text field, changed languages only; None if unchanged.

    A change in the authoritative language alone, where the text has translations, is
    `authoritative-text-changed`; one in translations only is `translation-changed`.
    """
    if old is None and new is None:
        return None
    if old is None:
        return "text-added", None, new
    if new is None:
        return "text-removed", old, None
    languages = changed_languages(old, new)
    if not languages:
        return None
    before = {lang: old[lang] for lang in languages if lang in old} or None
    after = {lang: new[lang] for lang in languages if lang in new} or None
    if authoritative not in languages:
        return "translation-changed", before, after
    translated = len(set(old) | set(new)) > 1
    if languages == [authoritative] and translated:
        return "authoritative-text-changed", before, after
    return "text-changed", before, after
