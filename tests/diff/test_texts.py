"""Texts compared per language: which languages changed, and the authoritative language alone."""

from __future__ import annotations

import pytest

from noticekit.diff.texts import normalised
from noticekit.diff.texts import text_change

from .support import diff
from .support import found

OLD = {"nb": "Hei på deg.", "en": "Hello there."}


@pytest.mark.parametrize(
    ("new", "expected"),
    [
        (
            {"nb": "Hei igjen.", "en": "Hello there."},
            ("authoritative-text-changed", {"nb": "Hei på deg."}, {"nb": "Hei igjen."}),
        ),
        (
            {"nb": "Hei på deg.", "en": "Hi there."},
            ("translation-changed", {"en": "Hello there."}, {"en": "Hi there."}),
        ),
        (
            {"nb": "Hei igjen.", "en": "Hi again."},
            ("text-changed", OLD, {"nb": "Hei igjen.", "en": "Hi again."}),
        ),
        (
            {"nb": "Hei på deg.", "en": "Hello there.", "sv": "Hej."},
            ("translation-changed", None, {"sv": "Hej."}),
        ),
        ({"nb": "Hei  på\n deg.", "en": "Hello there."}, None),
        (None, ("text-removed", OLD, None)),
    ],
)
def test_text_change_reports_only_the_languages_that_changed(new, expected) -> None:
    assert text_change(OLD, new, "nb") == expected


def test_a_text_added_where_there_was_none() -> None:
    assert text_change(None, OLD, "nb") == ("text-added", None, OLD)


def test_the_only_language_changing_is_a_plain_text_change() -> None:
    assert text_change({"nb": "a"}, {"nb": "b"}, "nb")[0] == "text-changed"


def test_a_new_paragraph_is_a_change_but_rewrapped_lines_are_not() -> None:
    assert normalised("one\ntwo") == normalised("one two")
    assert normalised("one\n\ntwo") != normalised("one two")


def test_texts_in_the_model_are_compared_and_classified_editorial() -> None:
    result = diff(lambda d: d["introduction"].update(nb="Ny innledning."))
    assert found(result) == [("authoritative-text-changed", "introduction", False)]
    assert result.changes[0].texts
