"""The no-op `N_()` marker and the record for a standard legal text."""

from __future__ import annotations

from typing import NamedTuple


def N_(message: str) -> str:
    """Mark `message` for extraction by Babel without translating it here."""
    return message


class StandardText(NamedTuple):
    """A short label and a plain-words explanation, both English msgids."""

    label: str
    text: str
