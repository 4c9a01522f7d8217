"""Safe YAML parsing that keeps what the author wrote and where: no implicit typing surprises, no aliases."""

from __future__ import annotations

from typing import Any

import yaml
from yaml.nodes import MappingNode
from yaml.nodes import Node
from yaml.nodes import ScalarNode
from yaml.nodes import SequenceNode

from noticekit import yaml_rules as rules
from noticekit.source import DataPath
from noticekit.source import Positions
from noticekit.yaml_events import Built
from noticekit.yaml_events import build_from_events
from noticekit.yaml_errors import YamlProblem
from noticekit.yaml_errors import YamlProblems
from noticekit.yaml_errors import reader_problem
from noticekit.yaml_errors import syntax_problem

PLAIN = rules.PLAIN
MAX_DEPTH = rules.MAX_DEPTH


class _SafeComposing:
    """Composer hooks: refuse anchors and aliases, bound nesting, and mark plain scalars for our own typing."""

    _depth = 0

    def resolve(self, kind: type[Node], value: Any, implicit: Any) -> str:
        if kind is ScalarNode and implicit[0]:
            return PLAIN
        return super().resolve(kind, value, implicit)

    def compose_node(self, parent: Node | None, index: Any) -> Node:
        event = self.peek_event()
        if isinstance(event, yaml.AliasEvent):
            raise YamlProblem(rules.alias_problem(event.anchor), *_mark(event.start_mark))
        if getattr(event, "anchor", None) is not None:
            raise YamlProblem(rules.anchor_problem(event.anchor), *_mark(event.start_mark))
        self._depth += 1
        if self._depth > MAX_DEPTH:
            raise YamlProblem(rules.DEPTH_PROBLEM, *_mark(event.start_mark))
        try:
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1


class _PyLoader(_SafeComposing, yaml.SafeLoader):
    """Pure-Python PyYAML underneath."""


LIBYAML = bool(yaml.__with_libyaml__)


def _mark(mark: yaml.Mark) -> tuple[int, int]:
    return mark.line + 1, mark.column + 1


class _Builder:
    """Turns a node tree into plain data while recording the position of every value and key.

    Problems that leave the rest of the tree readable (duplicate keys, tags, merge keys) are collected,
    so that one run reports all of them.
    """

    def __init__(self) -> None:
        self.positions: Positions = {}
        self.key_positions: Positions = {}
        self.problems: list[YamlProblem] = []

    def _problem(self, message: str, node: Node) -> None:
        self.problems.append(YamlProblem(message, *_mark(node.start_mark)))

    def build(self, node: Node, path: DataPath) -> Any:
        self.positions[path] = _mark(node.start_mark)
        if node.tag != PLAIN and node.tag not in rules.ALLOWED_TAGS:
            self._problem(rules.tag_problem(node.tag), node)
        if isinstance(node, MappingNode):
            return self._mapping(node, path)
        if isinstance(node, SequenceNode):
            return [self.build(item, (*path, index)) for index, item in enumerate(node.value)]
        return scalar_value(node)

    def _mapping(self, node: MappingNode, path: DataPath) -> dict[str, Any]:
        result: dict[str, Any] = {}
        first_lines: dict[str, int] = {}
        for key_node, value_node in node.value:
            key = self._key(key_node)
            if key is None:
                continue
            line, col = _mark(key_node.start_mark)
            if key in first_lines:
                self._problem(rules.duplicate_problem(key, first_lines[key]), key_node)
                continue
            first_lines[key] = line
            self.key_positions[(*path, key)] = (line, col)
            result[key] = self.build(value_node, (*path, key))
        return result

    def _key(self, node: Node) -> str | None:
        if not isinstance(node, ScalarNode):
            self._problem(rules.KEY_NOT_TEXT, node)
            return None
        if node.tag != PLAIN and node.tag not in rules.ALLOWED_TAGS:
            self._problem(rules.tag_problem(node.tag), node)
        if node.value == rules.MERGE_KEY and node.tag == PLAIN:
            self._problem(rules.MERGE_PROBLEM, node)
            return None
        return node.value


def scalar_value(node: ScalarNode) -> Any:
    """The value of a scalar: text unless it is plain and one of the few implicit forms we accept."""
    return rules.plain_value(node.value) if node.tag == PLAIN else node.value


def parse_yaml(text: str, *, libyaml: bool = LIBYAML) -> tuple[Any, Positions, Positions]:
    """Parse one YAML document into (data, positions, key_positions).

    Raises YamlProblem for input that stops parsing, YamlProblems for problems collected in a readable tree.
    """
    try:
        built = _parse_events(text) if libyaml else _parse_nodes(text)
    except yaml.reader.ReaderError as error:
        raise reader_problem(text, error, byte_offsets=libyaml) from None
    except yaml.MarkedYAMLError as error:
        raise syntax_problem(text, error) from None
    except RecursionError:
        raise YamlProblem(rules.DEPTH_PROBLEM, 1, 1) from None
    if built is None:
        raise YamlProblem("the file is empty; a notice starts with its id, title and languages", 1, 1)
    data, positions, key_positions, problems = built
    if problems:
        raise YamlProblems(problems)
    return data, positions, key_positions


def read_positions(text: str) -> tuple[Positions, Positions]:
    """(positions, key_positions) of a document that parses without problems."""
    _, positions, key_positions = parse_yaml(text)
    return positions, key_positions


def _parse_events(text: str) -> Built | None:
    """libyaml's parser (about ten times faster), its events built into data in one pass."""
    from yaml.cyaml import CParser

    parser = CParser(text)
    try:
        return build_from_events(parser)
    finally:
        parser.dispose()


def _parse_nodes(text: str) -> Built | None:
    """Pure-Python PyYAML: a node tree from its composer, then walked into data."""
    loader = _PyLoader(text)
    try:
        node = loader.get_single_node()
    finally:
        loader.dispose()
    if node is None:
        return None
    builder = _Builder()
    data = builder.build(node, ())
    return data, builder.positions, builder.key_positions, builder.problems
