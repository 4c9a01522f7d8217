"""NK026: hedging words warn, per language, by whole word."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from noticekit.lint.base import RuleContext
from noticekit.lint.rules import nk026_hedging_words as rule

from .helpers import check
from .helpers import messages

INTRODUCTION = """
introduction:
  en: "{en}"
  nb: "{nb}"
"""

HEDGED = [
    ("en", "We may share some of your data.", ["may", "some"]),
    ("en", "We might possibly call you.", ["might", "possibly"]),
    ("nb", "Vi kan bruke opplysningene til visse formål.", ["vi kan", "visse"]),
    ("nb", "Opplysningene kan bli delt med eventuelle partnere.", ["kan bli", "eventuelle"]),
    ("nn", "Vi kan dele nokre opplysningar.", ["vi kan", "nokre"]),
    ("sv", "Uppgifterna kan komma att delas med vissa partner.", ["kan komma att", "vissa"]),
    ("da", "Vi kan måske dele nogle oplysninger.", ["vi kan", "måske", "nogle"]),
    (
        "de",
        "Wir könnten einige Daten möglicherweise teilen.",
        ["könnten", "einige", "möglicherweise"],
    ),
    ("nb", "Vi sender deg noen ganger e-post.", ["noen ganger"]),
    ("nb", "I noen tilfeller deler vi opplysningene.", ["i noen tilfeller"]),
    ("nb", "Opplysningene kan vi dele med partnere.", ["kan vi"]),
    ("de", "Wir können Ihre Daten an Partner weitergeben.", ["wir können"]),
    (
        "de",
        "Ihre Daten können an Dritte weitergegeben werden.",
        ["können an dritte weitergegeben werden"],
    ),
    ("de", "Es kann sein, dass wir Sie anrufen.", ["kann sein"]),
    ("de", "Wir teilen gegebenenfalls Ihre Daten.", ["gegebenenfalls"]),
]

PLAIN = [
    ("en", "We send you the newsletter every month. Mayor Smith is not a hedge."),
    ("en", "This notice applies from 1 May 2025. It was changed on May 3."),
    ("nb", "Du kan klage til Datatilsynet. Vi kan ikke levere tjenesten uten adressen."),
    ("nn", "Vi kan ikkje levere tenesta utan adressa."),
    ("sv", "Du kan begära ut dina uppgifter. Vi kan inte leverera utan adress."),
    ("da", "Du kan klage til Datatilsynet."),
    ("de", "Sie können sich beschweren."),
    # "kan" and "kann" as "can", and nb "noen" as "any"/"anyone", are not hedging
    ("nb", "Uten dem kan vi ikke levere tjenesten."),
    ("nn", "Utan dei kan vi ikkje levere tenesta."),
    ("sv", "Utan dem kan vi inte leverera tjänsten."),
    ("da", "Uden dem kan vi ikke levere tjenesten."),
    ("de", "Jede Person kann Auskunft verlangen."),
    ("de", "Ohne diese Angaben kann der Vertrag nicht geschlossen werden."),
    ("nb", "Vi selger ikke opplysningene dine til noen."),
    ("nb", "Ønsker du å utøve noen av rettighetene dine, kan du kontakte oss."),
    ("nb", "Hvis noen ber om innsyn, svarer vi innen en måned."),
]


def test_base_notice_passes():
    assert check(rule) == []


@pytest.mark.parametrize(("lang", "text", "words"), HEDGED)
def test_hedging_words_warn_at_the_language_line(lang, text, words):
    snippet = f'languages: [en, nb, nn, sv, da, de]\nintroduction:\n  {lang}: "{text}"\n'
    assert check(rule, snippet) == [(3, "NK026", "warning")]
    listed = ", ".join(f'"{word}"' for word in words)
    assert messages(rule, snippet) == [
        f'hedging words in the "{lang}" text: {listed}; say plainly what is done'
    ]


@pytest.mark.parametrize(("lang", "text"), PLAIN)
def test_plain_text_and_can_pass(lang, text):
    snippet = f'languages: [en, nb, nn, sv, da, de]\nintroduction:\n  {lang}: "{text}"\n'
    assert check(rule, snippet) == []


def test_link_targets_are_not_read():
    snippet = INTRODUCTION.format(
        en="Read [the terms](https://example.com/may/some).", nb="Les vilkårene."
    )
    assert check(rule, snippet) == []


def test_word_list_is_an_option_per_language():
    snippet = INTRODUCTION.format(en="We may call you.", nb="Vi ringer deg kanskje.")
    assert check(rule, snippet, {"words": {"en": ["call"]}}) == [
        (2, "NK026", "warning"),
        (3, "NK026", "warning"),
    ]
    assert messages(rule, snippet, {"words": {"en": ["call"], "nb": []}}) == [
        'hedging words in the "en" text: "call"; say plainly what is done'
    ]


#: The authoring guide, whose examples readers copy.
GUIDE = Path(__file__).resolve().parents[3] / "docs" / "authoring.md"
LANGUAGES = {"nb", "nn", "sv", "da", "en", "de"}


def guide_texts(value: object) -> list[tuple[str, str]]:
    """Every (language, text) of a localized text in a YAML example of the guide."""
    if isinstance(value, dict):
        if value and set(value) <= LANGUAGES and all(isinstance(v, str) for v in value.values()):
            return list(value.items())
        return [pair for item in value.values() for pair in guide_texts(item)]
    if isinstance(value, list):
        return [pair for item in value for pair in guide_texts(item)]
    return []


def test_the_authoring_guide_examples_use_no_hedging_words():
    patterns = rule.hedging_patterns(RuleContext(options=rule.OPTIONS))
    blocks = re.findall(r"```yaml\n(.*?)```", GUIDE.read_text(encoding="utf-8"), flags=re.S)
    texts = [pair for block in blocks for pair in guide_texts(yaml.safe_load(block))]
    assert texts, "the guide has no localized examples any more"
    hedged = [(lang, text) for lang, text in texts if patterns[lang].search(text)]
    assert hedged == []


def test_language_versions_are_walked_as_parts_not_as_texts():
    versions = (
        INTRODUCTION.format(en="We share your data.", nb="Vi deler opplysningene dine.")
        + """
language_versions:
  en: {status: translation, note: We may share some data.}
"""
    )
    assert check(rule, versions) == []
