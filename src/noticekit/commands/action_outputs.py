"""The outputs of noticekit's GitHub Action (`action.yml`): `key=value` lines for `$GITHUB_OUTPUT`.

`python -m noticekit.commands.action_outputs lint REPORT` reads `noticekit lint --format json` and
gives `errors`, `warnings` and `problems`; `... diff REPORT` reads `noticekit diff --format json`
(`{"notices": [{"id": ..., "material": true|false, ...}]}`) and gives `material` (`true` when any
notice changed materially) and `changed` (how many notices changed). A report that is missing or
unreadable gives no outputs, and the action's step keeps the exit code of noticekit itself.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any


def lint_outputs(report: dict[str, Any]) -> dict[str, str]:
    """Counts of findings from a lint report."""
    summary = report.get("summary") or {}
    return {key: str(summary[key]) for key in ("errors", "warnings", "problems") if key in summary}


def diff_outputs(report: dict[str, Any]) -> dict[str, str]:
    """Whether anything material changed, and how many notices changed, from a diff report."""
    notices = [notice for notice in report.get("notices") or [] if isinstance(notice, dict)]
    material = any(notice.get("material") is True for notice in notices)
    return {"material": "true" if material else "false", "changed": str(len(notices))}


READERS = {"lint": lint_outputs, "diff": diff_outputs}


def main(argv: list[str]) -> int:
    """`lint|diff REPORT`: print the outputs; 2 for a wrong call."""
    if len(argv) != 2 or argv[0] not in READERS:
        print(
            "usage: python -m noticekit.commands.action_outputs lint|diff REPORT", file=sys.stderr
        )
        return 2
    try:
        report = json.loads(Path(argv[1]).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return 0
    if isinstance(report, dict):
        for key, value in READERS[argv[0]](report).items():
            print(f"{key}={value}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
