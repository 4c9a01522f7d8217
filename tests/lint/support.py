"""Load a notice text through the real loader and validator, for engine and suppression tests."""

from __future__ import annotations

from pathlib import Path

from noticekit.load import load_source
from noticekit.validate import LoadedNotice
from noticekit.validate import validate_document

FIXTURES = Path(__file__).parent / "fixtures"
#: Purposes `newsletter` (line 11, with a basis), `analytics` (14) and `sales` (16) without one.
ENGINE_NOTICE = (FIXTURES / "engine.yaml").read_text(encoding="utf-8")


def load(folder: Path, text: str) -> LoadedNotice:
    """Write `text` as `<folder>/notices/engine/notice.yaml`, then load and validate it."""
    path = folder / "notices" / "engine" / "notice.yaml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    doc, problems = load_source(path)
    assert doc is not None, problems
    notice, problems = validate_document(doc)
    assert notice is not None and not problems, "\n".join(map(str, problems))
    return LoadedNotice(doc, notice)


def with_suppressions(block: str) -> str:
    """The engine notice with a `suppressions:` block appended: `suppressions:` is line 18."""
    return ENGINE_NOTICE + "suppressions:\n" + block
