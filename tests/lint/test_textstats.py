"""Text statistics: words, sentences, syllables and the LIX, Flesch and Amstad scores."""

from __future__ import annotations

import pytest

from noticekit.lint.textstats import plain_text
from noticekit.lint.textstats import sentence_count
from noticekit.lint.textstats import stats
from noticekit.lint.textstats import syllables
from noticekit.lint.textstats import words


def test_markdown_link_targets_urls_and_emails_are_not_words():
    text = "Read [the terms](https://example.com/terms) or write to privacy@acme.example."
    assert words(text) == ["Read", "the", "terms", "or", "write", "to"]
    assert "https" not in plain_text(text)


def test_hyphenated_and_nordic_words_are_one_word():
    assert words("E-post til Kredittbyrå og Ärendehantering") == ["E-post", "til", "Kredittbyrå", "og", "Ärendehantering"]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Vi bruker f.eks. e-post. Du kan klage.", 2),
        ("We use e.g. e-mail. You may complain.", 2),
        ("One. Two! Three? Four", 4),
        ("Items:\n- one\n- two", 3),
        ("First paragraph.\n\nSecond paragraph.", 2),
        ("Heading without a full stop", 1),
        ("", 1),
    ],
)
def test_sentences(text, count):
    assert sentence_count(text) == count


@pytest.mark.parametrize(
    ("word", "lang", "count"),
    [("cat", "en", 1), ("make", "en", 1), ("table", "en", 2), ("information", "en", 4), ("Sicherheit", "de", 3)],
)
def test_syllables(word, lang, count):
    assert syllables(word, lang) == count


def test_lix_is_words_per_sentence_plus_percentage_of_long_words():
    counts = stats(["Vi lagrer opplysningene. Vi sletter dem etterpå."], "nb")
    assert (counts.words, counts.sentences, counts.long_words) == (7, 2, 3)
    assert counts.lix == pytest.approx(7 / 2 + 100 * 3 / 7)


def test_flesch_and_amstad_follow_their_formulas():
    counts = stats(["The cat sat on the mat. It was happy."], "en")
    assert (counts.words, counts.sentences, counts.syllables) == (9, 2, 10)
    assert counts.flesch == pytest.approx(206.835 - 1.015 * 9 / 2 - 84.6 * 10 / 9)
    german = stats(["Die Katze schläft."], "de")
    assert german.amstad == pytest.approx(180 - 3 / 1 - 58.5 * german.syllables / 3)
