"""Engine-level rules: findings about the notice's own suppressions, raised by the engine itself."""

from __future__ import annotations

from . import nk900_suppression_without_reason
from . import nk901_suppression_unknown_rule
from . import nk902_unused_suppression

#: The engine's own rules, by code. They have no `check`: `lint/suppress.py` raises them.
META_RULES = {
    rule.CODE: rule
    for rule in (
        nk900_suppression_without_reason,
        nk901_suppression_unknown_rule,
        nk902_unused_suppression,
    )
}
