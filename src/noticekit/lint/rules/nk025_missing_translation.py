"""Every text of the notice exists in every language the notice declares.

Article: none; WP260 rev.01 practice ("Clear and plain language": a translation should be
accurate, and a notice aimed at speakers of other languages should be offered in them). GDPR
Art. 12(1) asks for clear and plain language; it does not require translations. Every
localized text in the model is checked; each missing language is one finding at that text.

Beyond the Regulation: entirely. A notice declares its languages in `languages`; noticekit asks
that it be complete in each, so that no page mixes languages or shows a gap as if it were the
controller's silence.

PASS::

    languages: [en, nb]
    title: {en: Privacy notice, nb: Personvernerklæring}

FAIL::

    languages: [en, nb]
    title: {en: Privacy notice}
"""

from __future__ import annotations

from collections.abc import Iterator

from noticekit.lint.base import Finding
from noticekit.lint.base import RuleContext
from noticekit.lint.rules._util import iter_texts
from noticekit.load.source import dotted
from noticekit.models import Notice

CODE = "NK025"
NAME = "missing-translation"
LEVEL = "error"
ARTICLE = "WP260 rev.01 (clear and plain language: translations)"
URL = "https://ec.europa.eu/newsroom/article29/items/622227"


def check(notice: Notice, ctx: RuleContext) -> Iterator[Finding]:
    for path, text in iter_texts(notice):
        for lang in notice.languages:
            if lang not in text:
                given = ", ".join(f'"{tag}"' for tag in text)
                yield Finding(
                    path, f'"{dotted(path, notice)}" has no "{lang}" text (it has {given})'
                )
