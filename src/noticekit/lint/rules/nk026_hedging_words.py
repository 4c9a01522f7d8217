"""Hedging words ("may", "might", "some", "possibly") in a text get a warning.

Article: GDPR Art. 12(1); WP260 rev.01 ("Clear and plain language": avoid language qualifiers
such as "may", "might", "some", "often" and "possible").

Matching is by whole word, case-insensitive, per language of each text. Bare "kan" is left
out for the Nordic languages because it is also "can" ("du kan klage" = "you can complain");
the defaults flag "vi kan" and "kan vi" (but not "vi kan ikke", "uten dem kan vi ikke"),
"kan bli", "kan komme til å" instead. Bare German "kann" is left out for the same reason ("jede
Person kann Auskunft verlangen"); the defaults flag "wir können", "kann sein", "gegebenenfalls"
and "können ... werden" (the data "können weitergegeben werden"), but not with "nicht". Bare nb
"noen" is left out because it is also "any" or "anyone" ("vi selger ikke opplysningene til
noen", "ønsker du å utøve noen av rettighetene"); "noen ganger" and "i noen tilfeller" are
flagged.

Beyond the Regulation: Art. 12(1) asks for clear and plain language; the word list is WP260
practice, and a finding is a warning.

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

OPTIONS = {
    "words": {
        "en": [r"(?<!\d\s)may(?!\s+\d)", "might", "some", "possibly", "often", "perhaps"],
        "nb": ["kanskje", "eventuelt", "eventuelle", "visse", r"noen\s+ganger",
               r"i\s+noen\s+tilfeller", "muligens", r"vi\s+kan(?!\s+ikke)", r"kan\s+vi(?!\s+ikke)",
               r"kan\s+bli", r"kan\s+hende", r"kan\s+komme\s+til\s+å"],
        "nn": ["kanskje", "eventuelt", "eventuelle", "visse", "nokre", "moglegvis",
               r"vi\s+kan(?!\s+ikkje)", r"kan\s+vi(?!\s+ikkje)", r"kan\s+bli", r"kan\s+hende",
               r"kan\s+kome\s+til\s+å"],
        "sv": ["kanske", "eventuellt", "eventuella", "vissa", "möjligen", r"kan\s+komma\s+att",
               r"vi\s+kan(?!\s+inte)", r"kan\s+vi(?!\s+inte)", r"kan\s+bli"],
        "da": ["måske", "eventuelt", "eventuelle", "visse", "nogle", "muligvis",
               r"vi\s+kan(?!\s+ikke)", r"kan\s+vi(?!\s+ikke)", r"kan\s+blive"],
        "de": ["könnte", "könnten", "eventuell", "eventuelle", "eventuellen", "einige", "einigen",
               "möglicherweise", "vielleicht", "gegebenenfalls", r"unter\s+Umständen",
               r"wir\s+können(?!\s+nicht)", r"können\s+wir(?!\s+nicht)", r"kann\s+sein",
               r"(?:kann|können)(?!\s+(?:\w+\s+){0,3}nicht\b)\s+(?:\w+\s+){0,4}?werden"],
    }
}  # fmt: skip
#: Options whose texts are regular expressions (the config checks that they compile).
PATTERN_OPTIONS = ("words",)


def hedging_patterns(ctx: RuleContext) -> dict[str, re.Pattern[str]]:
    """One pattern per language: the defaults, with the languages the option names replaced."""
    table = {**OPTIONS["words"], **ctx.option("words", OPTIONS["words"])}
    return {
        lang: re.compile(rf"(?<!\w)(?:{'|'.join(words)})(?!\w)", re.IGNORECASE)
        for lang, words in table.items()
        if words
    }


def check(notice: Notice, ctx: RuleContext) -> Iterator[Finding]:
    patterns = hedging_patterns(ctx)
    for path, text in iter_texts(notice):
        for lang, value in text.items():
            pattern = patterns.get(lang) or patterns.get(base_language(lang))
            hits = pattern.findall(plain_text(value)) if pattern else []
            if hits:
                found = list(dict.fromkeys(" ".join(hit.lower().split()) for hit in hits))
                yield Finding(
                    (*path, lang),
                    f'hedging words in the "{lang}" text: {quoted(found)}; '
                    "say plainly what is done",
                )
