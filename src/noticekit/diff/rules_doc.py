"""The table of change kinds in docs/versions.md, written from `noticekit.diff.rules`.

python -m noticekit.diff.rules_doc docs/versions.md          # rewrite the table
python -m noticekit.diff.rules_doc docs/versions.md --check  # fail if it is stale (a test does)
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from noticekit.diff.model import english_basis
from noticekit.diff.rules import RULES

START = "<!-- change kinds: start (python -m noticekit.diff.rules_doc docs/versions.md) -->"
END = "<!-- change kinds: end -->"


def table() -> str:
    """Every kind of change: its class, label, reason and citations, as a Markdown table."""
    lines = ["| kind | class | label | why | basis |", "|---|---|---|---|---|"]
    for rule in RULES:
        verdict = "**material**" if rule.material else "editorial"
        cells = (f"`{rule.kind}`", verdict, rule.label, rule.reason, english_basis(rule))
        lines.append("| " + " | ".join(cell.replace("|", "\\|") for cell in cells) + " |")
    return "\n".join(lines)


def updated(text: str) -> str:
    """`text` with the table between the markers written afresh."""
    if START not in text or END not in text:
        raise SystemExit(f"the markers are missing:\n{START}\n{END}")
    before, rest = text.split(START, 1)
    after = rest.split(END, 1)[1]
    return f"{before}{START}\n{table()}\n{END}{after}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("doc", type=Path)
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args(argv)
    text = args.doc.read_text(encoding="utf-8")
    fresh = updated(text)
    if args.check:
        if fresh != text:
            print(
                f"{args.doc}: the table of change kinds is stale; run without --check",
                file=sys.stderr,
            )
            return 1
        return 0
    args.doc.write_text(fresh, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
