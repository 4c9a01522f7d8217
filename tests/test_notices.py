"""Every shipped notice under notices/ validates and starts with the schema modeline."""

from __future__ import annotations

from pathlib import Path

import pytest

from noticekit.load import load_source
from noticekit.validate import validate_document

NOTICES = Path(__file__).parent.parent / "notices"
SHIPPED = sorted(NOTICES.glob("*/notice.yaml"))
MODELINE = "# yaml-language-server: $schema=../../schemas/notice.schema.json"


def test_notices_are_shipped():
    assert SHIPPED, "notices/ holds no notice"


@pytest.mark.parametrize("path", SHIPPED, ids=[path.parent.name for path in SHIPPED])
def test_shipped_notice_validates(path):
    doc, problems = load_source(path)
    assert problems == [], [str(problem) for problem in problems]
    notice, problems = validate_document(doc)
    assert problems == [], [str(problem) for problem in problems]
    assert notice.id == path.parent.name


@pytest.mark.parametrize("path", SHIPPED, ids=[path.parent.name for path in SHIPPED])
def test_shipped_notice_starts_with_the_schema_modeline(path):
    assert path.read_text(encoding="utf-8").splitlines()[0] == MODELINE
