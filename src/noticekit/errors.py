"""Exceptions that know their exit code and how to show themselves (click's pattern)."""

from __future__ import annotations

from typing import ClassVar


class NoticekitError(Exception):
    """Base class: the CLI prints `Error: <message>` and exits with `exit_code`."""

    exit_code: ClassVar[int] = 1

    def format_message(self) -> str:
        return str(self)


class UsageError(NoticekitError):
    """The command was called wrongly (bad path, bad option value)."""

    exit_code = 2


class ConfigError(NoticekitError):
    """The repository configuration (`noticekit.toml`, `[tool.noticekit]`) is invalid."""

    exit_code = 2

    def format_message(self) -> str:
        return f"invalid config: {self}"


class BuildError(NoticekitError):
    """Rendering failed, e.g. a text is missing in a requested language."""

    exit_code = 1
