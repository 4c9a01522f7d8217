"""The one YAML reader: what noticekit accepts in YAML, read into plain data with the position of
every value.

The policy, in one place:
- one document, a safe subset: no anchors, aliases or merge keys, no tags but `!!str`, `!!seq`,
  `!!map`;
- keys are plain text and unique;
- only `true`/`false` are booleans, only `null`/`~`/empty is null, and decimal integers without
  leading zeros are numbers; everything else (`NO`, `yes`, `1.10`, `0123`, `2024-05-25`) stays text;
- nesting is limited to `MAX_DEPTH` levels; tabs never indent or separate.

The data is built in one pass over PyYAML's parse events (`yaml.parse`), whichever parser produces
them: libyaml's where PyYAML has it, else PyYAML's own. The two disagree only about tabs, which
libyaml accepts as separating whitespace; a text with a tab is therefore always read by PyYAML's own
parser, so that a file is accepted or refused the same way on every machine.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import yaml
from yaml.events import AliasEvent
from yaml.events import DocumentEndEvent
from yaml.events import MappingEndEvent
from yaml.events import MappingStartEvent
from yaml.events import ScalarEvent
from yaml.events import SequenceEndEvent
from yaml.events import StreamEndEvent

from noticekit.load.source import DataPath
from noticekit.load.source import Positions
from noticekit.load.yaml_errors import YamlProblem
from noticekit.load.yaml_errors import YamlProblems
from noticekit.load.yaml_errors import reader_problem
from noticekit.load.yaml_errors import syntax_problem
from noticekit.quoting import excerpt
from noticekit.quoting import quote

BOOLEANS = {"true": True, "false": False}
NULLS = frozenset({"null", "~", ""})
INTEGER = re.compile(r"-?(0|[1-9][0-9]{0,17})")  # longer digit runs stay text
IMPLICIT_VALUES: dict[str, Any] = {**BOOLEANS, **dict.fromkeys(NULLS)}
STR, SEQ, MAP = "tag:yaml.org,2002:str", "tag:yaml.org,2002:seq", "tag:yaml.org,2002:map"
ALLOWED_TAGS = frozenset({STR, SEQ, MAP})
MERGE_KEY = "<<"
MAX_DEPTH = 64

DEPTH_PROBLEM = f"nesting is deeper than {MAX_DEPTH} levels"
KEY_NOT_TEXT = "a key must be plain text, not a list or mapping"
MERGE_PROBLEM = 'merge keys ("<<") are not allowed; write the fields out in full'
EMPTY_PROBLEM = "the file is empty; a notice starts with its id, title and languages"

#: libyaml's parser where PyYAML was built with it (about ten times faster); PyYAML's own otherwise.
FAST_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
Parsed = tuple[Any, Positions, Positions]


def plain_value(text: str) -> Any:
    """The value of a plain (untagged, unquoted) scalar: text unless it is one of the implicit
    forms."""
    if text in IMPLICIT_VALUES:
        return IMPLICIT_VALUES[text]
    if INTEGER.fullmatch(text):
        return int(text)
    return text


def parse_yaml(text: str, *, loader: Any = None) -> Parsed:
    """Parse one YAML document into (data, positions, key_positions).

    Raises YamlProblem for input that stops parsing, YamlProblems for problems collected in a
    readable tree (duplicate keys, tags, merge keys), so that one run reports all of them.
    """
    if loader is None:
        loader = yaml.SafeLoader if "\t" in text else FAST_LOADER
    builder = _Builder()
    try:
        data = builder.read(yaml.parse(text, Loader=loader))
    except yaml.reader.ReaderError as error:
        raise reader_problem(text, error, byte_offsets=loader is not yaml.SafeLoader) from None
    except yaml.MarkedYAMLError as error:
        raise syntax_problem(text, error) from None
    if builder.problems:
        raise YamlProblems(builder.problems)
    return data, builder.positions, builder.key_positions


def tag_problem(tag: str) -> str:
    return f"the tag {quote(tag.replace('tag:yaml.org,2002:', '!!'))} is not allowed; remove it"


def duplicate_problem(key: str, first_line: int) -> str:
    return f"duplicate key {quote(key)} (first defined on line {first_line})"


def _place(event: Any) -> tuple[int, int]:
    return event.start_mark.line + 1, event.start_mark.column + 1


class _Collection:
    """An open mapping or list: its data (None when not kept), its path, and the key awaiting a
    value."""

    __slots__ = ("data", "path", "is_map", "is_key", "key", "expect_key")

    def __init__(self, data: Any, path: DataPath, is_map: bool, *, is_key: bool = False) -> None:
        self.data, self.path, self.is_map, self.is_key = data, path, is_map, is_key
        self.key: str | None = None
        self.expect_key = is_map


class _Builder:
    """Plain data and positions from one document's events, collecting problems that leave it
    readable."""

    def __init__(self) -> None:
        self.positions: Positions = {}
        self.key_positions: Positions = {}
        self.problems: list[YamlProblem] = []
        self.root = _Collection([], (), False)  # the root value is delivered into a one-item list

    def read(self, events: Iterator[Any]) -> Any:
        next(events)  # stream start
        if isinstance(next(events), StreamEndEvent):
            raise YamlProblem(EMPTY_PROBLEM, 1, 1)
        stack = [self.root]
        for event in events:
            if isinstance(event, DocumentEndEvent):
                break
            if isinstance(event, (SequenceEndEvent, MappingEndEvent)):
                done = stack.pop()
                if not done.is_key:  # a list or mapping used as a key is read, then dropped
                    self._deliver(stack[-1], done.data)
            else:
                self._node(event, stack)
        following = next(events)
        if not isinstance(following, StreamEndEvent):
            message = 'only one YAML document is allowed per file; remove the extra "---"'
            raise YamlProblem(message, *_place(following))
        return self.root.data[0]

    def _node(self, event: Any, stack: list[_Collection]) -> None:
        place = _place(event)
        if isinstance(event, AliasEvent):
            raise YamlProblem(
                f'aliases ("*{excerpt(event.anchor or "")}") are not allowed; write the value out '
                "in full",
                *place,
            )
        if event.anchor is not None:
            raise YamlProblem(
                f'anchors ("&{excerpt(event.anchor)}") are not allowed; write each value out in '
                "full",
                *place,
            )
        if len(stack) > MAX_DEPTH:
            raise YamlProblem(DEPTH_PROBLEM, *place)
        parent = stack[-1]
        if parent.expect_key:
            self._key(event, parent, stack)
            return
        path = self._value_path(parent)
        if path is not None:
            self.positions[path] = place
        if isinstance(event, ScalarEvent):
            self._deliver(parent, self._scalar(event, keep=path is not None))
            return
        is_map = isinstance(event, MappingStartEvent)
        if path is not None:
            self._check_tag(event, MAP if is_map else SEQ)
        stack.append(
            _Collection(None if path is None else {} if is_map else [], path or (), is_map)
        )

    def _value_path(self, parent: _Collection) -> DataPath | None:
        """Where the next value of `parent` goes, or None when it is not kept."""
        if parent is self.root:
            return ()
        if parent.data is None:
            return None
        if parent.is_map:
            return None if parent.key is None else (*parent.path, parent.key)
        return (*parent.path, len(parent.data))

    def _key(self, event: Any, parent: _Collection, stack: list[_Collection]) -> None:
        parent.expect_key = False
        parent.key = None
        if not isinstance(event, ScalarEvent):
            if parent.data is not None:
                self.problems.append(YamlProblem(KEY_NOT_TEXT, *_place(event)))
            stack.append(_Collection(None, (), isinstance(event, MappingStartEvent), is_key=True))
            return
        if parent.data is None:
            return
        plain = self._check_tag(event, STR) is None
        key, path = event.value, (*parent.path, event.value)
        if key == MERGE_KEY and plain:
            self.problems.append(YamlProblem(MERGE_PROBLEM, *_place(event)))
        elif key in parent.data:
            first_line = self.key_positions[path][0]
            self.problems.append(YamlProblem(duplicate_problem(key, first_line), *_place(event)))
        else:
            self.key_positions[path] = _place(event)
            parent.key = key

    def _scalar(self, event: ScalarEvent, keep: bool) -> Any:
        if event.tag in (None, "!"):
            plain = event.implicit[0]
        else:
            if keep:
                self._check_tag(event, STR)
            plain = False
        return plain_value(event.value) if plain else event.value

    def _check_tag(self, event: Any, default: str) -> str | None:
        """The node's tag, or None for a plain scalar; a tag that is not allowed is noted."""
        tag = event.tag
        if tag is None or tag == "!":
            return None if isinstance(event, ScalarEvent) and event.implicit[0] else default
        if tag not in ALLOWED_TAGS:
            self.problems.append(YamlProblem(tag_problem(tag), *_place(event)))
        return tag

    def _deliver(self, parent: _Collection, value: Any) -> None:
        if parent.is_map:
            if parent.data is not None and parent.key is not None:
                parent.data[parent.key] = value
            parent.expect_key = True
        elif parent.data is not None:
            parent.data.append(value)
