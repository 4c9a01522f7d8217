"""Text statistics for the language rules: words, sentences, syllables, LIX and Flesch scores.

Every scan takes time in proportion to the text, however it is written: a notice is untrusted
input, and a pattern that backtracks over a long run of characters (`\\S+@\\S+` over 100,000
characters without a space) would take minutes. Each pattern below either cannot fail after
consuming a run, or stops at the next character that could start another attempt.
"""

from __future__ import annotations

import dataclasses
import re

#: A Markdown link's target, `](…)`. Without a closing `)` the match still takes the rest of the
#: text (and is kept as it is), so that it is not tried again from every `](` in it.
_LINK_TARGET = re.compile(r"\]\([^)]*(\))?")
#: A run of non-space characters: web addresses and e-mail addresses are found within one.
_TOKEN = re.compile(r"\S+")
_URL_START = re.compile(r"https?://.")  # at least one character after the "//"
_WORD = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*")
#: Paragraph and list-item breaks: each block holds at least one sentence.
_BLOCK_BREAK = re.compile(r"\n\s*\n|\n\s*(?:[-*+]|\d+[.)])\s")
#: A sentence end inside a block: punctuation, space, then the next word (a new sentence if it is
#: capitalised). The match takes the whole run of non-word characters after the space, with or
#: without a word after it, so it never fails after consuming the run (and is never retried in it).
_SENTENCE_END = re.compile(r"[.!?:;]\s\W*(\w)?")
#: Languages whose scores need syllables (Flesch, Amstad); LIX does not.
SYLLABLE_LANGUAGES = ("en", "de")
_EN_VOWELS = re.compile(r"[aeiouy]+")
_DE_VOWELS = re.compile(r"[aeiouyäöü]+")


def plain_text(markdown: str) -> str:
    """The readable words of an inline-Markdown text: link targets, URLs and e-mails removed."""
    text = _LINK_TARGET.sub(_without_target, markdown) if "](" in markdown else markdown
    if "@" in text or "://" in text:
        text = _TOKEN.sub(_without_address, text)
    return text.replace("*", "").replace("_", " ")


def _without_target(link: re.Match[str]) -> str:
    return "]" if link.group(1) else link.group()


def _without_address(token: re.Match[str]) -> str:
    """A run of non-space characters less its address: all of it when it holds an e-mail address
    (`x@y.z`), else from `http://` or `https://` on; unchanged when it holds neither."""
    text = token.group()
    at = text.find("@", 1)
    if at != -1 and text.find(".", at + 2, len(text) - 1) != -1:
        return " "
    url = _URL_START.search(text)
    return text if url is None else text[: url.start()] + " "


def words(text: str) -> list[str]:
    return _WORD.findall(plain_text(text))


def sentence_count(text: str) -> int:
    """Sentences in `text`, per block: one, plus each end followed by a capital or a digit.

    Abbreviations such as "f.eks." or "e.g." are followed by a lowercase word and do not end a
    sentence.
    """
    count = 0
    for block in _BLOCK_BREAK.split(plain_text(text)):
        if _WORD.search(block):
            next_words = [match.group(1) or "" for match in _SENTENCE_END.finditer(block)]
            count += 1 + sum(1 for char in next_words if char.isupper() or char.isdigit())
    return max(1, count)


def syllables(word: str, lang: str) -> int:
    """Vowel groups as syllables (English drops a silent final `e`); at least one."""
    lower = word.lower()
    if lang == "de":
        return max(1, len(_DE_VOWELS.findall(lower)))
    count = len(_EN_VOWELS.findall(lower))
    if lower.endswith("e") and not lower.endswith(("le", "ee")) and count > 1:
        count -= 1
    return max(1, count)


@dataclasses.dataclass(frozen=True)
class Stats:
    """Counts over one or more texts in one language."""

    words: int
    sentences: int
    long_words: int
    syllables: int

    @property
    def lix(self) -> float:
        """LIX (Björnsson): words per sentence + percentage of words longer than six letters."""
        return self.words / self.sentences + 100 * self.long_words / self.words

    @property
    def flesch(self) -> float:
        """Flesch reading ease for English (higher is easier)."""
        return 206.835 - 1.015 * self.words / self.sentences - 84.6 * self.syllables / self.words

    @property
    def amstad(self) -> float:
        """Amstad's Flesch reading ease for German (higher is easier)."""
        return 180 - self.words / self.sentences - 58.5 * self.syllables / self.words


def stats(texts: list[str], lang: str) -> Stats:
    """Counts over `texts`, each taken as at least one sentence (syllables only for en and de)."""
    all_words = [word for text in texts for word in words(text)]
    return Stats(
        words=len(all_words),
        sentences=sum(sentence_count(text) for text in texts),
        long_words=sum(1 for word in all_words if len(word) > 6),
        syllables=sum(syllables(word, lang) for word in all_words)
        if lang in SYLLABLE_LANGUAGES
        else 0,
    )
