"""Find notice files and read them safely into `SourceDocument`s; bad input becomes `Problem`s.

noticekit reads only inside the folders it is given: a notice file or notice folder that is a
symbolic link leading out of the folder named on the command line (for a file named there, the
folder holding it) is not read. CI runs noticekit on pull requests, and such a link could
otherwise print a runner's secret file in an error message.
"""

from __future__ import annotations

import os
from pathlib import Path

from noticekit.errors import NoticekitError
from noticekit.errors import UsageError
from noticekit.load.source import SourceDocument
from noticekit.load.yaml_errors import YamlProblem
from noticekit.load.yaml_errors import YamlProblems
from noticekit.load.yaml_reader import parse_yaml
from noticekit.problems import Problem
from noticekit.quoting import escape_controls
from noticekit.quoting import quote

NOTICE_FILE = "notice.yaml"
MAX_BYTES = 1024 * 1024
BOM = "\ufeff"
FOREIGN_BOMS = {b"\xff\xfe": "UTF-16", b"\xfe\xff": "UTF-16"}


class OutsideFolderError(NoticekitError):
    """Notice files that symbolic links lead out of the folders given; none of them was read."""

    exit_code = 1


def discover(paths: list[Path]) -> list[Path]:
    """Notice files named by `paths`: files, notice folders (`<id>/notice.yaml`) or folders of
    notices.

    Files that a symbolic link leads out of their folder (see above) are an `OutsideFolderError`.
    """
    found: dict[str, Path] = {}
    outside: list[str] = []
    for path in paths:
        folder, files = _named_by(path)
        top = os.path.realpath(folder)
        for file in files:
            real = os.path.realpath(file)  # never raises, not even for a symbolic link loop
            if Path(real).is_relative_to(top):
                found.setdefault(real, file)
            else:
                outside.append(
                    f"{shown(file)}: not read: a symbolic link leads outside {quote(folder, 250)}; "
                    "noticekit reads notices only inside the folders it is given"
                )
    if outside:
        raise OutsideFolderError("\n".join(outside))
    return sorted(found.values(), key=str)


def shown(path: Path) -> str:
    """A path as messages show it: as given, control characters escaped."""
    return escape_controls(str(path))


def _named_by(path: Path) -> tuple[Path, list[Path]]:
    """The folder `path` names (for a file, the one holding it) and the notice files in it."""
    if path.is_file():
        return path.parent, [path]
    if not path.is_dir():
        raise UsageError(f"{quote(path, 250)} does not exist")
    files = _notices_in(path)
    if not files:
        raise UsageError(
            f'no notices in "{shown(path)}"; '
            f"expected {shown(path)}/<id>/{NOTICE_FILE} or {shown(path)}/{NOTICE_FILE}"
        )
    return path, files


def _notices_in(folder: Path) -> list[Path]:
    own = folder / NOTICE_FILE
    if _is_notice_file(own):
        return [own]
    try:
        children = sorted(folder.iterdir())
    except OSError as error:
        reason = error.strerror or error
        raise UsageError(f'cannot read the folder "{shown(folder)}": {reason}') from None
    return [child / NOTICE_FILE for child in children if _is_notice_file(child / NOTICE_FILE)]


def _is_notice_file(path: Path) -> bool:
    """A file, or a symbolic link by the name even if broken (reading it reports what is wrong)."""
    return path.is_file() or path.is_symlink()


def load_source(path: Path) -> tuple[SourceDocument | None, list[Problem]]:
    """Read and parse one notice file; on bad input return (None, [the problem])."""
    try:
        text = read_text(path)
    except YamlProblem as problem:
        return None, [_problem(path, problem)]
    return parse_source(path, text)


def load_bytes(path: Path, raw: bytes) -> tuple[SourceDocument | None, list[Problem]]:
    """Parse a notice's bytes as git stores them; `path` names it in messages
    (`HEAD:notices/x/notice.yaml`)."""
    try:
        text = decode_text(raw)
    except YamlProblem as problem:
        return None, [_problem(path, problem)]
    return parse_source(path, text)


def parse_source(path: Path, text: str) -> tuple[SourceDocument | None, list[Problem]]:
    """Parse a notice's text (from a file or git) into a document; problems are placed in `path`."""
    try:
        data, positions, key_positions = parse_yaml(text)
    except YamlProblem as problem:
        return None, [_problem(path, problem)]
    except YamlProblems as found:
        return None, [_problem(path, problem) for problem in found.problems]
    if not isinstance(data, dict):
        kind = "a list" if isinstance(data, list) else quote(data)
        message = f"a notice must be a mapping of fields (id, title, ...), got {kind}"
        return None, [_problem(path, YamlProblem(message, 1, 1))]
    return SourceDocument(path, data, positions, key_positions, text), []


def _problem(path: Path, problem: YamlProblem) -> Problem:
    return Problem(
        SourceDocument(path, None).display_path, problem.line, problem.col, problem.message
    )


def read_text(path: Path) -> str:
    """The file's text as strict UTF-8 without a BOM, refusing files that are too large."""
    return decode_text(read_bytes(path))


def read_bytes(path: Path) -> bytes:
    """The file's bytes, refusing files that are too large."""
    try:
        _check_size(path.stat().st_size)
        return path.read_bytes()
    except OSError as error:
        raise YamlProblem(f"cannot read the file: {error.strerror or error}", 1, 1) from None


def _check_size(size: int) -> None:
    if size > MAX_BYTES:
        limit = f"notices are limited to {MAX_BYTES} bytes (1 MiB)"
        raise YamlProblem(f"the file is {size} bytes; {limit}", 1, 1)


def decode_text(raw: bytes) -> str:
    """A notice's bytes (a file's, or a git object's) as strict UTF-8 without a BOM."""
    _check_size(len(raw))
    for bom, encoding in FOREIGN_BOMS.items():
        if raw.startswith(bom):
            raise YamlProblem(
                f"the file is {encoding}; save it as UTF-8 (without a byte order mark)", 1, 1
            )
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line, col = _byte_position(raw, error.start)
        raise YamlProblem(
            f"invalid UTF-8 (byte 0x{raw[error.start]:02X}); save the file as UTF-8", line, col
        ) from None
    if text.startswith(BOM):
        raise YamlProblem(
            "the file starts with a byte order mark (BOM); save it as UTF-8 without BOM", 1, 1
        )
    return text


def _byte_position(raw: bytes, offset: int) -> tuple[int, int]:
    line_start = raw.rfind(b"\n", 0, offset) + 1
    line = raw.count(b"\n", 0, offset) + 1
    col = len(raw[line_start:offset].decode("utf-8", errors="replace")) + 1
    return line, col
