"""What noticekit accepts in YAML: the allowed tags, the few implicit types, the nesting limit."""

from __future__ import annotations

import re
from typing import Any

from noticekit.quoting import excerpt
from noticekit.quoting import quote

#: The only implicit types: `true`/`false`, `null`/`~`/empty, and decimal integers without leading zeros.
#: Everything else a plain scalar can look like (`NO`, `yes`, `1.10`, `0123`, `2024-05-25`, `1e3`) stays text.
BOOLEANS = {"true": True, "false": False}
NULLS = frozenset({"null", "~", ""})
INTEGER = re.compile(r"^-?(0|[1-9][0-9]{0,17})$")  # longer digit runs stay text
#: How an integer starts: other text skips the regex (most plain scalars are words).
INTEGER_FIRST = "-0123456789"
#: The booleans and nulls in one table, so that a value needs one look-up.
IMPLICIT_VALUES: dict[str, Any] = {**BOOLEANS, **dict.fromkeys(NULLS)}

#: Explicit tags an author may write; anything else (`!!python/...`, `!!binary`, `!custom`) is refused.
STR = "tag:yaml.org,2002:str"
SEQ = "tag:yaml.org,2002:seq"
MAP = "tag:yaml.org,2002:map"
ALLOWED_TAGS = frozenset({STR, SEQ, MAP})
PLAIN = "noticekit:plain"
MERGE_KEY = "<<"
MAX_DEPTH = 64


def plain_value(text: str) -> Any:
    """The value of a plain (untagged, unquoted) scalar: text unless it is one of the implicit forms."""
    if text in IMPLICIT_VALUES:
        return IMPLICIT_VALUES[text]
    if text[:1] in INTEGER_FIRST and INTEGER.match(text):
        return int(text)
    return text


def tag_problem(tag: str) -> str:
    """The message for a tag that is not allowed, in YAML's short form (`!!binary`)."""
    return f"the tag {quote(tag.replace('tag:yaml.org,2002:', '!!'))} is not allowed; remove it"


def alias_problem(anchor: str) -> str:
    return f'aliases ("*{excerpt(anchor)}") are not allowed; write the value out in full'


def anchor_problem(anchor: str) -> str:
    return f'anchors ("&{excerpt(anchor)}") are not allowed; write each value out in full'


DEPTH_PROBLEM = f"nesting is deeper than {MAX_DEPTH} levels"
KEY_NOT_TEXT = "a key must be plain text, not a list or mapping"
MERGE_PROBLEM = 'merge keys ("<<") are not allowed; write the fields out in full'


def duplicate_problem(key: str, first_line: int) -> str:
    return f"duplicate key {quote(key)} (first defined on line {first_line})"
