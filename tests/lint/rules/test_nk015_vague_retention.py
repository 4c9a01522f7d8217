"""NK015: vague retention phrases without criteria warn, in every shipped language."""

from __future__ import annotations

import pytest

from noticekit.lint.rules import nk015_vague_retention as rule

from .helpers import check
from .helpers import messages

PURPOSE = """
purposes:
  - id: kept
    name: {{en: Kept, nb: Lagret}}
    legal_bases: [A6-1-b]
    retention:
      {field}: {{{lang}: "{text}"}}
"""

VAGUE = [
    (
        "nb",
        "Vi lagrer aldri dine personopplysninger lenger enn det som er nødvendig for det aktuelle "
        "formålet.",
    ),
    ("nb", "Så lenge det er nødvendig."),
    ("nn", "Så lenge det er naudsynt for føremålet."),
    ("nn", "Vi lagrar ikkje opplysningane lenger enn det som er naudsynt."),
    ("sv", "Så länge som nödvändigt."),
    ("sv", "Vi sparar inte uppgifterna längre än vad som är nödvändigt."),
    ("da", "Så længe det er nødvendigt."),
    ("en", "As long as necessary for legitimate business purposes."),
    ("en", "We keep data no longer than is necessary."),
    ("de", "So lange wie nötig."),
    ("de", "Solange es erforderlich ist."),
    ("nb", "Så lenge det er nødvendig for formålet, og for å oppfylle gjeldende lovkrav."),
    # a law word that brings in no named law
    ("nb", "Så lenge det er nødvendig etter at kundeforholdet er avsluttet."),
    ("en", "As long as necessary under the law."),
    ("en", "As long as necessary by our own assessment."),
    ("de", "So lange wie nach unserer Einschätzung nötig."),
    # the GDPR is no criterion
    ("en", "As long as necessary under the GDPR."),
    ("en", "As long as necessary under the General Data Protection Regulation."),
    ("sv", "Så länge det är nödvändigt enligt dataskyddsförordningen."),
    ("nb", "Så lenge det er nødvendig etter personvernforordningen."),
    ("de", "So lange wie nach der DSGVO nötig."),
]

CLEAR = [
    ("en", "Until the contract ends."),
    ("nb", "Så lenge du er kunde."),
    ("sv", "Fem år efter att avtalet har upphört."),
    ("en", "As long as required by the Bookkeeping Act."),
    ("nb", "Så lenge det er påkrevd etter bokføringsloven."),
    ("sv", "Så länge det är nödvändigt enligt bokföringslagen."),
    ("de", "So lange wie nach dem Handelsgesetzbuch erforderlich."),
    ("de", "So lange wie nach § 257 HGB erforderlich."),
    ("nb", "Så lenge det er nødvendig, jf. bokføringsloven § 13."),
    ("nb", "Så lenge det er nødvendig etter at avtalen slutter, i henhold til bokføringsloven."),
    ("sv", "Så länge det behövs enligt 7 kap. 2 § bokföringslagen (1999:1078)."),
    ("da", "Så længe det er nødvendigt efter bogføringsloven."),
]


def test_base_notice_passes():
    assert check(rule) == []


@pytest.mark.parametrize(("lang", "text"), VAGUE)
def test_vague_criteria_warn_at_the_text(lang, text):
    assert check(rule, PURPOSE.format(field="criteria", lang=lang, text=text)) == [
        (6, "NK015", "warning")
    ]


@pytest.mark.parametrize(("lang", "text"), CLEAR)
def test_concrete_retention_passes(lang, text):
    assert check(rule, PURPOSE.format(field="criteria", lang=lang, text=text)) == []


def test_vague_event_with_real_criteria_passes():
    snippet = PURPOSE.format(field="event", lang="en", text="As long as necessary.")
    snippet += "      criteria: {en: Five years under the Bookkeeping Act.}\n"
    assert check(rule, snippet) == []


def test_vague_event_with_a_duration_passes():
    snippet = (
        PURPOSE.format(field="event", lang="en", text="As long as necessary.")
        + "      duration: P5Y\n"
    )
    assert check(rule, snippet) == []


def test_message_quotes_the_phrase():
    snippet = PURPOSE.format(field="event", lang="en", text="As long as needed.")
    assert messages(rule, snippet) == [
        (
            'the retention of purpose "kept" is only a vague phrase ("As long as needed"); '
            "give the period, or the criteria that set it"
        )
    ]


def test_phrases_are_an_option():
    snippet = PURPOSE.format(field="criteria", lang="en", text="For a while.")
    assert check(rule, snippet, {"phrases": [r"\bfor a while\b"]}) == [(6, "NK015", "warning")]


def test_citation_is_an_option():
    snippet = PURPOSE.format(
        field="criteria", lang="en", text="As long as needed per our schedule."
    )
    assert check(rule, snippet) == [(6, "NK015", "warning")]
    assert check(rule, snippet, {"citation": r"\bper\s+our\s+schedule\b"}) == []


def test_a_vague_further_period_warns_at_its_text():
    snippet = """
purposes:
  - id: kept
    name: {en: Kept, nb: Lagret}
    legal_bases: [A6-1-b]
    retention: {duration: P1Y}
    retention_periods:
      - condition: {en: If you agree., nb: Hvis du samtykker.}
        event: {en: As long as necessary., nb: Så lenge det er nødvendig.}
"""
    assert check(rule, snippet) == [(8, "NK015", "warning")]


def test_message_quotes_an_escaped_excerpt_of_the_phrase():
    text = "As\\x1clong as " + "x" * 200 + " needed."  # a YAML escape; Python's \\s takes U+001C
    snippet = PURPOSE.format(field="event", lang="en", text=text)
    assert messages(rule, snippet) == [
        f'the retention of purpose "kept" is only a vague phrase ("As\\x1clong as {"x" * 46}…"); '
        "give the period, or the criteria that set it"
    ]
