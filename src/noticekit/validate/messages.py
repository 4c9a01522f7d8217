"""Turn Pydantic validation errors into plain-language messages placed at a data path."""

from __future__ import annotations

import difflib
import typing
from collections.abc import Mapping
from typing import Any
from typing import NamedTuple
from typing import get_args
from typing import get_origin

from pydantic import StringConstraints

from noticekit.load.source import DataPath
from noticekit.models import codes
from noticekit.models import types
from noticekit.quoting import quote
from noticekit.validate.fieldwalk import KEY
from noticekit.validate.fieldwalk import field_names
from noticekit.validate.fieldwalk import hint_at
from noticekit.validate.fieldwalk import strip_optional
from noticekit.validate.fieldwalk import unwrap


class Located(NamedTuple):
    """A message and the data path it belongs to; `at_key` places it on the mapping key, not the
    value."""

    path: DataPath
    message: str
    at_key: bool = False


#: What one item of each list is called in messages (`purpose "newsletter"`).
SINGULAR = {
    "controllers": "controller", "data_subjects": "data-subject category",
    "data_categories": "data category",
    "sources": "source", "purposes": "purpose", "recipients": "recipient", "transfers": "transfer",
    "rights": "right", "contact_points": "contact point", "items": "cookie", "history": "change",
    "sections": "section", "suppressions": "suppression", "joint_arrangements": "joint arrangement",
    "change_classifications": "change classification",
}  # fmt: skip

#: Closed code lists and what one code is called.
LITERAL_NOUNS = {
    codes.LegalBasisCode: "a legal basis",
    codes.RightCode: "a right",
    codes.TransferMechanismCode: "a transfer mechanism",
    codes.InformationExemptionCode: "an Art. 14(5) exemption",
}

#: Text formats: what a value should be, and how to write one.
FORMATS = {
    types.Identifier: (
        "a valid id",
        'use lowercase letters, digits and single hyphens, e.g. "it-providers"',
    ),
    types.CountryCode: (
        "a country code",
        'use the two capital letters of ISO 3166-1, e.g. "NO" or "SE"',
    ),
    types.LangTag: ("a language tag", 'use a lowercase BCP 47 tag, e.g. "nb", "sv" or "en"'),
    types.Email: ("an e-mail address", 'write it as "name@example.com"'),
    types.Url: ("a web address", 'start it with "https://"'),
    types.Phone: (
        "a phone number",
        'use digits, spaces and an optional leading "+", e.g. "+47 4000 1451"',
    ),
    types.IsoDuration: (
        "an ISO 8601 duration",
        'write e.g. "P6M" for six months or "P5Y" for five years',
    ),
    types.DpvTerm: ("a DPV term", 'e.g. "dpv:Marketing" or "pd:EmailAddress"'),
    types.AuthorityCode: (
        "an authority code",
        'use the register\'s code, e.g. "NO-DATATILSYNET" or "SE-IMY"',
    ),
}


def _pattern(annotated: Any) -> str | None:
    for meta in getattr(annotated, "__metadata__", ()):
        if isinstance(meta, StringConstraints):
            pattern = meta.pattern
            return pattern if pattern is None or isinstance(pattern, str) else pattern.pattern
    return None


PATTERN_FORMATS = {_pattern(hint): noun_and_hint for hint, noun_and_hint in FORMATS.items()}


def show(value: Any) -> str:
    """A value as quoted in a message: an escaped excerpt of text, or what kind of value it is."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return "an empty value"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    return quote(value)


#: Fields that name a list item in messages, tried in order (`purpose "newsletter"`, `right "A15"`).
LABEL_FIELDS = ("id", "right", "rule", "date")


def where(path: DataPath, data: Any) -> str:
    """Name the place at `path` for a reader: `the notice`, `purpose "newsletter"`, `address of
    controller "acme"`."""
    place = ""
    for depth, part in enumerate(path):
        if isinstance(part, int):
            name = str(path[depth - 1]) if depth else ""
            place = (
                _item_name(name, part, _value_at(data, path[: depth + 1]))
                or f"item {part + 1} of {place or name}"
            )
        else:
            place = f"{part} of {place}" if place else part
    return place or "the notice"


def _item_name(list_name: str, index: int, item: Any) -> str:
    noun = SINGULAR.get(list_name)
    if noun is None or not isinstance(item, dict):
        return ""
    for field in LABEL_FIELDS:
        if isinstance(item.get(field), (str, int)) and not isinstance(item.get(field), bool):
            return f"{noun} {quote(item[field])}"
    return f"{noun} {index + 1}"


def _value_at(data: Any, path: DataPath) -> Any:
    for part in path:
        try:
            data = data[part]
        except (KeyError, IndexError, TypeError):
            return None
    return data


def did_you_mean(word: str, choices: typing.Iterable[str]) -> str:
    """` (did you mean "x"?)` for the closest choice, or an empty string."""
    matches = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return f" (did you mean {quote(matches[0])}?)" if matches else ""


def compress_codes(values: tuple[str, ...]) -> str:
    """`A6-1-a`, …, `A6-1-f` -> `A6-1-a … A6-1-f`: runs sharing a prefix and ending in letters in a
    row."""
    runs: list[list[str]] = []
    for value in values:
        last = runs[-1][-1] if runs else ""
        if last and last[:-1] == value[:-1] and ord(value[-1]) == ord(last[-1]) + 1:
            runs[-1].append(value)
        else:
            runs.append([value])
    return ", ".join(", ".join(run) if len(run) < 3 else f"{run[0]} … {run[-1]}" for run in runs)


def from_pydantic(error: Mapping[str, Any], data: Any) -> Located:
    """One Pydantic error (from `ValidationError.errors()`) as a located, plain-language message."""
    loc = tuple(error["loc"])
    kind = error["type"]
    value = error.get("input")
    ctx = error.get("ctx") or {}
    if kind == "extra_forbidden":
        allowed = field_names(loc[:-1])
        suggestion = did_you_mean(str(loc[-1]), allowed)
        return Located(
            loc, f"unknown field {show(loc[-1])} in {where(loc[:-1], data)}{suggestion}", True
        )
    if kind == "missing":
        return Located(loc[:-1], f'missing required field "{loc[-1]}" in {where(loc[:-1], data)}')
    if (
        kind == "value_error"
        and isinstance(value, dict)
        and strip_optional(hint_at(loc)) == types.LocalizedText
    ):
        blank = [lang for lang, text in value.items() if isinstance(text, str) and not text.strip()]
        loc = (*loc, blank[0]) if blank else loc
    if loc and loc[-1] == KEY:
        return Located(loc[:-1], _value_message(kind, value, ctx, error, loc), True)
    return Located(loc, _value_message(kind, value, ctx, error, loc))


def _value_message(
    kind: str, value: Any, ctx: dict[str, Any], error: Mapping[str, Any], loc: DataPath
) -> str:
    hint = strip_optional(hint_at(loc))
    if kind in ("bool_type", "bool_parsing"):
        return f"expected true or false, got {show(value)}"
    if kind == "string_type":
        advice = (
            f'; write "{show(value)}" in quotes if you mean the text'
            if isinstance(value, bool)
            else ""
        )
        return f"expected text, got {show(value)}{advice}"
    if kind == "literal_error":
        allowed = get_args(unwrap(hint)) if get_origin(unwrap(hint)) is typing.Literal else ()
        noun = LITERAL_NOUNS.get(unwrap(hint), "allowed here")
        listing = compress_codes(allowed) if allowed else ctx.get("expected", "")
        # never suggest a legal code: a near miss in spelling is not a near miss in law
        suggestion = did_you_mean(str(value), allowed) if unwrap(hint) not in LITERAL_NOUNS else ""
        return f"{show(value)} is not {noun}; expected one of {listing}{suggestion}"
    if kind == "string_pattern_mismatch":
        noun, advice = PATTERN_FORMATS.get(
            ctx.get("pattern"), ("in the expected format", f"it must match {ctx.get('pattern')}")
        )
        return f"{show(value)} is not {noun}; {advice}"
    if kind == "string_too_long":
        return f"{show(value)} is too long; use at most {ctx.get('max_length')} characters"
    if kind == "too_short":
        if isinstance(value, dict):
            return 'needs at least one text, e.g. "nb: …"'
        count = ctx.get("min_length", 1)
        name = f'"{loc[-1]}"' if loc and isinstance(loc[-1], str) else "the list"
        entries = "entry" if count == 1 else "entries"
        return f"{name} needs at least {count} {entries}; got {len(value or ())}"
    if kind == "dict_type":
        if hint == types.LocalizedText:
            return f'expected one text per language, e.g. "nb: …", got {show(value)}'
        return f"expected a mapping, got {show(value)}"
    if kind in ("model_type", "model_attributes_type"):
        return f"expected a mapping of fields, got {show(value)}"
    if kind == "list_type":
        return f'expected a list (lines starting with "- "), got {show(value)}'
    if kind.startswith("date"):
        return f"{show(value)} is not a valid date; write it as YYYY-MM-DD, e.g. 2025-06-01"
    if kind in ("value_error", "assertion_error"):
        return str(ctx.get("error", error["msg"]))
    message = error["msg"]
    return f"{message[:1].lower()}{message[1:]}, got {show(value)}"
