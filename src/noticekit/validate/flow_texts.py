"""A comma in a text written as a flow mapping splits it: `{nb: Kunder, adresse, en: Customers}`.

YAML reads `adresse` as one more key (without a value), so validation would report a key that is
not a language tag and a missing text, for every such comma. This turns all of that into one
message at the line: which language's text holds the comma, and what to do about it.
"""

from __future__ import annotations

import re
from typing import Any

from noticekit.load.source import DataPath
from noticekit.load.source import SourceDocument
from noticekit.models import types
from noticekit.validate.fieldwalk import hint_at
from noticekit.validate.fieldwalk import strip_optional
from noticekit.validate.messages import Located

LANGUAGE_TAG = re.compile(r"[a-z]{2,3}(-[A-Za-z0-9]{2,8})*")


def advise_split_texts(doc: SourceDocument, found: list[Located]) -> list[Located]:
    """`found`, where every problem in a text map split by a comma becomes one piece of advice."""
    advice: dict[DataPath, Located] = {}
    for located in found:
        texts = _text_map_at_or_above(located.path, doc.data)
        if texts is not None and texts not in advice:
            message = split_text_advice(doc, texts)
            if message is not None:
                advice[texts] = Located(texts, message)
    if not advice:
        return found
    kept = [item for item in found if not any(item.path[: len(at)] == at for at in advice)]
    return kept + list(advice.values())


def split_text_advice(doc: SourceDocument, path: DataPath) -> str | None:
    """The advice for the text map at `path`, if it is a flow mapping split by a comma."""
    texts = _value_at(doc.data, path)
    line, col = doc.positions.get(path, (0, 0))
    lines = doc.text.splitlines()
    if not isinstance(texts, dict) or not 0 < line <= len(lines):
        return None
    if lines[line - 1][col - 1 : col] != "{":
        return None
    keys = list(texts)
    for index, key in enumerate(keys):
        if not (isinstance(key, str) and LANGUAGE_TAG.fullmatch(key)) or texts[key] is None:
            whose = f"the text for {keys[index - 1]}" if index else "a text"
            return f"{whose} contains a comma; quote it or use block style"
    return None


def _text_map_at_or_above(path: DataPath, data: Any) -> DataPath | None:
    for end in range(len(path), 0, -1):
        prefix = tuple(path[:end])
        if strip_optional(hint_at(prefix)) == types.LocalizedText:
            return prefix if isinstance(_value_at(data, prefix), dict) else None
    return None


def _value_at(data: Any, path: DataPath) -> Any:
    for part in path:
        try:
            data = data[part]
        except (KeyError, IndexError, TypeError):
            return None
    return data
