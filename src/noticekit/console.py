"""Write lines to a console that may not encode every character (a Windows code page, `PYTHONIOENCODING=ascii`)."""

from __future__ import annotations

import sys
from typing import TextIO


def printable(line: str, out: TextIO) -> str:
    """`line` as `out` can encode it: a console that cannot show "✔" or "æ" gets "?" instead of a crash."""
    encoding = getattr(out, "encoding", None) or "utf-8"
    try:
        line.encode(encoding)
    except UnicodeEncodeError:
        return line.encode(encoding, errors="replace").decode(encoding)
    except LookupError:
        pass
    return line


def say(line: str, out: TextIO | None = None) -> None:
    """Write one line to `out` (standard output by default)."""
    stream = out or sys.stdout
    stream.write(printable(line, stream) + "\n")
