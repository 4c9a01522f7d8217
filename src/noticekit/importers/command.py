"""`noticekit import tilt FILE [--id ID] [--root notices] [--lang de]`: write the notice, report."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from noticekit.console import say
from noticekit.errors import UsageError
from noticekit.importers.record import ImportRecord
from noticekit.importers.record import Kind
from noticekit.importers.tilt import Imported
from noticekit.importers.tilt import default_id
from noticekit.importers.tilt import import_document
from noticekit.importers.tilt import language_of
from noticekit.importers.tilt import read_document
from noticekit.load import NOTICE_FILE

HEADER = (
    "## Imported from TILT ({source}) by `noticekit import tilt`: review it before you publish.",
    '## "## review:" lines mark what a person must decide; "## TILT <path>:" lines keep what the',
    "## notice model has no place for. Remove both once done.",
)
#: What the report counts: the notice's lists, each with its noun in the singular.
COUNTED = {
    "controllers": "controller", "data_categories": "data category", "purposes": "purpose",
    "recipients": "recipient", "sources": "source", "transfers": "transfer", "rights": "right",
}  # fmt: skip


def run_import_tilt(file: Path, notice_id: str | None, root: Path, lang: str | None) -> int:
    """Import `file` into `<root>/<id>/notice.yaml`; 0 when the notice validates, 1 when not yet."""
    from noticekit.commands.init import write_new_file
    from noticekit.commands.new import check_id
    from noticekit.project import modeline_path
    from noticekit.project import schema_for_notices

    if notice_id is not None:
        check_id(notice_id)
    document = read_document(file)
    language = language_of(document, lang)
    notice_id = notice_id or default_id(document)
    target = root / notice_id / NOTICE_FILE
    if target.exists() or target.parent.is_file():
        raise UsageError(f'"{target}" already exists; noticekit import never overwrites a notice')
    schema, _ = schema_for_notices(root)
    modeline = f"# yaml-language-server: $schema={modeline_path(schema, target.parent)}"
    header = [modeline, *(line.format(source=file.name) for line in HEADER)]
    imported = import_document(document, notice_id, language, header)
    try:
        written = write_new_file(target, imported.text)
    except OSError as error:
        raise UsageError(f'cannot write "{target}": {error.strerror or error}') from None
    if not written:
        raise UsageError(f'"{target}" already exists; noticekit import never overwrites a notice')
    report(file, target, imported)
    return 0 if not imported.problems else 1


def report(file: Path, target: Path, imported: Imported) -> None:
    """The import report: what was mapped, what to review, what was kept as comments."""
    record = imported.record
    count = len(imported.problems)
    state = (
        f"it does not validate yet ({count} problem{'' if count == 1 else 's'})"
        if count
        else "it validates"
    )
    say(f"{'✔' if not imported.problems else '✖'} imported {file} into {target}: {state}")
    say(f"  mapped: {summary(record)}")
    for problem in imported.problems:
        say(f"  {target}:{problem.line}:{problem.col}: {problem.message}")
    kinds: tuple[tuple[Kind, str], ...] = (
        ("review", "to review (## review: in the file)"),
        ("kept", "kept as comments (no place in the model)"),
    )
    for kind, title in kinds:
        found = Counter((finding.source_path, finding.message) for finding in record.of_kind(kind))
        if found:
            say(f"  {title}: {sum(found.values())}")
            for (path, message), times in found.items():
                say(f"    {path}: {message}" + (f" ({times} places)" if times > 1 else ""))
    say(f"next: review {target}, then run noticekit lint {target.parent}")


def summary(record: ImportRecord) -> str:
    """`1 controller, 2 data categories, 7 purposes, ...`, then a DPO and automated decisions."""
    parts = []
    for key, singular in COUNTED.items():
        count = len(record.data.get(key, []))
        if count:
            parts.append(f"{count} {singular if count == 1 else key.replace('_', ' ')}")
    parts += [
        label
        for key, label in (("dpo", "the DPO"), ("automated_decision_making", "automated decisions"))
        if key in record.data
    ]
    return ", ".join(parts) or "nothing"
