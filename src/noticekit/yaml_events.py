"""Build plain data and positions straight from libyaml's events, without a node tree in between.

Same data, positions and problems, in the same order, as composing nodes first and walking them
(`yaml_loader._Builder`); the parser is asked for events in the same sequence, so its own errors
surface at the same point.
"""

from __future__ import annotations

from typing import Any

from yaml.composer import ComposerError
from yaml.events import AliasEvent
from yaml.events import MappingEndEvent
from yaml.events import MappingStartEvent
from yaml.events import ScalarEvent
from yaml.events import SequenceEndEvent
from yaml.events import StreamEndEvent

from noticekit import yaml_rules as rules
from noticekit.source import DataPath
from noticekit.yaml_errors import YamlProblem

#: A mapping's `key` while it waits for its next key, and while it reads a value it does not keep.
_EXPECT_KEY = object()
_SKIP = object()
#: What `_place` says of a key: a plain one (taken) or a list or mapping (read, then dropped).
_TAKEN_KEY = object()
_COLLECTION_KEY = object()

Built = tuple[Any, dict[DataPath, tuple[int, int]], dict[DataPath, tuple[int, int]], list[YamlProblem]]


class _Frame:
    """An open sequence or mapping: its data (None when not kept), path, and the key awaiting a value."""

    __slots__ = ("data", "path", "is_map", "is_key", "key", "first_lines")

    def __init__(self, data: Any, path: DataPath, is_map: bool, is_key: bool = False) -> None:
        self.data = data
        self.path = path
        self.is_map = is_map
        self.is_key = is_key
        self.key: Any = _EXPECT_KEY
        self.first_lines: dict[str, int] = {}


def build_from_events(parser: Any) -> Built | None:
    """(data, positions, key_positions, problems) of the one document `parser` reads; None if it is empty."""
    parser.get_event()  # stream start
    if parser.check_event(StreamEndEvent):
        parser.get_event()
        return None
    parser.get_event()  # document start
    builder = _EventBuilder()
    root = builder.run(parser.get_event)
    parser.get_event()  # document end
    if not parser.check_event(StreamEndEvent):
        event = parser.get_event()
        raise ComposerError(
            "expected a single document in the stream", builder.root_mark, "but found another document", event.start_mark
        )
    parser.get_event()  # stream end
    return root, builder.positions, builder.key_positions, builder.problems


def _node_tag(event: Any, default: str) -> str:
    """The node's tag as the resolver gives it: ours for a plain scalar, else the explicit or default one."""
    tag = event.tag
    if tag is None or tag == "!":
        return rules.PLAIN if type(event) is ScalarEvent and event.implicit[0] else default
    return tag


def _refuse(event: Any) -> None:
    """Aliases, anchors and deep nesting stop parsing, as they stop composing."""
    line, col = event.start_mark.line + 1, event.start_mark.column + 1
    if type(event) is AliasEvent:
        raise YamlProblem(rules.alias_problem(event.anchor), line, col)
    if event.anchor is not None:
        raise YamlProblem(rules.anchor_problem(event.anchor), line, col)
    raise YamlProblem(rules.DEPTH_PROBLEM, line, col)


class _EventBuilder:
    """One pass over a document's node events with a stack of open collections."""

    def __init__(self) -> None:
        self.positions: dict[DataPath, tuple[int, int]] = {}
        self.key_positions: dict[DataPath, tuple[int, int]] = {}
        self.problems: list[YamlProblem] = []
        self.root_mark: Any = None

    def run(self, get_event: Any) -> Any:
        """Read node events up to the end of the root node; return the root's value."""
        stack: list[_Frame] = []
        while True:
            event = get_event()
            kind = type(event)
            if kind is SequenceEndEvent or kind is MappingEndEvent:
                frame = stack.pop()
                if not stack:
                    return frame.data
                if not frame.is_key:
                    _deliver(stack[-1], frame.data)
                continue
            if kind is AliasEvent or event.anchor is not None or len(stack) >= rules.MAX_DEPTH:
                _refuse(event)
            if self.root_mark is None:
                self.root_mark = event.start_mark
            path = self._place(stack, event)
            if path is _TAKEN_KEY:
                continue
            if path is _COLLECTION_KEY:
                stack.append(_Frame(None, (), kind is MappingStartEvent, is_key=True))
                continue
            if kind is ScalarEvent:
                tag = _node_tag(event, rules.STR)
                if path is not None:
                    self._record(path, tag, event)
                value = rules.plain_value(event.value) if tag == rules.PLAIN else event.value
                if not stack:
                    return value
                _deliver(stack[-1], value)
                continue
            is_map = kind is MappingStartEvent
            if path is not None:
                self._record(path, _node_tag(event, rules.MAP if is_map else rules.SEQ), event)
            stack.append(_Frame(None if path is None else {} if is_map else [], path, is_map))

    def _place(self, stack: list[_Frame], event: Any) -> Any:
        """The path of a node that is kept, None for one that is not; for a key, what kind it is."""
        if not stack:
            return ()
        parent = stack[-1]
        if parent.key is _EXPECT_KEY and parent.is_map:
            return self._key(parent, event, keep=parent.data is not None)
        if parent.data is None:
            return None
        if not parent.is_map:
            return (*parent.path, len(parent.data))
        return None if parent.key is _SKIP else (*parent.path, parent.key)

    def _record(self, path: DataPath, tag: str, event: Any) -> None:
        mark = event.start_mark
        self.positions[path] = (mark.line + 1, mark.column + 1)
        if tag != rules.PLAIN and tag not in rules.ALLOWED_TAGS:
            self.problems.append(YamlProblem(rules.tag_problem(tag), mark.line + 1, mark.column + 1))

    def _key(self, frame: _Frame, event: Any, *, keep: bool) -> object:
        """Take a key: note its problems and position; its value is kept only for a new plain text key."""
        line, col = event.start_mark.line + 1, event.start_mark.column + 1
        frame.key = _SKIP
        if type(event) is not ScalarEvent:
            if keep:
                self.problems.append(YamlProblem(rules.KEY_NOT_TEXT, line, col))
            return _COLLECTION_KEY
        if not keep:
            return _TAKEN_KEY
        tag = _node_tag(event, rules.STR)
        if tag != rules.PLAIN and tag not in rules.ALLOWED_TAGS:
            self.problems.append(YamlProblem(rules.tag_problem(tag), line, col))
        key = event.value
        if key == rules.MERGE_KEY and tag == rules.PLAIN:
            self.problems.append(YamlProblem(rules.MERGE_PROBLEM, line, col))
        elif key in frame.first_lines:
            self.problems.append(YamlProblem(rules.duplicate_problem(key, frame.first_lines[key]), line, col))
        else:
            frame.first_lines[key] = line
            self.key_positions[(*frame.path, key)] = (line, col)
            frame.key = key
        return _TAKEN_KEY


def _deliver(frame: _Frame, value: Any) -> None:
    """Put a finished value into its parent: appended to a list, or under the awaited key."""
    if frame.is_map:
        if frame.data is not None and frame.key is not _SKIP:
            frame.data[frame.key] = value
        frame.key = _EXPECT_KEY
    elif frame.data is not None:
        frame.data.append(value)
