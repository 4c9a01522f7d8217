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
from noticekit.source import Positions
from noticekit.yaml_errors import YamlProblem

#: A mapping's `key` while it waits for its next key, and while it reads a value it does not keep.
_EXPECT_KEY = object()
_SKIP = object()

Built = tuple[Any, Positions, Positions, list[YamlProblem]]


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


def node_tag(event: Any, default: str) -> str:
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
        self.positions: Positions = {}
        self.key_positions: Positions = {}
        self.problems: list[YamlProblem] = []
        self.root_mark: Any = None

    def _tag_problem(self, event: Any, default: str) -> str:
        """The explicit tag of a node, noted as a problem unless it is allowed."""
        tag = node_tag(event, default)
        if tag != rules.PLAIN and tag not in rules.ALLOWED_TAGS:
            mark = event.start_mark
            self.problems.append(YamlProblem(rules.tag_problem(tag), mark.line + 1, mark.column + 1))
        return tag

    def run(self, get_event: Any) -> Any:
        """Read node events up to the end of the root node; return the root's value.

        The open collection lives in local variables and the ones around it in `stack`: this loop runs
        once per event, so it avoids attribute look-ups and calls (about half the time of a frame object).
        A collection's `data` is None when it is not kept (a duplicate key's value, or a key itself).
        """
        positions, problems = self.positions, self.problems
        stack: list[tuple[Any, DataPath, bool, Any, bool]] = []
        # The root stands in a one-item list, so that its value is delivered like any other.
        data: Any = []
        path: DataPath = ()
        is_map = is_key = False
        key: Any = _EXPECT_KEY
        while True:
            event = get_event()
            kind = type(event)
            if kind is SequenceEndEvent or kind is MappingEndEvent:
                value, dropped = data, is_key
                data, path, is_map, key, is_key = stack.pop()
                if dropped:  # a list or mapping used as a key: read, then dropped
                    continue
            elif kind is AliasEvent or event.anchor is not None or len(stack) >= rules.MAX_DEPTH:
                _refuse(event)
            else:
                mark = event.start_mark
                if is_map and key is _EXPECT_KEY:
                    key = _SKIP
                    if data is not None and kind is ScalarEvent:
                        key = self._key(event, data, path, (mark.line + 1, mark.column + 1))
                    elif kind is not ScalarEvent:
                        if data is not None:
                            problems.append(YamlProblem(rules.KEY_NOT_TEXT, mark.line + 1, mark.column + 1))
                        stack.append((data, path, is_map, key, is_key))
                        data, path, is_map, key, is_key = None, (), kind is MappingStartEvent, _EXPECT_KEY, True
                    continue
                if data is None or key is _SKIP:
                    node_path = None
                elif is_map:
                    node_path = (*path, key)
                else:
                    node_path = (*path, len(data)) if stack else ()
                    if not stack:
                        self.root_mark = mark
                if node_path is not None:
                    positions[node_path] = (mark.line + 1, mark.column + 1)
                if kind is ScalarEvent:
                    plain = event.implicit[0]
                    if event.tag is not None:
                        tag = node_tag(event, rules.STR) if node_path is None else self._tag_problem(event, rules.STR)
                        plain = tag == rules.PLAIN
                    value = rules.plain_value(event.value) if plain else event.value
                else:
                    is_new_map = kind is MappingStartEvent
                    if event.tag is not None and node_path is not None:
                        self._tag_problem(event, rules.MAP if is_new_map else rules.SEQ)
                    stack.append((data, path, is_map, key, is_key))
                    data = None if node_path is None else {} if is_new_map else []
                    path, is_map, key, is_key = node_path, is_new_map, _EXPECT_KEY, False
                    continue
            # deliver the finished value to the collection around it
            if is_map:
                if data is not None and key is not _SKIP:
                    data[key] = value
                key = _EXPECT_KEY
            elif data is not None:
                data.append(value)
            if not stack:
                return data[0]

    def _key(self, event: Any, data: dict[str, Any], path: DataPath, place: tuple[int, int]) -> Any:
        """A text key of a kept mapping: noted with its position, or _SKIP for a merge key or a duplicate."""
        line, col = place
        plain = event.implicit[0]
        if event.tag is not None:
            plain = self._tag_problem(event, rules.STR) == rules.PLAIN
        key = event.value
        if key == rules.MERGE_KEY and plain:
            self.problems.append(YamlProblem(rules.MERGE_PROBLEM, line, col))
        elif key in data:  # a key is in `data` from its value on, and has its value before the next key
            first_line = self.key_positions[(*path, key)][0]
            self.problems.append(YamlProblem(rules.duplicate_problem(key, first_line), line, col))
        else:
            self.key_positions[(*path, key)] = place
            return key
        return _SKIP
