"""Write generated files only when they change, or check that they are up to date (`--check`)."""

from __future__ import annotations

from pathlib import Path

from noticekit.console import say
from noticekit.errors import UsageError


def write_if_changed(out: Path, text: str, check: bool, what: str, command: str) -> int:
    """Write `text` to `out` atomically (or with `check`, only compare); 1 when `--check` finds it stale."""
    current = out.read_text(encoding="utf-8") if out.is_file() else None
    if check:
        if current == text:
            say(f"✔ {out} is up to date")
            return 0
        say(f"✖ {out} is stale; run `{command}` to regenerate the {what}")
        return 1
    if current == text:
        say(f"✔ {out} is up to date")
        return 0
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        temporary = out.with_name(f".{out.name}.tmp")
        temporary.write_text(text, encoding="utf-8")
        temporary.replace(out)
    except OSError as error:
        raise UsageError(f'cannot write "{out}": {error.strerror or error}') from None
    say(f"✔ wrote {out}")
    return 0
