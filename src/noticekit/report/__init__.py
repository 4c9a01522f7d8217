"""Lint report formatters, registered by name (`--format`): each writes problems to a stream."""

from __future__ import annotations

import difflib
from collections.abc import Callable
from collections.abc import Sequence
from typing import TextIO

from noticekit.errors import UsageError
from noticekit.problems import Problem

from . import auto
from . import github
from . import json
from . import sarif
from . import text

#: `write(problems, checked, out)`: the sorted problems and the display paths of the files checked.
Formatter = Callable[[Sequence[Problem], Sequence[str], TextIO], None]

FORMATTERS: dict[str, Formatter] = {
    "auto": auto.write,
    "text": text.write,
    "json": json.write,
    "github": github.write,
    "sarif": sarif.write,
}


def get(name: str) -> Formatter:
    """The formatter called `name`; an unknown name is a usage error with a suggestion."""
    if name in FORMATTERS:
        return FORMATTERS[name]
    close = difflib.get_close_matches(name, list(FORMATTERS), n=1)
    hint = f', did you mean "{close[0]}"?' if close else ""
    choices = ", ".join(FORMATTERS)
    raise UsageError(f'unknown format "{name}"{hint or f" (expected one of {choices})"}')
