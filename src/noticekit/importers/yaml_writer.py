"""Write notice data as YAML people can read and edit: block style, texts after `|`, comments.

Texts (the model's one-text-per-language fields) are written after `|`, so that commas, colons
and quotes in them need no quoting; a short name that needs no quotes stays on its key's line.
Other strings are plain where YAML reads them back as the same text in any editor, and
double-quoted otherwise. Comments are placed above the key or list
item whose data path they name; a comment whose place is not in the data goes to the nearest part
that is.
"""

from __future__ import annotations

import json
import re
import textwrap
from typing import Any

from noticekit.load.source import DataPath
from noticekit.models import types
from noticekit.validate.fieldwalk import hint_at
from noticekit.validate.fieldwalk import strip_optional

#: Strings written without quotes: no YAML indicator, no `: ` or ` #`, not read as another type.
PLAIN = re.compile(r"[^\W\d_][\w .@/+()'&-]*[\w.)]|[^\W\d_]")
NOT_TEXT = re.compile(r"(?i)(true|false|yes|no|on|off|y|n|null|~)")
WIDTH = 100


def scalar(value: Any) -> str:
    """One value as YAML: booleans and numbers bare, strings plain where safe, else quoted."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return str(value)
    text = str(value)
    if (
        PLAIN.fullmatch(text)
        and ": " not in text
        and " #" not in text
        and not NOT_TEXT.fullmatch(text)
    ):
        return text
    return json.dumps(text, ensure_ascii=False)


def _is_texts(path: DataPath, value: Any) -> bool:
    return isinstance(value, dict) and strip_optional(hint_at(path)) == types.LocalizedText


class YamlWriter:
    """Turns one notice's data and comments into text."""

    def __init__(self, data: dict[str, Any], comments: dict[DataPath, list[str]]) -> None:
        self.data = data
        self.lines: list[str] = []
        self.comments = _placed(data, comments)

    def dump(self, header: list[str]) -> str:
        self.lines = list(header)
        self._comment((), 0)
        self._mapping(self.data, (), 0)
        return "\n".join(self.lines) + "\n"

    def _comment(self, path: DataPath, indent: int) -> None:
        for comment in self.comments.get(path, []):
            prefix = " " * indent + "## "
            body = comment.removeprefix("## ")
            for number, line in enumerate(textwrap.wrap(body, WIDTH - len(prefix) - 2) or [""]):
                self.lines.append(prefix + ("  " if number else "") + line)

    def _mapping(
        self, mapping: dict[str, Any], path: DataPath, indent: int, first: str = ""
    ) -> None:
        for number, (key, value) in enumerate(mapping.items()):
            here = (*path, key)
            if not first or number:
                self._comment(here, indent)
            lead = first if first and not number else " " * indent
            self._value(f"{lead}{key}:", value, here, indent)

    def _value(self, lead: str, value: Any, path: DataPath, indent: int) -> None:
        if _is_texts(path, value):
            self.lines.append(lead)
            for lang, text in value.items():
                self._text(lang, text, indent + 2)
        elif isinstance(value, dict):
            self.lines.append(lead)
            self._mapping(value, path, indent + 2)
        elif isinstance(value, list):
            self._list(lead, value, path, indent)
        else:
            self.lines.append(f"{lead} {scalar(value)}")

    def _list(self, lead: str, items: list[Any], path: DataPath, indent: int) -> None:
        shown = [scalar(item) for item in items if not isinstance(item, (dict, list))]
        if len(shown) == len(items) and not any(" " in text or '"' in text for text in shown):
            self.lines.append(f"{lead} [{', '.join(shown)}]")
            return
        self.lines.append(lead)
        for number, item in enumerate(items):
            here = (*path, number)
            self._comment(here, indent + 2)
            if isinstance(item, dict) and item and not _is_texts(here, item):
                self._comment((*here, next(iter(item))), indent + 2)
                self._mapping(item, here, indent + 4, first=" " * (indent + 2) + "- ")
            elif isinstance(item, dict):
                for position, (lang, text) in enumerate(item.items()):
                    self._text(lang, text, indent + 4, "- " if not position else "")
            else:
                self.lines.append(f"{' ' * (indent + 2)}- {scalar(item)}")

    def _text(self, lang: str, text: str, indent: int, dash: str = "") -> None:
        lead = f"{' ' * (indent - len(dash))}{dash}{lang}:"
        if "\n" not in text and len(text) <= 60 and scalar(text) == text:
            self.lines.append(f"{lead} {text}")
            return
        # a text that starts with a space needs its indentation stated: `|2`
        self.lines.append(f"{lead} |{'2' if text[:1] == ' ' else ''}")
        for line in text.split("\n"):
            self.lines.append(f"{' ' * (indent + 2)}{line}" if line.strip() else "")


def _placed(data: dict[str, Any], comments: dict[DataPath, list[str]]) -> dict[DataPath, list[str]]:
    """Comments by the nearest path that exists in `data` (a key or a list item, never a text)."""
    placed: dict[DataPath, list[str]] = {}
    for path, lines in comments.items():
        at = tuple(path)
        while at and not _exists(data, at):
            at = at[:-1]
        placed.setdefault(at, []).extend(line for line in lines if line not in placed.get(at, []))
    return placed


def _exists(data: Any, path: DataPath) -> bool:
    node = data
    for part in path:
        in_dict = isinstance(node, dict) and part in node
        in_list = isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node)
        if not (in_dict or in_list):
            return False
        node = node[part]
    return True
