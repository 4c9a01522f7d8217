"""`noticekit docs`: the authoring guide that ships with the package, on standard output."""

from __future__ import annotations

from importlib import resources
from typing import TextIO


def guide_text() -> str:
    """The authoring guide (`docs/authoring.md` of this noticekit release)."""
    return (resources.files("noticekit.docs") / "authoring.md").read_text(encoding="utf-8")


def run_docs(out: TextIO) -> int:
    """Print the guide; pipe it to a pager (`noticekit docs | less`) or save it."""
    out.write(guide_text())
    return 0
