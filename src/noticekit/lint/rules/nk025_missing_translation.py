"""Every text of the notice exists in every language the notice declares.

Article: GDPR Art. 12(1); WP260 rev.01 ("Clear and plain language": where a notice is offered
in other languages, the translations must be complete and accurate). Every localized text in
the model is checked; each missing language is one finding at that text.

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
from noticekit.lint.rules._util import dotted
from noticekit.lint.rules._util import iter_texts
from noticekit.models import Notice

CODE = "NK025"
NAME = "missing-translation"
LEVEL = "error"
ARTICLE = "GDPR Art. 12(1); WP260 rev.01"
URL = "https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_12"


def check(notice: Notice, ctx: RuleContext) -> Iterator[Finding]:
    for path, text in iter_texts(notice):
        for lang in notice.languages:
            if lang not in text:
                given = ", ".join(f'"{tag}"' for tag in text)
                yield Finding(
                    path, f'"{dotted(notice, path)}" has no "{lang}" text (it has {given})'
                )
