"""Hedging words ("may", "might", "some", "possibly") in a text get a warning.

Article: GDPR Art. 12(1); WP260 rev.01 ("Clear and plain language": avoid language qualifiers
such as "may", "might", "some", "often" and "possible").

Matching is by whole word, case-insensitive, per language of each text. Bare "kan" is left
out for the Nordic languages because it is also "can" ("du kan klage" = "you can complain");
the defaults flag "vi kan" (but not "vi kan ikke"), "kan bli", "kan komme til å" instead.

Options:
    words: a table of language -> list of regular expressions (replaces the defaults for
    the languages it names).

PASS::

    description: {en: We send the newsletter every month.}

FAIL::

    description: {en: We may share some of your data with partners.}
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from noticekit.lint.base import Finding
from noticekit.lint.base import RuleContext
from noticekit.lint.rules._util import base_language
from noticekit.lint.rules._util import iter_texts
from noticekit.lint.rules._util import quoted
from noticekit.lint.textstats import plain_text
from noticekit.models import Notice

CODE = "NK026"
NAME = "hedging-words"
LEVEL = "warning"
ARTICLE = "GDPR Art. 12(1); WP260 rev.01"
URL = "https://ec.europa.eu/newsroom/article29/items/622227"

_MAY = [r"kan\s+vi", r"kan\s+bli", r"kan\s+hende"]
OPTIONS = {
    "words": {
        "en": [r"(?<!\d\s)may(?!\s+\d)", "might", "some", "possibly", "often", "perhaps"],
        "nb": ["kanskje", "eventuelt", "eventuelle", "visse", "noen", "muligens", r"vi\s+kan(?!\s+ikke)", *_MAY,
               r"kan\s+komme\s+til\s+å"],
        "nn": ["kanskje", "eventuelt", "eventuelle", "visse", "nokre", "moglegvis", r"vi\s+kan(?!\s+ikkje)", *_MAY,
               r"kan\s+kome\s+til\s+å"],
        "sv": ["kanske", "eventuellt", "eventuella", "vissa", "möjligen", r"kan\s+komma\s+att",
               r"vi\s+kan(?!\s+inte)", r"kan\s+vi", r"kan\s+bli"],
        "da": ["måske", "eventuelt", "eventuelle", "visse", "nogle", "muligvis",
               r"vi\s+kan(?!\s+ikke)", r"kan\s+vi", r"kan\s+blive"],
        "de": ["kann", "könnte", "könnten", "eventuell", "eventuelle", "eventuellen", "einige", "einigen",
               "möglicherweise", "vielleicht"],
    }
}  # fmt: skip
#: Options whose texts are regular expressions (the config checks that they compile).
PATTERN_OPTIONS = ("words",)


def _patterns(ctx: RuleContext) -> dict[str, re.Pattern[str]]:
    table = {**OPTIONS["words"], **ctx.option("words", OPTIONS["words"])}
    return {
        lang: re.compile(rf"(?<!\w)(?:{'|'.join(words)})(?!\w)", re.IGNORECASE)
        for lang, words in table.items()
        if words
    }


def check(notice: Notice, ctx: RuleContext) -> Iterator[Finding]:
    patterns = _patterns(ctx)
    for path, text in iter_texts(notice):
        for lang, value in text.items():
            pattern = patterns.get(lang) or patterns.get(base_language(lang))
            hits = pattern.findall(plain_text(value)) if pattern else []
            if hits:
                found = list(dict.fromkeys(" ".join(hit.lower().split()) for hit in hits))
                yield Finding(
                    (*path, lang),
                    f'hedging words in the "{lang}" text: {quoted(found)}; say plainly what is done',
                )
