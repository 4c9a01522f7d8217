"""The text format: grouped by file, with code and article, and a summary line."""

from __future__ import annotations

import io
import re
from pathlib import Path

from noticekit.report import text

from .problems import CHECKED
from .problems import PROBLEMS
from .problems import SHOWN
from .problems import UNSAFE

GOLDEN = Path(__file__).parent / "data" / "text.golden"


class Latin1(io.StringIO):
    encoding = "latin-1"


def render(problems: list, checked: list[str], out: io.StringIO | None = None) -> str:
    out = out or io.StringIO()
    text.write(problems, checked, out)
    return out.getvalue()


def test_output_matches_the_golden_file() -> None:
    assert render(PROBLEMS, CHECKED) == GOLDEN.read_text(encoding="utf-8")


def test_summary_counts_problems_levels_and_notices() -> None:
    assert (
        render(PROBLEMS, CHECKED).splitlines()[-1]
        == "✖ 3 problems (2 errors, 1 warning) in 3 notices"
    )


def test_clean_run_says_so_in_singular() -> None:
    assert render([], CHECKED[:1]) == "✔ no problems in 1 notice\n"


def test_terminal_that_cannot_show_the_symbol_gets_ascii() -> None:
    assert render(PROBLEMS[1:2], CHECKED[:1], Latin1()).splitlines()[-1] == (
        "x 1 problem (1 error, 0 warnings) in 1 notice"
    )


def test_control_characters_in_file_and_message_are_escaped() -> None:
    lines = render([UNSAFE], [UNSAFE.file]).splitlines()
    assert lines[0] == f"notices/{SHOWN}/notice.yaml"
    assert lines[1].startswith(f"  1:1  error    got {SHOWN} here  (NK004")


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_a_terminal_gets_colour_and_the_same_words(monkeypatch) -> None:
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setenv("TERM", "xterm")
    coloured = render(PROBLEMS, CHECKED, Terminal())
    assert "\x1b[1;31merror  \x1b[0m" in coloured
    assert "\x1b[33mwarning\x1b[0m" in coloured
    assert re.sub(r"\x1b\[[0-9;]*m", "", coloured) == GOLDEN.read_text(encoding="utf-8")


def test_no_color_keeps_a_terminal_plain(monkeypatch) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    assert render(PROBLEMS, CHECKED, Terminal()) == GOLDEN.read_text(encoding="utf-8")


def test_output_that_is_not_a_terminal_stays_plain(monkeypatch) -> None:
    monkeypatch.delenv("NO_COLOR", raising=False)
    assert "\x1b[" not in render(PROBLEMS, CHECKED, io.StringIO())
