"""A notice written for an earlier release of the notice model, read as today's model reads it.

Git keeps every version of a notice as it was written. `diff`, `lint --since` and the archive read
those versions with today's model, so each change of the model that renamed or moved a field has
one step here, which says in today's fields what the old version said in its own:

- `transfers[].mechanism: X` became `mechanisms: [X]` (several mechanisms per transfer).
- `controllers[].role: joint-controller` with `joint_arrangement` became one entry of
  `joint_arrangements`. The old model read a joint controller as one for every purpose, so the
  entry covers every purpose of that version, with the first arrangement text as its essence.
"""

from __future__ import annotations

import copy
from typing import Any


def upgraded(data: Any) -> Any:
    """`data` in today's fields; a document that uses none of the old ones comes back equal."""
    if not isinstance(data, dict):
        return data
    data = copy.deepcopy(data)
    for transfer in _dicts(data.get("transfers")):
        if "mechanism" in transfer and "mechanisms" not in transfer:
            mechanism = transfer.pop("mechanism")
            transfer["mechanisms"] = [mechanism] if mechanism else []
    controllers = _dicts(data.get("controllers"))
    joint = [item for item in controllers if item.get("role") == "joint-controller"]
    essences = [item["joint_arrangement"] for item in joint if item.get("joint_arrangement")]
    for item in controllers:
        item.pop("role", None)
        item.pop("joint_arrangement", None)
    purposes = [item["id"] for item in _dicts(data.get("purposes")) if "id" in item]
    if len(joint) > 1 and purposes and "joint_arrangements" not in data:
        arrangement: dict[str, Any] = {
            "id": "joint-control",
            "controllers": [item["id"] for item in joint if "id" in item],
            "purposes": purposes,
        }
        if essences:
            arrangement["essence"] = essences[0]
        data["joint_arrangements"] = [arrangement]
    return data


def _dicts(value: Any) -> list[dict[str, Any]]:
    return [item for item in value if isinstance(item, dict)] if isinstance(value, list) else []
