"""The default format: `github` under GitHub Actions (GITHUB_ACTIONS is set), `text` elsewhere."""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import TextIO

from noticekit.problems import Problem
from noticekit.report import github
from noticekit.report import text


def write(problems: Sequence[Problem], checked: Sequence[str], out: TextIO) -> None:
    chosen = github if os.environ.get("GITHUB_ACTIONS") else text
    chosen.write(problems, checked, out)
