"""Suppressions in the notice: `at` paths, matching, and the engine findings NK900-NK902."""

from __future__ import annotations

from pathlib import Path

import pytest

from noticekit.lint.suppress import ActiveSuppression
from noticekit.lint.suppress import read_suppressions
from noticekit.lint.suppress import resolve_at

from .support import load
from .support import with_suppressions

DATA = {
    "purposes": [
        {"id": "newsletter", "recipients": ["mail"], "retention": {"duration": "P1Y"}},
        {"id": "sales"},
    ],
    "recipients": [{"id": "mail"}],
}


@pytest.mark.parametrize(
    ("at", "path"),
    [
        ("", ()),
        ("purposes", ("purposes",)),
        ("purposes.sales", ("purposes", 1)),
        ("purposes.1", ("purposes", 1)),
        ("purposes.newsletter.retention.duration", ("purposes", 0, "retention", "duration")),
        ("purposes.sales.retention", ("purposes", 1, "retention")),
        ("purposes.newsletter.recipients.0", ("purposes", 0, "recipients", 0)),
        ("purposes.sales.retention.criteria", ("purposes", 1, "retention", "criteria")),
    ],
)
def test_at_resolves_ids_indexes_and_keys_the_file_leaves_out(
    at: str, path: tuple[str | int, ...]
) -> None:
    assert resolve_at(DATA, at) == (path, None)


def test_unknown_list_item_is_refused_with_a_suggestion() -> None:
    _, problem = resolve_at(DATA, "purposes.newsleter.retention")
    assert problem == (
        'no item "newsleter" in "purposes" (expected an id or an index below 2), '
        'did you mean "newsletter"?'
    )


def test_index_out_of_range_is_refused() -> None:
    assert resolve_at(DATA, "purposes.5")[1] is not None


@pytest.mark.parametrize("at", ["purposes..sales", ".purposes", "purposes.", "."])
def test_malformed_dotted_path_is_refused(at: str) -> None:
    assert "is not a dotted path" in (resolve_at(DATA, at)[1] or "")


def test_a_suppression_claims_its_rule_at_and_under_its_place() -> None:
    entry = ActiveSuppression(0, "NK004", "purposes.sales", ("purposes", 1))
    assert entry.claims("NK004", ("purposes", 1))
    assert entry.claims("NK004", ("purposes", 1, "legal_bases"))
    assert not entry.claims("NK004", ("purposes", 0, "legal_bases"))
    assert not entry.claims("NK004", ("purposes",))
    assert not entry.claims("NK014", ("purposes", 1, "retention"))


def test_whole_notice_suppression_claims_every_finding_of_its_rule() -> None:
    entry = ActiveSuppression(0, "NK004", "", ())
    assert entry.claims("NK004", ("purposes", 7, "legal_bases"))
    assert entry.claims("NK004", ())


def test_well_formed_suppressions_resolve_by_code_or_slug(tmp_path: Path) -> None:
    loaded = load(tmp_path, with_suppressions(
        "  - rule: purpose-without-legal-basis\n"
        "    at: purposes.analytics\n"
        "    reason: counsel reviews the basis\n"
        "  - rule: nk004\n"
        "    reason: the whole notice is a draft\n"
    ))  # fmt: skip
    active, findings = read_suppressions(loaded.doc.data, loaded.notice)
    assert findings == []
    assert [(entry.code, entry.path) for entry in active] == [
        ("NK004", ("purposes", 1)),
        ("NK004", ()),
    ]


def test_missing_blank_unknown_and_unresolvable_suppressions_are_findings(tmp_path: Path) -> None:
    loaded = load(tmp_path, with_suppressions(
        "  - rule: NK004\n"                 # 19: no reason
        "    at: purposes.sales\n"
        "  - rule: NK004\n"                 # 21: blank reason
        '    reason: " "\n'
        "  - rule: NK04\n"                  # 23: unknown rule
        "    reason: typo\n"
        "  - rule: NK902\n"                 # 25: engine rule
        "    reason: cannot be suppressed\n"
        "  - rule: NK004\n"                 # 27: unresolvable place
        "    at: purposes.sale\n"
        "    reason: typo in the place\n"
    ))  # fmt: skip
    active, findings = read_suppressions(loaded.doc.data, loaded.notice)
    assert active == []
    assert [(code, finding.path) for code, finding in findings] == [
        ("NK900", ("suppressions", 0)),
        ("NK900", ("suppressions", 1, "reason")),
        ("NK901", ("suppressions", 2, "rule")),
        ("NK901", ("suppressions", 3, "rule")),
        ("NK902", ("suppressions", 4, "at")),
    ]
    messages = [finding.message for _, finding in findings]
    assert messages[0] == 'suppression of "NK004" gives no reason; add `reason:` saying why'
    assert messages[2] == 'unknown rule "NK04", did you mean "NK004"?'
    assert messages[3] == 'rule "NK902" belongs to the engine and cannot be suppressed'
    assert messages[4].startswith(
        'suppression of "NK004" at "purposes.sale" matches nothing: no item "sale"'
    )
    assert messages[4].endswith('did you mean "sales"?')


@pytest.mark.parametrize("segment", ["²", "٣", "9" * 5000])
def test_an_index_that_is_not_plain_digits_is_refused_not_a_crash(segment: str) -> None:
    path, problem = resolve_at(DATA, f"purposes.{segment}")
    assert problem is not None and problem.startswith("no item ")
    assert len(problem) < 200
