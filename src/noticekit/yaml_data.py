"""The data of a clean notice, fast: libyaml's events straight into dicts and lists, without positions.

A build needs positions only to point at a problem, and most files have none. Anything this reader is not
sure of (a tag, an anchor or alias, a key that is not plain new text, deep nesting, a syntax error, more or
less than one document, a root that is not a mapping) makes it give up, and the full builder
(`yaml_events`) reads the file again: problems and positions always come from there.
"""

from __future__ import annotations

from typing import Any

from yaml import YAMLError
from yaml.events import MappingEndEvent
from yaml.events import MappingStartEvent
from yaml.events import ScalarEvent
from yaml.events import SequenceEndEvent
from yaml.events import SequenceStartEvent
from yaml.events import StreamEndEvent

from noticekit import yaml_rules as rules

#: A mapping's `key` while it waits for its next key.
_EXPECT_KEY = object()


class _Unsure(Exception):
    """Raised inside the reader for anything the full builder has to look at."""


def clean_data(text: str) -> dict[str, Any] | None:
    """The root mapping of `text` if it is a single clean YAML document; None means "use the full builder"."""
    from yaml.cyaml import CParser

    parser = CParser(text)
    try:
        data = _read(parser.get_event)
    except (_Unsure, YAMLError):
        return None
    finally:
        parser.dispose()
    return data if type(data) is dict else None


def _read(get_event: Any) -> Any:
    """The value of the one document `get_event` reads (stream and document events around it included)."""
    get_event()  # stream start
    if type(get_event()) is StreamEndEvent:
        raise _Unsure
    # The open collection lives in local variables, the ones around it in `stack`: this loop runs once per
    # event, so it avoids attribute look-ups and calls. The root stands in a one-item list.
    stack: list[tuple[Any, bool, Any]] = []
    data: Any = []
    is_map = False
    key: Any = _EXPECT_KEY
    implicit_values = rules.IMPLICIT_VALUES
    is_integer = rules.INTEGER.match
    integer_first = rules.INTEGER_FIRST
    depth_limit = rules.MAX_DEPTH - 1
    while True:
        event = get_event()
        kind = type(event)
        if kind is ScalarEvent:
            if event.tag is not None or event.anchor is not None:
                raise _Unsure
            value = event.value
            if is_map and key is _EXPECT_KEY:
                if value in data or (value == rules.MERGE_KEY and event.implicit[0]):
                    raise _Unsure
                key = value
                continue
            if event.implicit[0]:
                if value in implicit_values:
                    value = implicit_values[value]
                elif value[0] in integer_first and is_integer(value):  # value is not "": a null
                    value = int(value)
        elif kind is MappingStartEvent or kind is SequenceStartEvent:
            unusual = event.tag is not None or event.anchor is not None or len(stack) >= depth_limit
            if unusual or (is_map and key is _EXPECT_KEY):  # the latter: a list or mapping as a key
                raise _Unsure
            stack.append((data, is_map, key))
            is_map = kind is MappingStartEvent
            data, key = {} if is_map else [], _EXPECT_KEY
            continue
        elif kind is MappingEndEvent or kind is SequenceEndEvent:
            value = data
            data, is_map, key = stack.pop()
        else:  # an alias
            raise _Unsure
        if is_map:
            data[key] = value
            key = _EXPECT_KEY
        else:
            data.append(value)
        if not stack:
            break
    get_event()  # document end
    if type(get_event()) is not StreamEndEvent:
        raise _Unsure
    return data[0]
