"""Output formats of `noticekit diff`, by `--format` name: each writes the diffs to a stream.

The Markdown format is imported only when asked for: it translates through the gettext catalogs
(Babel), which the others never load; text and github load Babel only to put a storage period in
words (`noticekit.diff.periods`).
"""

from __future__ import annotations

import difflib
import importlib
from collections.abc import Callable
from collections.abc import Sequence
from typing import TextIO

from noticekit.diff.model import NoticeDiff
from noticekit.errors import UsageError

#: `write(diffs, out)`: the diffs of the notices that changed, in id order.
Formatter = Callable[[Sequence[NoticeDiff], TextIO], None]

#: Format name -> the module whose `write` produces it.
MODULES = {
    "text": "noticekit.diff.formats.text",
    "json": "noticekit.diff.formats.json",
    "markdown": "noticekit.diff.formats.markdown",
    "github": "noticekit.diff.formats.github",
}


def get(name: str) -> Formatter:
    """The formatter called `name`; an unknown name is a usage error with a suggestion."""
    if name not in MODULES:
        close = difflib.get_close_matches(name, list(MODULES), n=1)
        hint = (
            f', did you mean "{close[0]}"?' if close else f" (expected one of {', '.join(MODULES)})"
        )
        raise UsageError(f'unknown format "{name}"{hint}')
    return importlib.import_module(MODULES[name]).write
