"""A purpose on Art. 6(1)(f) states the legitimate interest pursued, in every notice language.

Article: GDPR Art. 13(1)(d), 14(2)(b); WP260 rev.01 Annex (the specific interest in question
should be identified for the benefit of the data subject). The rule reports a missing text, a
missing language, and a text that identifies no interest:

- one that only restates the basis: once the words of Art. 6(1)(f) and its citation are set
  aside ("legitimate interest", "berettiget interesse", "processing is necessary", "Art. 6(1)(f)",
  "GDPR", "our", "the controller"), no word of four letters or more is left;
- one that describes the balancing of interests ("interesseavveining", "balancing of interests",
  "intresseavvägning", "Interessenabwägung"): the balancing is not the interest, and belongs in
  `legal_basis_note`.

Beyond the Regulation: none. The two text checks are noticekit's reading of "identify the
interest"; a suppression with a reason accepts a text they misjudge.

PASS::

    purposes:
      - id: credit-check
        legal_bases: [A6-1-f]
        legitimate_interest: {en: Avoiding bad debt., nb: Unngå tap på fordringer.}

FAIL::

    purposes:
      - id: credit-check
        legal_bases: [A6-1-f]
        legitimate_interest: {en: Our legitimate interest., nb: Vår berettigede interesse.}
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from noticekit.lint.base import Finding
from noticekit.lint.base import RuleContext
from noticekit.lint.rules._util import quoted
from noticekit.models import Notice

CODE = "NK006"
NAME = "legitimate-interest-missing"
LEVEL = "error"
ARTICLE = "GDPR Art. 13(1)(d), 14(2)(b); WP260 rev.01 Annex"
URL = "https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_13"

#: Word beginnings of Art. 6(1)(f) in the six languages, of its citation and of filler around it.
BASIS_WORDS = re.compile(
    r"(?:process|necess|purpose|legitim|interes|intress|pursu|controller|third|part(?:y|ies)|"
    r"behandl|handsam|nødvendig|naudsyn|nödvänd|formål|føremål|ändamål|knytt|berettig|berätt|"
    r"berechtig|forfølg|personuppgiftsansvar|dataansvar|tredje|verarbeit|wahrung|verantwort|"
    r"dritt|erforderlich|basis|based|grunnlag|grundlag|rechtsgrundlag|rettslig|rättslig|legal|"
    r"article|artikkel|artikel|gdpr|dsgvo|forordning|förordning|verordnung|bokstav|buchstab|"
    r"littera|point|eller|oder|eines|pursuant|henhold|enligt|gemäß|accord|under|etter|efter|"
    r"this|that|which|denne|dette|denna|detta|diese|unser|vores|våre|vårt|company|business|"
    r"selskap|virksomhet|företag|unternehm)",
    re.IGNORECASE,
)
#: The balancing test named, in the six languages.
BALANCING = re.compile(
    r"\b(?:interesseavve[ig]\w*|intresseavvägning\w*|"
    r"interesseafvejning\w*|interessenabwägung\w*|abwägung\w*|"
    r"balanc(?:e|ing)\s+(?:of\s+(?:the\s+)?interests?|test))",
    re.IGNORECASE,
)


def not_an_interest(text: str) -> str | None:
    """Why `text` identifies no interest, or None when it may."""
    balancing = BALANCING.search(text)
    if balancing:
        found = balancing.group(0)
        return f'describes the balancing of interests ("{found}"), not the interest pursued'
    words = re.findall(r"\w[\w-]*", text)
    if not any(len(word) >= 4 and not BASIS_WORDS.match(word) for word in words):
        return "only restates the legal basis"
    return None


def check(notice: Notice, ctx: RuleContext) -> Iterator[Finding]:
    for index, purpose in enumerate(notice.purposes):
        if "A6-1-f" not in purpose.legal_bases:
            continue
        path = ("purposes", index, "legitimate_interest")
        interest = purpose.legitimate_interest
        if interest is None:
            yield Finding(
                path,
                f'purpose "{purpose.id}" relies on Art. 6(1)(f) but does not state the '
                "legitimate interest pursued",
            )
            continue
        judged = ((lang, not_an_interest(text)) for lang, text in interest.items())
        lang, why = next(((lang, why) for lang, why in judged if why), (None, None))
        if lang is not None:
            yield Finding(
                (*path, lang),
                f'the legitimate interest of purpose "{purpose.id}" ("{lang}" text) {why}; '
                "say what the controller wants to achieve",
            )
        missing = [lang for lang in notice.languages if lang not in interest]
        if missing:
            yield Finding(
                path,
                f'the legitimate interest of purpose "{purpose.id}" is not stated in '
                f"{quoted(missing)}",
            )
