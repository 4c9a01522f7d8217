"""`noticekit import tilt FILE`: a TILT document as `notices/<id>/notice.yaml`, and a report.

Read the JSON (tolerating whatever a real document holds), map each part (tilt_parties,
tilt_processing, tilt_transfers), write the YAML with its comments, validate it, report. The
mapping is documented in docs/import-tilt.md. A notice is never overwritten.
"""

from __future__ import annotations

import dataclasses
import json
import re
from pathlib import Path
from typing import Any

from noticekit.errors import NoticekitError
from noticekit.errors import UsageError
from noticekit.importers import values as read
from noticekit.importers.record import ImportRecord
from noticekit.importers.tilt_parties import map_automated_decisions
from noticekit.importers.tilt_parties import map_controller
from noticekit.importers.tilt_parties import map_dpo
from noticekit.importers.tilt_parties import map_rights
from noticekit.importers.tilt_processing import Processing
from noticekit.importers.tilt_transfers import map_transfers
from noticekit.importers.yaml_writer import YamlWriter
from noticekit.problems import Problem

LANGUAGE = re.compile(r"[a-z]{2,3}(-[A-Za-z0-9]{2,8})*")
#: The TILT fields the model has no place for, kept as comments at the top.
META_KEPT = ("meta._id", "meta.created", "meta.modified", "meta.status", "meta._hash")
#: The model's order of the parts the importer writes.
ORDER = (
    "id", "title", "version", "languages", "collection", "canonical_url", "controllers", "dpo",
    "data_categories", "sources", "purposes", "recipients", "transfers", "rights",
    "automated_decision_making",
)  # fmt: skip


class NotTiltError(NoticekitError):
    """The file is not a TILT document noticekit can read (exit 1, one line)."""


@dataclasses.dataclass
class Imported:
    """A finished import: the record, the YAML text, and the problems validation finds in it."""

    record: ImportRecord
    text: str
    problems: list[Problem]


def read_document(path: Path) -> dict[str, Any]:
    """The TILT document in `path`, or a one-line error naming the file and the place."""
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise UsageError(f'cannot read "{path}": {error.strerror or error}') from None
    try:
        document = json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise NotTiltError(f'"{path}" is not UTF-8 text; a TILT document is JSON') from None
    except json.JSONDecodeError as error:
        raise NotTiltError(f"{path}:{error.lineno}:{error.colno}: not JSON: {error.msg}") from None
    if not isinstance(document, dict):
        raise NotTiltError(
            f'"{path}" holds JSON, but not a TILT document (an object with "meta", "controller")'
        )
    return document


def language_of(document: dict[str, Any], lang: str | None) -> str:
    """`--lang`, else the document's `meta.language`."""
    meta = read.mapping(document.get("meta"))
    chosen = lang or (read.text(meta.get("language")) or "").lower()
    if not LANGUAGE.fullmatch(chosen):
        raise UsageError("the TILT document names no language (meta.language); give one: --lang de")
    return chosen


def default_id(document: dict[str, Any]) -> str:
    """The notice id from the document's name (`meta.name`), else its controller's."""
    meta = read.mapping(document.get("meta"))
    controller = read.mapping(document.get("controller"))
    label = read.text(meta.get("name")) or read.text(controller.get("name")) or "notice"
    return read.slug(label, "notice")


def map_document(document: dict[str, Any], notice_id: str, lang: str) -> ImportRecord:
    """Every part of a TILT document that has a place in the model, with comments and findings."""
    record = ImportRecord("TILT")
    meta = read.mapping(document.get("meta"))
    name = read.text(meta.get("name"))
    record.data["id"] = notice_id
    if name:
        record.data["title"] = {lang: name}
    else:
        record.keep((), "meta.name", meta.get("name"))
    version = meta.get("version")
    if isinstance(version, (int, str)) and not isinstance(version, bool) and read.text(version):
        record.data["version"] = read.text(version)
        record.review(
            ("version",),
            "meta.version",
            "this is the TILT document's version; give the notice's own",
        )
    else:
        record.keep((), "meta.version", version)
    record.data["languages"] = [lang]
    if url := read.url(meta.get("url")):
        record.data["canonical_url"] = url
    else:
        record.keep((), "meta.url", meta.get("url"))
    for field in META_KEPT:
        record.keep((), field, meta.get(field.split(".", 1)[1]))
    map_controller(document, record)
    map_dpo(document, record)
    Processing(document, record, lang).run()
    if not record.data.get("purposes"):
        record.review(("purposes",), "dataDisclosed[].purposes", "TILT names no purpose; add them")
    record.data["collection"] = ["direct", "indirect"] if record.data.get("sources") else ["direct"]
    record.review(
        ("collection",),
        "dataDisclosed, sources",
        "TILT's dataDisclosed is data the person gives (Art. 13); sources add Art. 14: check",
    )
    map_transfers(document, record, lang)
    map_rights(document, record, lang)
    map_automated_decisions(document, record, lang)
    record.keep((), "changesOfPurpose", document.get("changesOfPurpose"))
    record.data = {key: record.data[key] for key in ORDER if key in record.data}
    return record


def import_document(
    document: dict[str, Any], notice_id: str, lang: str, header: list[str]
) -> Imported:
    """Map, write and validate one document (nothing is written to disk here)."""
    from noticekit.load.source import SourceDocument
    from noticekit.load.yaml_reader import parse_yaml
    from noticekit.validate import validate_document

    record = map_document(document, notice_id, lang)
    text = YamlWriter(record.data, record.comments).dump(header)
    data, positions, key_positions = parse_yaml(text)
    doc = SourceDocument(
        Path(f"notices/{record.data['id']}/notice.yaml"), data, positions, key_positions, text
    )
    _, problems = validate_document(doc)
    return Imported(record, text, problems)
