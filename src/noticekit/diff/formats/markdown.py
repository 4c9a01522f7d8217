"""`--format markdown`: a pull-request comment, each notice in its authoritative language.

A hidden first line (`<!-- noticekit diff -->`) lets a workflow find and update its own comment.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TextIO

from noticekit.diff.match import display_name
from noticekit.diff.model import Change
from noticekit.diff.model import NoticeDiff
from noticekit.diff.shown import values
from noticekit.diff.wording import NEED_NEW_VERSION
from noticekit.diff.wording import Wording
from noticekit.diff.wording import counts
from noticekit.diff.wording import needs_new_version
from noticekit.i18n.languages import require_shipped

MARKER = "<!-- noticekit diff -->"
#: Values longer than this are cut in a table cell, with an ellipsis.
CELL = 120
HEADERS = ("Change", "Where", "Class", "Before", "After", "Basis")


def cell(text: str, limit: int = CELL) -> str:
    """Text safe in a Markdown table cell: one line, pipes escaped, cut at `limit` characters."""
    line = " ".join(text.split())
    if len(line) > limit:
        line = line[: limit - 1] + "…"
    return line.replace("\\", "\\\\").replace("|", "\\|") or "–"


def code(text: str) -> str:
    return f"`{text.replace('`', '')}`" if text else "–"


def row(change: Change, words: Wording, diff: NoticeDiff) -> str:
    verdict = f"**{words.verdict(change)}**" if change.material else words.verdict(change)
    note = words.overridden(change)
    before, after = values(change, words.lang, diff)
    cells = [
        cell(words.label(change)), code(change.path),
        verdict + (f" ({cell(note)})" if note else ""),
        cell(before), cell(after), cell(words.basis(change), limit=400),
    ]  # fmt: skip
    return "| " + " | ".join(cells) + " |"


def section(diff: NoticeDiff, words: Wording) -> list[str]:
    """One notice: heading, versions and counts, the advice on material changes, the table."""
    notice = diff.new or diff.old
    assert notice is not None
    title = display_name(notice, words.lang) or diff.id
    before, after = diff.from_version or "–", diff.to_version or "–"
    material, editorial = counts(diff)
    lines = [
        f"### {cell(title, 200)} ({code(diff.id)})",
        "",
        f"**{words('Version')}** {cell(before)} → {cell(after)} · "
        f"**{words('Material changes')}:** "
        f"{material} · **{words('Editorial changes')}:** {editorial}",
        "",
    ]
    if needs_new_version(diff):
        lines += [f"> {words(NEED_NEW_VERSION)}", ""]
    lines.append("| " + " | ".join(words(header) for header in HEADERS) + " |")
    lines.append("|" + "---|" * len(HEADERS))
    lines += [row(change, words, diff) for change in diff.changes]
    return [*lines, ""]


def language_of(diff: NoticeDiff) -> str:
    """The catalog for the notice's authoritative language (English where none is shipped)."""
    try:
        return require_shipped(diff.language)
    except LookupError:
        return "en"


def write(diffs: Sequence[NoticeDiff], out: TextIO) -> None:
    lines = [MARKER, ""]
    for diff in diffs:
        lines += section(diff, Wording(language_of(diff)))
    if not diffs:
        lines += [Wording("en")("No changes."), ""]
    out.write("\n".join(lines))
