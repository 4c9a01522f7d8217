"""Safe YAML parsing that keeps what the author wrote and where: no implicit typing surprises, no aliases."""

from __future__ import annotations

import re
from typing import Any

import yaml
from yaml.nodes import MappingNode
from yaml.nodes import Node
from yaml.nodes import ScalarNode
from yaml.nodes import SequenceNode

from noticekit.source import DataPath
from noticekit.yaml_errors import YamlProblem
from noticekit.yaml_errors import YamlProblems
from noticekit.yaml_errors import reader_problem
from noticekit.yaml_errors import syntax_problem

#: The only implicit types: `true`/`false`, `null`/`~`/empty, and decimal integers without leading zeros.
#: Everything else a plain scalar can look like (`NO`, `yes`, `1.10`, `0123`, `2024-05-25`, `1e3`) stays text.
BOOLEANS = {"true": True, "false": False}
NULLS = frozenset({"null", "~", ""})
INTEGER = re.compile(r"^-?(0|[1-9][0-9]{0,17})$")  # longer digit runs stay text

#: Explicit tags an author may write; anything else (`!!python/...`, `!!binary`, `!custom`) is refused.
ALLOWED_TAGS = frozenset({"tag:yaml.org,2002:str", "tag:yaml.org,2002:seq", "tag:yaml.org,2002:map"})
PLAIN = "noticekit:plain"
MERGE_KEY = "<<"
MAX_DEPTH = 64


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
            raise YamlProblem(
                f'aliases ("*{event.anchor}") are not allowed; write the value out in full', *_mark(event.start_mark)
            )
        if getattr(event, "anchor", None) is not None:
            raise YamlProblem(
                f'anchors ("&{event.anchor}") are not allowed; write each value out in full', *_mark(event.start_mark)
            )
        self._depth += 1
        if self._depth > MAX_DEPTH:
            raise YamlProblem(f"nesting is deeper than {MAX_DEPTH} levels", *_mark(event.start_mark))
        try:
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1


class _PyLoader(_SafeComposing, yaml.SafeLoader):
    """Pure-Python PyYAML underneath."""


if yaml.__with_libyaml__:
    from yaml.cyaml import CParser

    class _CLoader(_SafeComposing, yaml.composer.Composer, yaml.resolver.Resolver, CParser):
        """libyaml's parser (about ten times faster) under PyYAML's composer, so that we control composing."""

        def __init__(self, text: str) -> None:
            CParser.__init__(self, text)
            yaml.composer.Composer.__init__(self)
            yaml.resolver.Resolver.__init__(self)


LIBYAML = bool(yaml.__with_libyaml__)


def _tag(tag: str) -> str:
    return tag.replace("tag:yaml.org,2002:", "!!")


def _mark(mark: yaml.Mark) -> tuple[int, int]:
    return mark.line + 1, mark.column + 1


class _Builder:
    """Turns a node tree into plain data while recording the position of every value and key.

    Problems that leave the rest of the tree readable (duplicate keys, tags, merge keys) are collected,
    so that one run reports all of them.
    """

    def __init__(self) -> None:
        self.positions: dict[DataPath, tuple[int, int]] = {}
        self.key_positions: dict[DataPath, tuple[int, int]] = {}
        self.problems: list[YamlProblem] = []

    def _problem(self, message: str, node: Node) -> None:
        self.problems.append(YamlProblem(message, *_mark(node.start_mark)))

    def build(self, node: Node, path: DataPath) -> Any:
        self.positions[path] = _mark(node.start_mark)
        if node.tag != PLAIN and node.tag not in ALLOWED_TAGS:
            self._problem(f'the tag "{_tag(node.tag)}" is not allowed; remove it', node)
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
                self._problem(f'duplicate key "{key}" (first defined on line {first_lines[key]})', key_node)
                continue
            first_lines[key] = line
            self.key_positions[(*path, key)] = (line, col)
            result[key] = self.build(value_node, (*path, key))
        return result

    def _key(self, node: Node) -> str | None:
        if not isinstance(node, ScalarNode):
            self._problem("a key must be plain text, not a list or mapping", node)
            return None
        if node.tag != PLAIN and node.tag not in ALLOWED_TAGS:
            self._problem(f'the tag "{_tag(node.tag)}" is not allowed; remove it', node)
        if node.value == MERGE_KEY and node.tag == PLAIN:
            self._problem('merge keys ("<<") are not allowed; write the fields out in full', node)
            return None
        return node.value


def scalar_value(node: ScalarNode) -> Any:
    """The value of a scalar: text unless it is plain and one of the few implicit forms we accept."""
    if node.tag != PLAIN:
        return node.value
    if node.value in BOOLEANS:
        return BOOLEANS[node.value]
    if node.value in NULLS:
        return None
    if INTEGER.match(node.value):
        return int(node.value)
    return node.value


def parse_yaml(
    text: str, *, libyaml: bool = LIBYAML
) -> tuple[Any, dict[DataPath, tuple[int, int]], dict[DataPath, tuple[int, int]]]:
    """Parse one YAML document into (data, positions, key_positions).

    Raises YamlProblem for input that stops parsing, YamlProblems for problems collected in a readable tree.
    """
    loader = None
    try:
        loader = _CLoader(text) if libyaml else _PyLoader(text)
        node = loader.get_single_node()
    except yaml.reader.ReaderError as error:
        raise reader_problem(text, error, byte_offsets=libyaml) from None
    except yaml.MarkedYAMLError as error:
        raise syntax_problem(text, error) from None
    except RecursionError:
        raise YamlProblem(f"nesting is deeper than {MAX_DEPTH} levels", 1, 1) from None
    finally:
        if loader is not None:
            loader.dispose()
    if node is None:
        raise YamlProblem("the file is empty; a notice starts with its id, title and languages", 1, 1)
    builder = _Builder()
    data = builder.build(node, ())
    if builder.problems:
        raise YamlProblems(builder.problems)
    return data, builder.positions, builder.key_positions
