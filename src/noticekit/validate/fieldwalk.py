"""Walk the notice model along a data path to find the type, model and field names that apply
there."""

from __future__ import annotations

import functools
import types
import typing
from typing import Annotated
from typing import Any
from typing import get_args
from typing import get_origin

from pydantic import BaseModel

from noticekit.load.source import DataPath
from noticekit.models import Notice

KEY = "[key]"


@functools.cache
def type_hints(model: type[BaseModel]) -> dict[str, Any]:
    """The annotations of a model's fields, with `Annotated` metadata kept."""
    hints = typing.get_type_hints(model, include_extras=True)
    return {name: hints[name] for name in model.model_fields}


def strip_optional(hint: Any) -> Any:
    """`X | None` -> `X`; other hints unchanged."""
    if get_origin(hint) in (typing.Union, types.UnionType):
        args = [arg for arg in get_args(hint) if arg is not type(None)]
        if len(args) == 1:
            return args[0]
    return hint


def unwrap(hint: Any) -> Any:
    """Strip `Optional` and `Annotated` layers: `LocalizedText | None` -> `dict[str, str]`."""
    while True:
        stripped = strip_optional(hint)
        if get_origin(stripped) is Annotated:
            stripped = get_args(stripped)[0]
        if stripped is hint:
            return hint
        hint = stripped


def is_model(hint: Any) -> bool:
    return isinstance(hint, type) and issubclass(hint, BaseModel)


def hint_at(path: DataPath, root: type[BaseModel] = Notice) -> Any | None:
    """The declared type at `path` (a Pydantic `loc` or a data path), or None where the model has no
    such place."""
    hint: Any = root
    for part in path:
        core = unwrap(hint)
        if is_model(core) and isinstance(part, str):
            hint = type_hints(core).get(part)
            if hint is None:
                return None
        elif get_origin(core) is list and isinstance(part, int):
            hint = get_args(core)[0]
        elif get_origin(core) is dict:
            hint = get_args(core)[0 if part == KEY else 1]
        else:
            return None
    return hint


def model_at(path: DataPath, root: type[BaseModel] = Notice) -> type[BaseModel] | None:
    """The model class whose instance stands at `path`, if any."""
    core = unwrap(hint_at(path, root))
    return core if is_model(core) else None


def field_names(path: DataPath, root: type[BaseModel] = Notice) -> list[str]:
    """The field names allowed in the mapping at `path` (empty when it is not a model)."""
    model = model_at(path, root)
    return list(model.model_fields) if model else []
