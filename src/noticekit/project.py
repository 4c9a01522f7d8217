"""Where a repository of notices keeps the JSON Schema that editors read, found from within it.

`noticekit init` writes it to `.noticekit/notice.schema.json`; noticekit's own repository keeps it
in `schemas/notice.schema.json`. `noticekit new` points each notice's modeline at it, and
`noticekit schema` keeps it current.
"""

from __future__ import annotations

import os
from pathlib import Path

SCHEMA_NAME = "notice.schema.json"
#: Folders that hold the schema, looked for in this order in each folder from the notice upwards.
SCHEMA_FOLDERS = (".noticekit", "schemas")
#: Where a new repository keeps it (relative to the repository root).
DEFAULT_SCHEMA = Path(".noticekit") / SCHEMA_NAME


def find_schema(start: Path) -> Path | None:
    """The schema nearest above `start`, looking no higher than the git repository's root."""
    start = start.resolve()
    for folder in (start, *start.parents):
        for name in SCHEMA_FOLDERS:
            candidate = folder / name / SCHEMA_NAME
            if candidate.is_file():
                return candidate
        if (folder / ".git").exists():
            return None
    return None


def repository_root(start: Path) -> Path | None:
    """The nearest folder at or above `start` that holds `.git`, if any."""
    start = start.resolve()
    return next((folder for folder in (start, *start.parents) if (folder / ".git").exists()), None)


def schema_for_notices(root: Path) -> tuple[Path, bool]:
    """The schema the notices under `root` use, and whether it exists yet.

    Without one, it is `.noticekit/notice.schema.json` in the repository root; outside git, in the
    working folder (where `noticekit schema` writes it), or beside `root` when that lies elsewhere.
    """
    found = find_schema(_existing_parent(root))
    if found is not None:
        return found, True
    base = repository_root(_existing_parent(root))
    if base is None:
        cwd = Path.cwd().resolve()
        base = cwd if root.resolve().is_relative_to(cwd) else root.resolve().parent
    return base / DEFAULT_SCHEMA, False


def default_schema_out() -> Path:
    """`noticekit schema`'s file: the one the project has, else `.noticekit/notice.schema.json`."""
    found = find_schema(Path.cwd())
    return Path(os.path.relpath(found)) if found is not None else DEFAULT_SCHEMA


def modeline_path(schema: Path, folder: Path) -> str:
    """The schema as a relative path from the notice's folder, as the modeline writes it."""
    return Path(os.path.relpath(schema, folder.resolve())).as_posix()


def _existing_parent(path: Path) -> Path:
    path = path.resolve()
    return next(folder for folder in (path, *path.parents) if folder.exists())
