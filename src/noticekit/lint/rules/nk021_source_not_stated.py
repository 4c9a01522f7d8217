"""Indirect collection names its sources, and each source says whether it is publicly available.

Article: GDPR Art. 14(2)(f) (the source, "and if applicable, whether it came from publicly
accessible sources"); WP260 rev.01 Annex (the specific source; where it cannot be named, its
nature: public or private, and the type of organisation, industry or sector). Indirect
collection with no source named is an error; a source that does not say whether it is public
is a warning, since the Regulation asks for that only where applicable.

Beyond the Regulation: noticekit asks every source other than the person to say whether it is
publicly available (`publicly_available: false` too), so that "not public" can be told from "not
stated"; a source of kind `public` says so already.

PASS::

    collection: [indirect]
    sources:
      - {id: bureau, name: {en: Credit bureau}, kind: third-party, publicly_available: false}

FAIL::

    collection: [indirect]
    sources:
      - {id: bureau, name: {en: Credit bureau}, kind: third-party}
"""

from __future__ import annotations

from collections.abc import Iterator

from noticekit.lint.base import Finding
from noticekit.lint.base import RuleContext
from noticekit.models import Notice

CODE = "NK021"
NAME = "source-not-stated"
LEVEL = "error"
ARTICLE = "GDPR Art. 14(2)(f); WP260 rev.01 Annex"
URL = "https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_14"


def check(notice: Notice, ctx: RuleContext) -> Iterator[Finding]:
    others = [(index, s) for index, s in enumerate(notice.sources) if s.kind != "data-subject"]
    if "indirect" in notice.collection and not others:
        yield Finding(
            ("collection",),
            "the notice collects data from others than the person (indirect) but names no source",
        )
    for index, source in others:
        if source.publicly_available is None and source.kind != "public":
            yield Finding(
                ("sources", index),
                f'source "{source.id}" does not say whether it is publicly available '
                '("publicly_available")',
                level="warning",
            )
