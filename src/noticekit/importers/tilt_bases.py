"""Legal bases from TILT's free-text `reference`: `GDPR-6-1-a`, `DSGVO-6-1-f`, and prose such as
`Art. 6 Abs. 1 lit. b DSGVO` or `Artikel 6 Absatz 1 Buchstabe a) und f) DSGVO`.

Only Art. 6(1)(a)-(f) and Art. 9(2)(a)-(j) of the GDPR become codes. A reference that names
another law (`TMG-15-3`, `§ 7 Absatz 3 UWG`, `BDSG-26`) and not the GDPR gives no code, nor does
one that names no point (`Art. 6 Abs. 1 DSGVO`): the importer keeps those for a person to read.
"""

from __future__ import annotations

import re

GDPR = re.compile(r"gdpr|dsgvo|ds-gvo|2016/679|rgpd|\bavg\b", re.IGNORECASE)
OTHER_LAW = re.compile(
    r"\b(bdsg|tmg|ttdsg|tdddg|uwg|bgb|hgb|ao|sgb|tkg|gwg|kwg|stgb)\b",
    re.IGNORECASE,
)
#: Words and marks between the numbers of a citation, in the languages of the corpus.
NOISE = re.compile(
    r"\b(?:art(?:ikel|icle|\.)?|abs(?:atz)?|para(?:graph)?|lit(?:era)?|buchstabe|letter|point|"
    r"gdpr|dsgvo|ds-gvo|eu|der|des|of|the|verordnung)\b\.?|[()\[\]\-.,;:§]",
    re.IGNORECASE,
)
#: A sentence or subparagraph number inside a citation (`Art. 6 Abs. 1 S. 1 lit. f`).
SENTENCE = re.compile(r"\b(?:s|satz|uabs|unterabsatz|subparagraph)\s+\d+\b")
CITATION = re.compile(
    r"\b(6)\s+(1)\s+((?:[a-f]\b\s*(?:und|and|oder|or|sowie|bzw|u)?\s*)+)"
    r"|\b(9)\s+(2)\s+((?:[a-j]\b\s*(?:und|and|oder|or|sowie|bzw|u)?\s*)+)"
)


def legal_basis_codes(reference: str) -> list[str]:
    """The Art. 6(1) and 9(2) codes a reference cites, in order, each once."""
    if OTHER_LAW.search(reference) and not GDPR.search(reference):
        return []
    cleaned = SENTENCE.sub(" ", NOISE.sub(" ", reference.casefold()))
    codes: list[str] = []
    for match in CITATION.finditer(" ".join(cleaned.split())):
        article, paragraph, points = (
            (match[1], match[2], match[3]) if match[1] else match.group(4, 5, 6)
        )
        for point in re.findall(r"\b[a-j]\b", points):
            code = f"A{article}-{paragraph}-{point}"
            if code not in codes:
                codes.append(code)
    return codes


def is_prose(reference: str, codes: list[str]) -> bool:
    """Whether a reference holds the notice's own words, beyond a code (`GDPR-6-1-a`, `TMG-15-3`)
    or a bare citation of what `codes` say (`Art. 6 Abs. 1 lit. b DSGVO`)."""
    words = len(reference.split())
    return words > 12 if codes else words > 1
