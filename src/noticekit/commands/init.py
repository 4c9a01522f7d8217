"""`noticekit init [DIR]`: set up a repository of notices; add only missing files, never overwrite.

It writes the editor schema (`.noticekit/notice.schema.json`), one scaffolded notice (when
`notices/` has none), `noticekit.toml`, a pre-commit configuration, a GitHub workflow, a README for
the legal team and a `.gitignore`. Files that exist are kept as they are.
"""

from __future__ import annotations

import contextlib
import functools
import os
from collections.abc import Callable
from importlib import resources
from pathlib import Path

from noticekit import __version__
from noticekit.console import say
from noticekit.errors import UsageError
from noticekit.load import NOTICE_FILE
from noticekit.project import DEFAULT_SCHEMA

VERSION_PLACEHOLDER = "__VERSION__"

#: The files `init` writes from `noticekit/data/init/`, by where they go.
TEMPLATES = {
    Path(".github") / "workflows" / "notices.yml": "notices.yml",
    Path(".pre-commit-config.yaml"): "pre-commit-config.yaml",
    Path("README.md"): "README.md",
    Path(".gitignore"): "gitignore",
}


def template_text(name: str) -> str:
    """A packaged template with noticekit's version filled in."""
    text = (resources.files("noticekit") / "data" / "init" / name).read_text(encoding="utf-8")
    return text.replace(VERSION_PLACEHOLDER, __version__)


def _schema() -> str:
    from noticekit.commands.schema import schema_text

    return schema_text()


def _config() -> str:
    from noticekit.lint.example_config import example_config

    return example_config()


def planned_files() -> dict[Path, Callable[[], str]]:
    """Every file `init` writes (but the notice), in order, with what makes its text."""
    files: dict[Path, Callable[[], str]] = {
        DEFAULT_SCHEMA: _schema,
        Path("noticekit.toml"): _config,
    }
    for target, name in TEMPLATES.items():
        files[target] = functools.partial(template_text, name)
    return files


def write_new_file(path: Path, text: str) -> bool:
    """Write `path` unless something is there already; True when written.

    The file is created exclusively (`x`), so nothing is ever replaced; a file this call created
    is removed again when writing it fails.
    """
    if path.exists() or path.is_symlink():
        return False
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        stream = path.open("x", encoding="utf-8")
    except FileExistsError:
        return False
    try:
        with stream:
            stream.write(text)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(path)
        raise
    return True


def _has_notices(folder: Path) -> bool:
    return folder.is_dir() and any(folder.glob(f"*/{NOTICE_FILE}"))


def run_init(folder: Path, notice_id: str) -> int:
    """`noticekit init`: write every missing file into `folder` and say what was kept."""
    from noticekit.commands.new import check_id
    from noticekit.commands.new import write_notice

    check_id(notice_id)
    if folder.exists() and not folder.is_dir():
        raise UsageError(f'"{folder}" is a file, not a folder; noticekit init leaves it alone')
    created: list[Path] = []
    kept: list[Path] = []
    notice = None
    try:
        for relative, make in planned_files().items():
            (created if write_new_file(folder / relative, make()) else kept).append(relative)
        if _has_notices(folder / "notices"):
            kept.append(Path("notices"))
        else:
            notice, _, _ = write_notice(notice_id, folder / "notices")
            created.append(notice.relative_to(folder))
    except OSError as error:
        raise UsageError(f'cannot write in "{folder}": {error.strerror or error}') from None
    for path in created:
        say(f"✔ created {folder / path}")
    for path in kept:
        say(f"  kept {folder / path} (it exists; init never overwrites)")
    if notice is not None:
        say(f"next: fill in {notice}; `noticekit docs` prints the guide for authors")
    where = "" if folder == Path(".") else f", in {folder}"
    say(f"then{where}: noticekit validate && noticekit lint")
    return 0
