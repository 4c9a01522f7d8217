"""`noticekit new <id>`: scaffold `notices/<id>/notice.yaml` from the commented skeleton."""

from __future__ import annotations

import re
from importlib import resources
from pathlib import Path

from noticekit.console import escaped
from noticekit.console import say
from noticekit.errors import UsageError
from noticekit.load import NOTICE_FILE
from noticekit.project import modeline_path
from noticekit.project import schema_for_notices

#: A notice id, matched in full (`fullmatch`: `$` alone would let a trailing newline through).
ID_PATTERN = re.compile(r"[a-z][a-z0-9]*(-[a-z0-9]+)*")
ID_PLACEHOLDER = "__ID__"
MODELINE_SCHEMA = "../../schemas/notice.schema.json"


def skeleton_text() -> str:
    """The packaged skeleton, with `__ID__` where the notice id goes."""
    return (resources.files("noticekit") / "data" / "notice-skeleton.yaml").read_text(
        encoding="utf-8"
    )


def render_skeleton(notice_id: str, schema_path: str = MODELINE_SCHEMA) -> str:
    """The skeleton for `notice_id`, its modeline pointing at `schema_path`."""
    text = skeleton_text().replace(ID_PLACEHOLDER, notice_id)
    return text.replace(MODELINE_SCHEMA, schema_path, 1)


def check_id(notice_id: str) -> None:
    """Refuse an id that is not kebab-case in full, or longer than 64 characters."""
    if not ID_PATTERN.fullmatch(notice_id) or len(notice_id) > 64:
        raise UsageError(
            f'"{escaped(notice_id)}" is not a valid notice id; '
            'use lowercase letters, digits and single hyphens, e.g. "acme-group"'
        )


def write_notice(notice_id: str, root: Path) -> tuple[Path, Path, bool]:
    """Write `<root>/<id>/notice.yaml` from the skeleton; never over an existing file.

    Returns the file, the schema its modeline points at, and whether that schema exists.
    """
    folder = root / notice_id
    target = folder / NOTICE_FILE
    if folder.exists() and not folder.is_dir():
        raise UsageError(f'"{folder}" is a file, not a folder; noticekit new leaves it alone')
    if target.exists():
        raise UsageError(f'"{target}" already exists; noticekit new never overwrites a notice')
    try:
        schema, schema_exists = schema_for_notices(root)
        folder.mkdir(parents=True, exist_ok=True)
        text = render_skeleton(notice_id, modeline_path(schema, folder))
        with target.open("x", encoding="utf-8") as stream:
            stream.write(text)
    except FileExistsError:
        raise UsageError(
            f'"{target}" already exists; noticekit new never overwrites a notice'
        ) from None
    except OSError as error:
        raise UsageError(f'cannot create "{target}": {error.strerror or error}') from None
    return target, schema, schema_exists


def run_new(notice_id: str, root: Path) -> int:
    """`noticekit new`: create `<root>/<id>/notice.yaml`; refuse a bad id or an existing notice."""
    check_id(notice_id)
    target, schema, schema_exists = write_notice(notice_id, root)
    say(f"✔ created {target}")
    say(f"  replace the TODO texts, then run: noticekit validate {target.parent}")
    if not schema_exists:
        say(f"  for completion in editors, write the schema: noticekit schema -o {_shown(schema)}")
    say("  the guide for authors: noticekit docs")
    return 0


def _shown(path: Path) -> str:
    """`path` relative to the working folder where it lies below it."""
    try:
        return str(path.relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)
