"""YAML problems: the exceptions the loader raises, and clear messages for PyYAML's own errors."""

from __future__ import annotations

import re
from typing import Any

import yaml
from yaml.events import AliasEvent

from noticekit.quoting import escape_controls
from noticekit.quoting import excerpt
from noticekit.quoting import quote


class YamlProblem(Exception):
    """A problem in the YAML text itself, at a 1-based line and column."""

    def __init__(self, message: str, line: int, col: int) -> None:
        super().__init__(message)
        self.message = message
        self.line = line
        self.col = col


class YamlProblems(Exception):
    """Several problems found while building the data; the document is not used."""

    def __init__(self, problems: list[YamlProblem]) -> None:
        super().__init__(f"{len(problems)} problems")
        self.problems = problems


def place(event: Any) -> tuple[int, int]:
    """Where a parse event starts: 1-based line and column."""
    return event.start_mark.line + 1, event.start_mark.column + 1


def tag_problem(tag: str) -> str:
    return f"the tag {quote(tag.replace('tag:yaml.org,2002:', '!!'))} is not allowed; remove it"


def duplicate_problem(key: str, first_line: int) -> str:
    return f"duplicate key {quote(key)} (first defined on line {first_line})"


def node_problem(event: Any, depth_problem: str) -> YamlProblem:
    """Why the node of `event` is refused: an alias, an anchor, else nesting too deep."""
    if isinstance(event, AliasEvent):
        anchor = excerpt(event.anchor or "")
        message = f'aliases ("*{anchor}") are not allowed; write the value out in full'
    elif event.anchor is not None:
        anchor = excerpt(event.anchor)
        message = f'anchors ("&{anchor}") are not allowed; write each value out in full'
    else:
        message = depth_problem
    return YamlProblem(message, *place(event))


def reader_problem(text: str, error: yaml.reader.ReaderError, byte_offsets: bool) -> YamlProblem:
    """A character YAML does not allow; libyaml counts its position in bytes, PyYAML in
    characters."""
    char = error.character
    code = ord(char) if isinstance(char, str) else char
    offset = (
        len(text.encode("utf-8")[: error.position].decode("utf-8", errors="ignore"))
        if byte_offsets
        else error.position
    )
    before = text[:offset]
    line = before.count("\n") + 1
    col = offset - (before.rfind("\n") + 1) + 1
    return YamlProblem(f"the character U+{code:04X} is not allowed in YAML; remove it", line, col)


def syntax_problem(text: str, error: yaml.MarkedYAMLError) -> YamlProblem:
    """PyYAML's scanner or parser error as a message with line and column; tabs get their own.

    The parser's words may quote a character of the file: it is escaped like any value.
    """
    mark = error.problem_mark or error.context_mark
    line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
    tab = _tab_problem(text, line, col)
    if tab is not None:
        return tab
    problem = escape_controls(error.problem or "invalid YAML")
    in_text = _text_problem(text, line, col, problem)
    if in_text is not None:
        return in_text
    if "expected a single document" in f"{problem} {error.context}":
        return YamlProblem(
            'only one YAML document is allowed per file; remove the extra "---"', line, col
        )
    context = f" {escape_controls(error.context)}" if error.context else ""
    start = error.context_mark
    if start is not None and start.line + 1 != line:
        context += f" that starts at line {start.line + 1}, column {start.column + 1}"
    return YamlProblem(f"syntax error: {problem}{context}", line, col)


#: Parser messages (PyYAML's and libyaml's) for a character an unquoted text may not hold there,
#: by that character, and what to tell the author.
TEXT_PROBLEMS = {
    ":": (
        ("mapping values are not allowed", "expected ',' or '}'"),
        "contains a colon and a space",
    ),
    "-": (("sequence entries are not allowed",), 'starts with "-"'),
}
#: The key whose text it is: the last `key: ` before the character on its line.
TEXT_KEY = re.compile(r"([A-Za-z][\w-]*):\s[^:{,]*$")


def _text_problem(text: str, line: int, col: int, problem: str) -> YamlProblem | None:
    """A colon or a leading `-` in an unquoted text, as advice instead of the parser's words."""
    lines = text.splitlines()
    current = lines[line - 1] if 0 < line <= len(lines) else ""
    known, what = TEXT_PROBLEMS.get(current[col - 1 : col], ((), ""))
    if not any(message in problem for message in known):
        return None
    key = TEXT_KEY.search(current[: col - 1])
    whose = f"the text for {key.group(1)}" if key else "a text"
    return YamlProblem(f"{whose} {what}; quote it or use block style", line, col)


def _tab_problem(text: str, line: int, col: int) -> YamlProblem | None:
    lines = text.splitlines()
    current = lines[line - 1] if 0 < line <= len(lines) else ""
    indent = current[: len(current) - len(current.lstrip(" \t"))]
    if "\t" in indent:  # whatever the parser tripped on, a tab in the indentation is the cause
        return YamlProblem(
            "a tab is used for indentation; indent with spaces only", line, indent.index("\t") + 1
        )
    if 0 < col <= len(current) and current[col - 1] == "\t":
        return YamlProblem("a tab character is not allowed here; use spaces", line, col)
    return None
