"""A notice file recorded valid by the previous build is not validated again while its bytes, its
path and noticekit stay the same; loaded when asked, it must still be the file recorded."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest

from noticekit.errors import BuildError
from noticekit.validate import check_file
from noticekit.validate import notices as validation
from noticekit.validate.facts import NoticeFacts
from noticekit.validate.recorded import RecordedNotices

FALLBACK = Path(__file__).parents[1] / "render" / "fixtures" / "fallback" / "notice.yaml"


@pytest.fixture
def notice(tmp_path: Path) -> Path:
    path = tmp_path / "fallback" / "notice.yaml"
    path.parent.mkdir()
    shutil.copy(FALLBACK, path)
    return path


@pytest.fixture
def validated(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    calls: list[Path] = []
    validate_document = validation.validate_document

    def counted(doc):
        calls.append(doc.path)
        return validate_document(doc)

    monkeypatch.setattr(validation, "validate_document", counted)
    return calls


def recorded_again(notice: Path) -> RecordedNotices:
    """The notices a build of `notice` records, as the next build reads them."""
    first = RecordedNotices("code")
    loaded, problems = first.check(notice)
    assert loaded is not None
    first.record(notice, loaded.digest, loaded.facts, problems)
    return RecordedNotices("code", first.facts())


def test_known_is_only_what_was_recorded(notice: Path, validated: list[Path]):
    assert RecordedNotices("code").known(notice) is None
    known = recorded_again(notice)
    validated.clear()
    found = known.known(notice)
    assert found is not None and found[0] is not None and validated == []
    assert found[0].facts == known.recorded[next(iter(known.recorded))]
    assert known.facts() == dict(known.recorded)  # kept for the next build's manifest
    notice.write_text(notice.read_text() + "\n", encoding="utf-8")
    assert known.known(notice) is None


def test_facts_are_those_of_the_model(notice: Path):
    loaded, _ = check_file(notice)
    assert loaded is not None
    facts = loaded.facts
    assert facts.id == loaded.notice.id
    assert list(facts.languages) == loaded.notice.languages
    assert NoticeFacts.from_json(facts.as_json()) == facts


@pytest.mark.parametrize("data", [None, [], ["id", ["en"]], [1, ["en"], []], ["id", [1], []]])
def test_facts_of_another_shape_are_refused(data):
    with pytest.raises((ValueError, TypeError)):
        NoticeFacts.from_json(data)


def test_an_unchanged_file_is_not_validated_until_its_model_is_needed(
    notice: Path, validated: list[Path]
):
    known = recorded_again(notice)
    validated.clear()
    loaded, problems = known.check(notice)
    assert loaded is not None and problems == []
    fresh, _ = check_file(notice)
    assert fresh is not None and loaded.facts == fresh.facts
    validated.clear()
    assert loaded.digest == hashlib.sha256(notice.read_bytes()).hexdigest()
    assert validated == []
    assert loaded.notice.id == loaded.facts.id
    assert validated == [notice]


@pytest.mark.parametrize("code", ["code", "other code"])
def test_changed_bytes_or_noticekit_validate_again(notice: Path, validated: list[Path], code: str):
    known = recorded_again(notice)
    if code == "code":
        notice.write_bytes(notice.read_bytes() + b"\n")
    known = RecordedNotices(code, known.recorded)
    validated.clear()
    loaded, _ = known.check(notice)
    assert loaded is not None and validated == [notice]


def test_a_file_changed_during_the_build_is_an_error(notice: Path):
    loaded, _ = recorded_again(notice).check(notice)
    assert loaded is not None
    notice.write_bytes(notice.read_bytes() + b"\n")
    with pytest.raises(BuildError, match="changed during the build; build again"):
        loaded.notice  # noqa: B018


def test_a_file_recorded_valid_that_is_not_is_an_error(notice: Path):
    """A manifest's facts are trusted only as far as the file is what they were recorded for."""
    text = notice.read_text(encoding="utf-8")
    known = recorded_again(notice)
    notice.write_text(text.replace("id: fallback", "id: elsewhere"), encoding="utf-8")
    digest = hashlib.sha256(notice.read_bytes()).hexdigest()
    facts = next(iter(known.recorded.values()))
    lying = RecordedNotices("code", {known.key(notice, digest): facts})
    loaded, problems = lying.check(notice)
    assert loaded is not None and problems == []
    with pytest.raises(BuildError, match="found this notice valid, but it is not now"):
        loaded.doc  # noqa: B018
