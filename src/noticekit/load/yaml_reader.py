"""The one YAML reader: what noticekit accepts in YAML, read into plain data with the position of
every value.

The policy, in one place:
- one document, a safe subset: no anchors, aliases or merge keys, no tags but `!!str`, `!!seq`,
  `!!map`;
- keys are plain text and unique;
- only `true`/`false` are booleans, only `null`/`~`/empty is null, and decimal integers without
  leading zeros are numbers; everything else (`NO`, `yes`, `1.10`, `0123`, `2024-05-25`) stays text;
- nesting is limited to `MAX_DEPTH` levels; tabs never indent or separate.

The data is built in one pass over PyYAML's parse events (the loader's `get_event`), whichever
parser produces them: libyaml's where PyYAML has it, else PyYAML's own. The two disagree only about
tabs, which libyaml accepts as separating whitespace; a text with a tab is therefore always read by
PyYAML's own parser, so that a file is accepted or refused the same way on every machine.
"""

from __future__ import annotations

import re
from collections.abc import Callable
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
from noticekit.load.yaml_errors import duplicate_problem
from noticekit.load.yaml_errors import node_problem
from noticekit.load.yaml_errors import place
from noticekit.load.yaml_errors import reader_problem
from noticekit.load.yaml_errors import syntax_problem
from noticekit.load.yaml_errors import tag_problem

BOOLEANS = {"true": True, "false": False}
NULLS = frozenset({"null", "~", ""})
INTEGER = re.compile(r"-?(0|[1-9][0-9]{0,17})")  # longer digit runs stay text
INTEGER_STARTS = frozenset("-0123456789")  # a cheap test first: most values are words
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
    if text[0] in INTEGER_STARTS and INTEGER.fullmatch(text):
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
        parser = loader(text)
        try:  # the loader's own event API: one call per event, no generator between
            data = builder.read(parser.get_event)
        finally:
            parser.dispose()
    except yaml.reader.ReaderError as error:
        raise reader_problem(text, error, byte_offsets=loader is not yaml.SafeLoader) from None
    except yaml.MarkedYAMLError as error:
        raise syntax_problem(text, error) from None
    if builder.problems:
        raise YamlProblems(builder.problems)
    return data, builder.positions, builder.key_positions


class _Collection:
    """An open mapping or list: its data (None when not kept), its path, and (a mapping) the path
    of the key awaiting a value (None when that value is not kept)."""

    __slots__ = ("data", "path", "is_map", "is_key", "key_path", "expect_key")

    def __init__(self, data: Any, path: DataPath, is_map: bool, *, is_key: bool = False) -> None:
        self.data, self.path, self.is_map, self.is_key = data, path, is_map, is_key
        self.key_path: DataPath | None = None
        self.expect_key = is_map


class _Builder:
    """Plain data and positions from one document's events, collecting problems that leave it
    readable. Scalars, most of the events, take the shortest way (`_scalar`)."""

    def __init__(self) -> None:
        self.positions: Positions = {}
        self.key_positions: Positions = {}
        self.problems: list[YamlProblem] = []
        self.root = _Collection([], (), False)  # the root value is delivered into a one-item list

    def read(self, next_event: Callable[[], Any]) -> Any:
        """The document's data from its events, `next_event()` giving each in turn; no event is
        asked for after the stream's end."""
        next_event()  # stream start
        if isinstance(next_event(), StreamEndEvent):
            raise YamlProblem(EMPTY_PROBLEM, 1, 1)
        stack = [self.root]
        scalar, start, deliver = self._scalar, self._start, self._deliver
        while True:
            event = next_event()
            kind = type(event)
            if kind is ScalarEvent:
                scalar(event, stack)
            elif kind is MappingEndEvent or kind is SequenceEndEvent:
                done = stack.pop()
                if not done.is_key:  # a list or mapping used as a key is read, then dropped
                    deliver(stack[-1], done.data)
            elif kind is DocumentEndEvent:
                break
            else:
                start(event, stack)
        following = next_event()
        if not isinstance(following, StreamEndEvent):
            message = 'only one YAML document is allowed per file; remove the extra "---"'
            raise YamlProblem(message, *place(following))
        return self.root.data[0]

    def _scalar(self, event: Any, stack: list[_Collection]) -> None:
        """A key, or a value put in its place with its position."""
        if event.anchor is not None or len(stack) > MAX_DEPTH:
            raise node_problem(event, DEPTH_PROBLEM)
        mark = event.start_mark
        place = (mark.line + 1, mark.column + 1)
        parent = stack[-1]
        if parent.expect_key:
            self._key(event, parent, place)
            return
        path = self._value_path(parent)
        if path is None:
            return
        tag = event.tag
        if tag is None or tag == "!":
            value = plain_value(event.value) if event.implicit[0] else event.value
        else:
            self._check_tag(tag, place)
            value = event.value
        self.positions[path] = place
        if parent.is_map:
            parent.data[path[-1]] = value
        else:
            parent.data.append(value)

    def _start(self, event: Any, stack: list[_Collection]) -> None:
        """A list or mapping begins (or an alias, which is refused)."""
        if type(event) is AliasEvent or event.anchor is not None or len(stack) > MAX_DEPTH:
            raise node_problem(event, DEPTH_PROBLEM)
        where = place(event)
        parent = stack[-1]
        is_map = type(event) is MappingStartEvent
        if parent.expect_key:
            parent.expect_key, parent.key_path = False, None
            if parent.data is not None:
                self.problems.append(YamlProblem(KEY_NOT_TEXT, *where))
            stack.append(_Collection(None, (), is_map, is_key=True))
            return
        path = self._value_path(parent)
        if path is not None:
            self.positions[path] = where
            if event.tag not in (None, "!"):
                self._check_tag(event.tag, where)
        stack.append(
            _Collection(None if path is None else {} if is_map else [], path or (), is_map)
        )

    def _value_path(self, parent: _Collection) -> DataPath | None:
        """Where the next value of `parent` goes, or None when it is not kept; a mapping then
        awaits its next key."""
        if parent.is_map:
            parent.expect_key = True
            return parent.key_path
        if parent.data is None:
            return None
        return () if parent is self.root else (*parent.path, len(parent.data))

    def _key(self, event: Any, parent: _Collection, place: tuple[int, int]) -> None:
        parent.expect_key, parent.key_path = False, None
        if parent.data is None:
            return
        tag = event.tag
        if tag is None or tag == "!":
            plain = event.implicit[0]
        else:
            self._check_tag(tag, place)
            plain = False
        key = event.value
        if key == MERGE_KEY and plain:
            self.problems.append(YamlProblem(MERGE_PROBLEM, *place))
        elif key in parent.data:
            first_line = self.key_positions[(*parent.path, key)][0]
            self.problems.append(YamlProblem(duplicate_problem(key, first_line), *place))
        else:
            parent.key_path = path = (*parent.path, key)
            self.key_positions[path] = place

    def _check_tag(self, tag: str, place: tuple[int, int]) -> None:
        """Notes an explicit tag that is not allowed."""
        if tag not in ALLOWED_TAGS:
            self.problems.append(YamlProblem(tag_problem(tag), *place))

    def _deliver(self, parent: _Collection, value: Any) -> None:
        """A finished list or mapping put in its place (its position was noted at its start)."""
        if parent.is_map:
            if parent.key_path is not None:
                parent.data[parent.key_path[-1]] = value
        elif parent.data is not None:
            parent.data.append(value)
