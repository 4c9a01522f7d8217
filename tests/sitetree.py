"""Helpers for tests that build sites: the files of a site, many notices to build, and calls
of a build's function recorded as they happen."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

EXAMPLE = Path(__file__).parents[1] / "notices" / "example"


def tree(root: Path) -> dict[str, bytes]:
    """Every file under `root`, by its path there, with its bytes."""
    return {
        str(path.relative_to(root)): path.read_bytes()
        for path in sorted(root.rglob("*"))
        if path.is_file()
    }


def many_notices(root: Path, count: int) -> Path:
    """`count` lint-clean notices, copies of the shipped example under ids `n0`, `n1`, …"""
    text = (EXAMPLE / "notice.yaml").read_text(encoding="utf-8")
    for index in range(count):
        folder = root / f"n{index}"
        folder.mkdir(parents=True)
        (folder / "notice.yaml").write_text(text.replace("\nid: example\n", f"\nid: n{index}\n"))
    return root


def record_calls(
    monkeypatch: pytest.MonkeyPatch, owner: Any, name: str, record: Callable[[Any], None]
) -> None:
    """Wrap `owner.name`: each call passes its first argument to `record`, then runs as before."""
    real = getattr(owner, name)

    def recorded(first: Any, *args: Any, **kwargs: Any) -> Any:
        record(first)
        return real(first, *args, **kwargs)

    monkeypatch.setattr(owner, name, recorded)
