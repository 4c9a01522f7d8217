"""The lint stage: GDPR rules run on validated notices (`lint_loaded`), configured per repo."""

from __future__ import annotations

from typing import Any

__all__ = ["lint_loaded"]


def __getattr__(name: str) -> Any:
    # Lazy, so that importing `noticekit.lint.base` from a rule does not load the engine.
    if name == "lint_loaded":
        from noticekit.lint.engine import lint_loaded

        return lint_loaded
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
