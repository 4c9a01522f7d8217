"""NK029: hard-to-read sections warn: LIX for the Nordic languages, Flesch for en, Amstad for de."""

from __future__ import annotations

from noticekit.lint.rules import nk029_hard_to_read as rule
from noticekit.lint.textstats import stats

from .helpers import check
from .helpers import messages

EASY_EN = "We keep your name. We use it to send you mail. You can ask us to stop at any time. " * 4
HARD_EN = (
    "Notwithstanding the aforementioned contractual stipulations, the organisation's processing "
    "of personal information necessitates comprehensive documentation, systematic verification "
    "and continuous evaluation regarding proportionality, confidentiality and accountability. "
) * 2
EASY_NB = (
    "Vi lagrer navnet ditt. Vi bruker det til å sende deg post. Du kan be oss slutte når du vil. "
    * 4
)
HARD_NB = (
    "Behandlingsansvarlige virksomheter gjennomfører systematiske risikovurderinger, "
    "dokumentasjonsprosesser "
    "og sikkerhetstiltak vedrørende personopplysninger, tilgangskontroller og "
    "informasjonssikkerhetsrutiner "
    "i henhold til gjeldende personvernregelverk og tilhørende forskriftsbestemmelser. "
) * 2
HARD_DE = (
    "Die verantwortliche Organisation verarbeitet personenbezogene Informationen entsprechend "
    "datenschutzrechtlicher Verpflichtungen unter Berücksichtigung verhältnismäßiger technischer "
    "und organisatorischer Sicherheitsmaßnahmen sowie vertraglicher Vereinbarungen. "
) * 3

INTRODUCTION = """
introduction:
  en: "{en}"
  nb: "{nb}"
"""


def test_base_notice_passes():
    assert check(rule) == []


def test_the_samples_score_as_intended():
    assert stats([EASY_EN], "en").flesch > 80
    assert stats([HARD_EN], "en").flesch < 20
    assert stats([EASY_NB], "nb").lix < 30
    assert stats([HARD_NB], "nb").lix > 60
    assert stats([HARD_DE], "de").amstad < 30


def test_easy_text_passes():
    assert check(rule, INTRODUCTION.format(en=EASY_EN, nb=EASY_NB)) == []


def test_hard_text_warns_per_language_at_the_section():
    assert check(rule, INTRODUCTION.format(en=HARD_EN, nb=HARD_NB)) == [(2, "NK029", "warning")] * 2
    assert messages(rule, INTRODUCTION.format(en=EASY_EN, nb=HARD_NB)) == [
        (
            'the "nb" text of "introduction" is hard to read (LIX '
            f"{round(stats([HARD_NB], 'nb').lix)}, above 55); "
            "use shorter sentences and plainer words"
        )
    ]


def test_german_uses_the_amstad_score():
    snippet = f'languages: [en, nb, de]\nintroduction:\n  de: "{HARD_DE}"\n'
    assert check(rule, snippet) == [(3, "NK029", "warning")]


def test_short_texts_are_not_scored():
    hard_but_short = (
        "Notwithstanding contractual stipulations, comprehensive documentation "
        "necessitates verification."
    )
    assert check(rule, INTRODUCTION.format(en=hard_but_short, nb="Ja.")) == []


def test_purpose_texts_are_scored_together_as_one_section():
    snippet = f"""
purposes:
  - id: newsletter
    name: {{en: Newsletter, nb: Nyhetsbrev}}
    description: {{en: "{HARD_EN}", nb: "{EASY_NB}"}}
    recipients: []
    legal_bases: [A6-1-a]
    retention: {{duration: P1Y}}
"""
    assert check(rule, snippet) == [(2, "NK029", "warning")]


def test_notices_for_children_use_stricter_limits_and_the_limits_are_options():
    medium = (
        "Vi lagrer opplysningene om kundeforholdet ditt i regnskapssystemet vårt i fem år etter at "
        "avtalen er avsluttet, fordi loven krever det av oss. "
    ) * 2
    snippet = INTRODUCTION.format(en=EASY_EN, nb=medium)
    assert 40 < stats([medium], "nb").lix < 55
    assert check(rule, snippet) == []
    assert check(rule, snippet + "addressed_to_children: true\n") == [(2, "NK029", "warning")]
    assert check(rule, snippet, {"lix_max": 40}) == [(2, "NK029", "warning")]
