"""The one table of change kinds: complete, cited, documented and translated."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from noticekit.diff import parts
from noticekit.diff import rules_doc
from noticekit.diff.rules import BY_KIND
from noticekit.diff.rules import RULES
from noticekit.diff.specs import NOTICE_FIELDS
from noticekit.diff.specs import SPECS
from noticekit.diff.wording import Wording
from noticekit.models.types import SHIPPED_LANGUAGES

ROOT = Path(__file__).resolve().parents[2]
SOURCES = [
    ROOT / "src/noticekit/diff" / name
    for name in ("walk.py", "parts.py", "details.py", "texts.py", "compare.py")
]


def test_kinds_are_unique_kebab_case_with_a_reason_and_citations() -> None:
    assert len(BY_KIND) == len(RULES)
    for rule in RULES:
        assert re.fullmatch(r"[a-z]+(-[a-z]+)*", rule.kind), rule.kind
        assert rule.reason and rule.label and rule.citations, rule.kind
        for code in rule.citations:
            assert re.fullmatch(r"WP260-(29|30|31|32)|A\d+(-\d+)?(-[a-z])?", code), (
                rule.kind,
                code,
            )


def test_every_kind_the_walker_can_report_is_in_the_table() -> None:
    named = {kind for spec in SPECS.values() for kind in (spec.added, spec.removed, spec.changed)}
    named |= {kind for spec in SPECS.values() for kind in spec.fields.values()}
    named |= {kind for spec in SPECS.values() for pair in spec.refs.values() for kind in pair}
    named |= set(NOTICE_FIELDS.values())
    for source in SOURCES:
        named |= set(re.findall(r'"([a-z]+(?:-[a-z]+)+)"', source.read_text(encoding="utf-8")))
    named = {
        kind
        for kind in named
        if kind.endswith(
            (
                "-added",
                "-removed",
                "-changed",
                "-renamed",
                "-started",
                "-stopped",
                "-stated",
                "-lengthened",
                "-shortened",
                "-restricted",
                "-lifted",
            )
        )
    }
    assert named - set(BY_KIND) == set()
    assert parts.SPECIAL


def test_the_docs_table_is_current() -> None:
    doc = (ROOT / "docs/versions.md").read_text(encoding="utf-8")
    assert rules_doc.updated(doc) == doc, "run: python -m noticekit.diff.rules_doc docs/versions.md"


@pytest.mark.parametrize("lang", [lang for lang in SHIPPED_LANGUAGES if lang != "en"])
def test_every_label_is_translated(lang: str) -> None:
    words = Wording(lang)
    untranslated = [rule.label for rule in RULES if words(rule.label) == rule.label]
    assert untranslated == []


def test_citations_are_written_as_each_language_writes_them() -> None:
    rule = BY_KIND["purpose-added"]
    assert Wording("en").basis_of(rule) == "WP260 para. 29; GDPR Art. 13(3); GDPR Art. 14(4)"
    assert (
        Wording("de").basis_of(rule) == "WP260 Rn. 29; Art. 13 Abs. 3 DSGVO; Art. 14 Abs. 4 DSGVO"
    )
