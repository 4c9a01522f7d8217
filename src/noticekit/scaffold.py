"""`noticekit new <id>`: scaffold `notices/<id>/notice.yaml` from the commented skeleton."""

from __future__ import annotations

import os
import re
from importlib import resources
from pathlib import Path

from noticekit.console import escaped
from noticekit.console import say
from noticekit.errors import UsageError
from noticekit.load import NOTICE_FILE

#: A notice id, matched in full (`fullmatch`: `$` alone would let a trailing newline through).
ID_PATTERN = re.compile(r"[a-z][a-z0-9]*(-[a-z0-9]+)*")
ID_PLACEHOLDER = "__ID__"
MODELINE_SCHEMA = "../../schemas/notice.schema.json"
SCHEMA_FROM_PROJECT = Path("schemas") / "notice.schema.json"


def skeleton_text() -> str:
    """The packaged skeleton, with `__ID__` where the notice id goes."""
    return (resources.files("noticekit") / "data" / "notice-skeleton.yaml").read_text(encoding="utf-8")


def render_skeleton(notice_id: str, schema_path: str = MODELINE_SCHEMA) -> str:
    """The skeleton for `notice_id`, its modeline pointing at `schema_path`."""
    text = skeleton_text().replace(ID_PLACEHOLDER, notice_id)
    return text.replace(MODELINE_SCHEMA, schema_path, 1)


def _schema_path(folder: Path, root: Path) -> str:
    """The schema as seen from the new notice's folder, taking `root`'s parent as the project."""
    schema = root.resolve().parent / SCHEMA_FROM_PROJECT
    return Path(os.path.relpath(schema, folder.resolve())).as_posix()


def run_new(notice_id: str, root: Path) -> int:
    """Create `<root>/<id>/notice.yaml`; refuse an invalid id or an existing notice."""
    if not ID_PATTERN.fullmatch(notice_id) or len(notice_id) > 64:
        raise UsageError(
            f'"{escaped(notice_id)}" is not a valid notice id; '
            'use lowercase letters, digits and single hyphens, e.g. "acme-group"'
        )
    folder = root / notice_id
    target = folder / NOTICE_FILE
    if folder.exists() and not folder.is_dir():
        raise UsageError(f'"{folder}" is a file, not a folder; noticekit new leaves it alone')
    if target.exists():
        raise UsageError(f'"{target}" already exists; noticekit new never overwrites a notice')
    try:
        folder.mkdir(parents=True, exist_ok=True)
        text = render_skeleton(notice_id, _schema_path(folder, root))
        with target.open("x", encoding="utf-8") as stream:
            stream.write(text)
    except FileExistsError:
        raise UsageError(f'"{target}" already exists; noticekit new never overwrites a notice') from None
    except OSError as error:
        raise UsageError(f'cannot create "{target}": {error.strerror or error}') from None
    say(f"✔ created {target}")
    say(f"  replace the TODO texts, then run: noticekit validate {folder}")
    return 0
