"""Text statistics: words, sentences, syllables and the LIX, Flesch and Amstad scores."""

from __future__ import annotations

import random
import re

import pytest

from noticekit.lint import textstats
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
    assert words("E-post til Kredittbyrå og Ärendehantering") == [
        "E-post",
        "til",
        "Kredittbyrå",
        "og",
        "Ärendehantering",
    ]


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
    [
        ("cat", "en", 1),
        ("make", "en", 1),
        ("table", "en", 2),
        ("information", "en", 4),
        ("Sicherheit", "de", 3),
    ],
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


@pytest.mark.parametrize(
    ("text", "left"),
    [
        ("Write to post@acme.no today", "Write to   today"),
        ("Write to <post@acme.no>, (post@acme.no) or post@acme.no.", "Write to     or  "),
        ("See https://acme.no/privacy_notice and http://x.y", "See   and  "),
        ("Link:https://acme.no/a", "Link: "),
        ("Nothing after https:// here", "Nothing after https:// here"),
        ("@home and a@b and a@b. and @b.c", "@home and a@b and a@b. and @b.c"),
        ("[terms](https://acme.no/terms) and [x](mailto:a@b.c)", "[terms] and [x]"),
        ("Unclosed [link](https://acme.no", "Unclosed [link]( "),
    ],
)
def test_addresses_and_link_targets_are_removed_as_before(text, left):
    assert plain_text(text) == left


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("One.\tTwo", 2),
        ("One...  Two", 2),
        ("One?! «Two»", 2),
        ("One.) Two", 1),  # a bracket after the stop: the space does not follow the stop
        ("One. (Two) three", 2),
        ("One. 2024 was a year", 2),
        ("One. - two", 1),
        ("One; two: Three", 2),
        ("End. ", 1),
        ("End. . . ", 1),
    ],
)
def test_sentence_ends_are_found_as_before(text, count):
    assert sentence_count(text) == count


#: The patterns as they were before they were made linear: the reference the rewrite must match.
_OLD_LINK = re.compile(r"\]\([^)]*\)")
_OLD_ADDRESS = re.compile(r"(?:https?://\S+|\S+@\S+\.\S+)")
_OLD_END = re.compile(r"[.!?:;]+\s+\W*(\w)")
_PIECES = ["a", "B", "1", " ", "\n", "\n\n", ".", "@", ":", "/", "http", "https://", "http://",
           "](", ")", "]", "(", "!", "?", ";", "-", "_", "*", "é", "\u00a0", "x.y", "@b.c", "- ",
           "1. "]  # fmt: skip


def _old_plain_text(markdown: str) -> str:
    return _OLD_ADDRESS.sub(" ", _OLD_LINK.sub("]", markdown)).replace("*", "").replace("_", " ")


def _old_sentence_count(text: str) -> int:
    count = 0
    for block in textstats._BLOCK_BREAK.split(_old_plain_text(text)):
        if textstats._WORD.search(block):
            ends = [match.group(1) for match in _OLD_END.finditer(block.rstrip())]
            count += 1 + sum(1 for char in ends if char.isupper() or char.isdigit())
    return max(1, count)


def test_the_linear_scans_give_what_the_old_patterns_gave_on_generated_texts():
    rng = random.Random(8)
    for _ in range(20_000):
        text = "".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 30)))
        assert plain_text(text) == _old_plain_text(text), text
        assert sentence_count(text) == _old_sentence_count(text), text
