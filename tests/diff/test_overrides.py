"""A notice classifies one change itself, with a reason, for the version that makes it."""

from __future__ import annotations

from noticekit.load import load_source
from noticekit.validate import validate_document

from .support import diff


def override(**entry):
    base = {
        "kind": "text-changed",
        "version": "2.1",
        "material": True,
        "reason": "The new text adds a purpose.",
    }
    return lambda d: d.setdefault("change_classifications", []).append({**base, **entry})


def edit(d):
    d["introduction"] = {"nb": "Ny tekst.", "en": "New text."}
    d["version"] = "2.1"


def test_the_notice_reclassifies_a_change_and_says_why() -> None:
    result = diff(lambda d: (edit(d), override(at="introduction")(d)))
    change = next(c for c in result.changes if c.kind == "text-changed")
    assert change.material and result.material
    assert change.reason.startswith(
        "The new text adds a purpose. (classified by the notice; noticekit's default: editorial"
    )


def test_an_entry_without_at_covers_every_change_of_its_kind() -> None:
    result = diff(lambda d: (edit(d), override()(d)))
    assert next(c for c in result.changes if c.kind == "text-changed").material


def test_an_entry_for_another_version_or_place_does_not_apply() -> None:
    for entry in ({"version": "2.0"}, {"at": "purposes"}, {"kind": "purpose-added"}):
        result = diff(lambda d, entry=entry: (edit(d), override(**entry)(d)))
        assert not next(c for c in result.changes if c.kind == "text-changed").material, entry


def test_an_unknown_kind_is_a_validation_problem_at_its_line(tmp_path) -> None:
    path = tmp_path / "x" / "notice.yaml"
    path.parent.mkdir()
    text = (
        "id: x\ntitle: {en: T}\nversion: '1'\nlanguages: [en]\ncollection: [direct]\n"
        "controllers: [{id: a, legal_name: A}]\npurposes: [{id: p, name: {en: P}}]\n"
        "change_classifications:\n"
        "  - {kind: text-chnged, version: '1', material: false, reason: typo}\n"
    )
    path.write_text(text.replace("id: x", "id: x", 1), encoding="utf-8")
    doc, _ = load_source(path)
    notice, problems = validate_document(doc)
    assert notice is None
    assert [(p.line, p.message) for p in problems] == [
        (
            9,
            '"text-chnged" is not a kind of change (did you mean "text-changed"?); '
            "docs/versions.md lists them",
        )
    ]
