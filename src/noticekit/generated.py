"""Write generated files only when they change, or check that they are up to date (`--check`)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TextIO

from noticekit.errors import UsageError


def write_if_changed(out: Path, text: str, check: bool, what: str, command: str, stream: TextIO | None = None) -> int:
    """Write `text` to `out` (or with `check`, only compare); 1 when `--check` finds the file stale."""
    current = out.read_text(encoding="utf-8") if out.is_file() else None
    if check:
        if current == text:
            _say(stream, f"✔ {out} is up to date")
            return 0
        _say(stream, f"✖ {out} is stale; run `{command}` to regenerate the {what}")
        return 1
    if current != text:
        try:
            out.parent.mkdir(parents=True, exist_ok=True)
            temporary = out.with_name(f".{out.name}.tmp")
            temporary.write_text(text, encoding="utf-8")
            temporary.replace(out)
        except OSError as error:
            raise UsageError(f'cannot write "{out}": {error.strerror or error}') from None
    _say(stream, f"✔ wrote {out}" if current != text else f"✔ {out} is up to date")
    return 0


def _say(stream: TextIO | None, line: str) -> None:
    (stream or sys.stdout).write(line + "\n")
