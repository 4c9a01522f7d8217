"""`noticekit schema`: write the JSON Schema of the notice model, deterministically, for editors."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from noticekit.commands.generated import write_if_changed
from noticekit.models import Notice

SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"
SCHEMA_ID = "urn:noticekit:schema:notice"
SCHEMA_TITLE = "noticekit privacy notice"


def notice_schema() -> dict[str, Any]:
    """The JSON Schema of `Notice`, with a dialect, an id and a title."""
    schema = accept_numbers_as_text(Notice.model_json_schema())
    schema["$schema"] = SCHEMA_DIALECT
    schema["$id"] = SCHEMA_ID
    schema["title"] = SCHEMA_TITLE
    return schema


def accept_numbers_as_text(node: Any) -> Any:
    """Let text fields that could hold digits accept numbers, as noticekit does.

    Editors read YAML 1.2, where `version: 1.10` or `postal_code: 0150` is a number; noticekit keeps
    them as the text written. Without this, the editor would flag values that validate.
    """
    if isinstance(node, dict):
        if node.get("type") == "string" and not {"enum", "const", "format"} & set(node):
            pattern = node.get("pattern")
            if pattern is None or re.search(pattern, "12345678"):
                node["type"] = ["string", "number"]
        for value in node.values():
            accept_numbers_as_text(value)
    elif isinstance(node, list):
        for value in node:
            accept_numbers_as_text(value)
    return node


def schema_text() -> str:
    """The schema file's exact text: sorted keys, two-space indent, trailing newline."""
    return json.dumps(notice_schema(), indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def run_schema(out: Path, check: bool) -> int:
    """`noticekit schema [--check]`."""
    return write_if_changed(out, schema_text(), check, "JSON Schema", "noticekit schema")
