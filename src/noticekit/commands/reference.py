"""`noticekit reference`: the field reference of the authoring guide, generated from the model's
descriptions."""

from __future__ import annotations

import datetime as dt
import typing
from pathlib import Path
from typing import Any
from typing import get_args
from typing import get_origin

from pydantic import BaseModel

from noticekit.commands.generated import output_file
from noticekit.commands.generated import read_current
from noticekit.commands.generated import write_if_changed
from noticekit.errors import UsageError
from noticekit.models import Notice
from noticekit.models import types
from noticekit.validate.fieldwalk import is_model
from noticekit.validate.fieldwalk import strip_optional
from noticekit.validate.fieldwalk import type_hints
from noticekit.validate.fieldwalk import unwrap
from noticekit.validate.messages import compress_codes

START = "<!-- reference:start -->"
END = "<!-- reference:end -->"

#: Named value types, in the order the reference lists them.
NAMED_TYPES = {
    "text per language": types.LocalizedText,
    "id": types.Identifier,
    "language tag": types.LangTag,
    "country code": types.CountryCode,
    "e-mail": types.Email,
    "web address": types.Url,
    "phone": types.Phone,
    "duration": types.IsoDuration,
    "DPV term": types.DpvTerm,
}
PLAIN_TYPES = {str: "text", int: "number", bool: "true/false", dt.date: "date"}


def models_in_order(root: type[BaseModel] = Notice) -> dict[type[BaseModel], list[str]]:
    """Every model reachable from `root`, each once, in the order a reader meets them, with where it
    is used."""
    used_in: dict[type[BaseModel], list[str]] = {root: []}
    for model in list(used_in):
        _visit(model, used_in)
    return used_in


def _visit(model: type[BaseModel], used_in: dict[type[BaseModel], list[str]]) -> None:
    for name, hint in type_hints(model).items():
        for found in _models_in(hint):
            first_time = found not in used_in
            used_in.setdefault(found, []).append(
                f"`{name}` in [{model.__name__}](#{model.__name__.lower()})"
            )
            if first_time:
                _visit(found, used_in)


def _models_in(hint: Any) -> list[type[BaseModel]]:
    core = unwrap(hint)
    if is_model(core):
        return [core]
    return [model for arg in get_args(core) for model in _models_in(arg)]


def type_label(hint: Any) -> str:
    """How a field's type reads in the reference: `list of [Purpose](#purpose)`, `one of `a`,
    `b``."""
    hint = strip_optional(hint)
    for name, named in NAMED_TYPES.items():
        if hint == named:
            return f"[{name}](#value-types)"
    core = unwrap(hint)
    if is_model(core):
        return f"[{core.__name__}](#{core.__name__.lower()})"
    if get_origin(core) is list:
        return f"list of {type_label(get_args(core)[0])}"
    if get_origin(core) is typing.Literal:
        values = get_args(core)
        listed = compress_codes(values) if len(values) > 6 else ", ".join(values)
        return "one of " + ", ".join(
            " … ".join(f"`{code}`" for code in part.split(" … ")) for part in listed.split(", ")
        )
    return PLAIN_TYPES.get(core, str(core))


def _cell(text: str | None) -> str:
    return (text or "").replace("|", "\\|").replace("\n", " ")


def _default(field: Any) -> str:
    if field.is_required():
        return "**required**"
    default = field.get_default(call_default_factory=True)
    if default is None or default == []:
        return "optional"
    shown = str(default).lower() if isinstance(default, bool) else default
    return f"optional, default `{shown}`"


def model_section(model: type[BaseModel], used_in: list[str]) -> list[str]:
    """The reference section of one model: heading, docstring, where it is used, one table row per
    field."""
    hints = type_hints(model)
    lines = [f"### {model.__name__}", "", (model.__doc__ or "").strip(), ""]
    if used_in:
        lines += ["Used as " + ", ".join(used_in) + ".", ""]
    lines += ["| Field | Type | Required | Description |", "|---|---|---|---|"]
    for name, field in model.model_fields.items():
        lines.append(
            f"| `{name}` | {_cell(type_label(hints[name]))} | {_default(field)} | "
            f"{_cell(field.description)} |"
        )
    return [*lines, ""]


def value_types_section() -> list[str]:
    """The named value types and what each accepts."""
    lines = ["### Value types", "", "| Type | What to write |", "|---|---|"]
    for name, named in NAMED_TYPES.items():
        descriptions = [
            meta.description
            for meta in getattr(named, "__metadata__", ())
            if getattr(meta, "description", None)
        ]
        lines.append(f"| {name} | {_cell(descriptions[0] if descriptions else '')} |")
    lines.append("| true/false | `true` or `false`, nothing else (not `yes`, `no`, `on`, `off`). |")
    lines.append("| date | A date as `YYYY-MM-DD`, e.g. `2025-06-01`. |")
    return [*lines, ""]


def reference_text() -> str:
    """The generated reference, as Markdown, without the markers."""
    lines = [
        "<!-- generated by `noticekit reference` from the model's descriptions; do not edit by "
        "hand -->",
        "",
    ]
    for model, used_in in models_in_order().items():
        lines += model_section(model, used_in)
    lines += value_types_section()
    return "\n".join(lines)


def splice(document: str, generated: str, source: Path) -> str:
    """`document` with the text between the reference markers replaced by `generated`."""
    start = document.find(START)
    end = document.find(END)
    if start < 0 or end < start:
        raise UsageError(f'"{source}" has no "{START}" … "{END}" markers for the field reference')
    return f"{document[: start + len(START)]}\n{generated}\n{document[end:]}"


def run_reference(out: Path, check: bool) -> int:
    """`noticekit reference [--check]`: regenerate the field reference inside the authoring
    guide."""
    current = read_current(output_file(out), out)
    if current is None:
        raise UsageError(
            f'"{out}" does not exist; the field reference goes into the authoring guide'
        )
    try:
        document = current.decode("utf-8")
    except UnicodeDecodeError:
        raise UsageError(f'"{out}" is not a UTF-8 text file; give the authoring guide') from None
    text = splice(document, reference_text(), out)
    return write_if_changed(out, text, check, "field reference", "noticekit reference")
