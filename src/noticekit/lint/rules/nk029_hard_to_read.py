"""Each section's readability is scored per language, and a hard-to-read section gets a warning.

Article: GDPR Art. 12(1) (clear and plain language, in particular for information addressed
to a child), Recital 58; WP260 rev.01 ("Clear and plain language").

A section is a top-level part of the notice (`introduction`, `scope`) or one item of a
top-level list (`purposes[2]`, `rights[0]`); its texts are scored together per language once
they reach `min_words`. Scores: LIX (words per sentence + percentage of words over six letters)
for nb, nn, sv, da; Flesch reading ease for en; Amstad's German Flesch for de. Other languages
are not scored. Notices with `addressed_to_children: true` use the `child_*` limits.

Beyond the Regulation: Art. 12(1) asks for clear and plain language; the scores and their limits
are noticekit's measure of it, hence a warning.

Options:
    min_words: texts shorter than this are not scored (default 40).
    lix_max, child_lix_max: highest LIX allowed (default 55 and 40).
    flesch_min, child_flesch_min: lowest Flesch score for en (default 30 and 60).
    amstad_min, child_amstad_min: lowest Amstad score for de (default 30 and 60).

PASS::

    introduction: {en: We keep your data safe. We use it to send you the newsletter. ...}

FAIL::

    introduction: {en: Notwithstanding the aforementioned contractual stipulations, ...}
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

from noticekit.lint.base import Finding
from noticekit.lint.base import RuleContext
from noticekit.lint.rules._util import base_language
from noticekit.lint.rules._util import iter_texts
from noticekit.lint.textstats import stats
from noticekit.load.source import DataPath
from noticekit.load.source import dotted
from noticekit.models import Notice

CODE = "NK029"
NAME = "hard-to-read"
LEVEL = "warning"
ARTICLE = "GDPR Art. 12(1), Recital 58; WP260 rev.01"
URL = "https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_12"

OPTIONS = {
    "min_words": 40,
    "lix_max": 55.0, "child_lix_max": 40.0,
    "flesch_min": 30.0, "child_flesch_min": 60.0,
    "amstad_min": 30.0, "child_amstad_min": 60.0,
}  # fmt: skip

NORDIC = ("nb", "nn", "no", "sv", "da")


def _sections(notice: Notice) -> dict[tuple[DataPath, str], list[str]]:
    sections: dict[tuple[DataPath, str], list[str]] = defaultdict(list)
    for path, text in iter_texts(notice):
        key = path[:2] if len(path) > 1 and isinstance(path[1], int) else path[:1]
        for lang, value in text.items():
            sections[(key, lang)].append(value)
    return sections


def _score(texts: list[str], lang: str, ctx: RuleContext, child: str) -> str | None:
    """A message part when the texts are too hard, else None."""
    counts = stats(texts, lang)
    if counts.words < ctx.option("min_words", OPTIONS["min_words"]):
        return None
    if lang in NORDIC:
        limit = ctx.option(f"{child}lix_max", OPTIONS[f"{child}lix_max"])
        return f"LIX {round(counts.lix)}, above {limit:g}" if round(counts.lix) > limit else None
    name, score = {"en": ("Flesch", counts.flesch), "de": ("Amstad", counts.amstad)}.get(
        lang, ("", None)
    )
    if score is None:
        return None
    limit = ctx.option(f"{child}{name.lower()}_min", OPTIONS[f"{child}{name.lower()}_min"])
    return f"{name} reading ease {round(score)}, below {limit:g}" if round(score) < limit else None


def check(notice: Notice, ctx: RuleContext) -> Iterator[Finding]:
    child = "child_" if notice.addressed_to_children else ""
    audience = " for a notice addressed to children" if child else ""
    for (path, lang), texts in _sections(notice).items():
        verdict = _score(texts, base_language(lang), ctx, child)
        if verdict:
            yield Finding(
                path,
                f'the "{lang}" text of "{dotted(path, notice)}" is hard to read '
                f"({verdict}{audience}); "
                "use shorter sentences and plainer words",
            )
