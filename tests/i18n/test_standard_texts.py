"""The standard legal texts: every model code has a text, in the requested language."""

from __future__ import annotations

import re
from typing import get_args

import pytest

from noticekit.errors import BuildError
from noticekit.i18n import standard_texts
from noticekit.i18n.languages import UnknownCodeError
from noticekit.i18n.languages import UnknownLanguageError
from noticekit.i18n.standard_texts import label
from noticekit.i18n.standard_texts import legal_basis_label
from noticekit.i18n.standard_texts import legal_basis_text
from noticekit.i18n.standard_texts import mechanism_label
from noticekit.i18n.standard_texts import mechanism_text
from noticekit.i18n.standard_texts import right_name
from noticekit.i18n.standard_texts import right_text
from noticekit.i18n.standard_texts import statement
from noticekit.models import codes
from noticekit.models.types import SHIPPED_LANGUAGES


@pytest.mark.parametrize(
    ("table", "literal"),
    [
        (standard_texts.RIGHTS, codes.RightCode),
        (standard_texts.LEGAL_BASES, codes.LegalBasisCode),
        (standard_texts.MECHANISMS, codes.TransferMechanismCode),
        (standard_texts.LABELS["recipient-role"], codes.RecipientRole),
        (standard_texts.LABELS["source-kind"], codes.SourceKind),
        (standard_texts.LABELS["data-requirement"], codes.DataRequirement),
        (standard_texts.LABELS["cookie-category"], codes.CookieCategory),
        (standard_texts.LABELS["collection-mode"], codes.CollectionMode),
    ],
)
def test_every_code_of_the_model_has_a_standard_text(table, literal):
    assert set(table) == set(get_args(literal))


@pytest.mark.parametrize(
    ("function", "code", "lang", "expected"),
    [
        (right_name, "A15", "sv", "Rätt till tillgång"),
        (right_name, "A15", "nb", "Rett til innsyn"),
        (right_name, "A21", "da", "Ret til indsigelse"),
        (right_name, "A17", "de", "Recht auf Löschung"),
        (right_name, "A18", "nn", "Rett til avgrensing av behandlinga"),
        (right_name, "A20", "en", "Right to data portability"),
        (legal_basis_label, "A6-1-f", "nb", "Berettiget interesse"),
        (legal_basis_label, "A6-1-f", "nn", "Berettiga interesse"),
        (legal_basis_label, "A6-1-f", "sv", "Berättigat intresse"),
        (legal_basis_label, "A6-1-f", "da", "Legitim interesse"),
        (legal_basis_label, "A6-1-f", "de", "Berechtigtes Interesse"),
        (mechanism_label, "A45-3", "de", "Angemessenheitsbeschluss"),
        (
            mechanism_label,
            "A46-2-c",
            "sv",
            "Standardiserade dataskyddsbestämmelser från Europeiska kommissionen",
        ),
    ],
)
def test_label_is_in_the_requested_language(function, code, lang, expected):
    assert function(code, lang) == expected


def test_texts_differ_between_bokmal_and_nynorsk():
    assert right_text("A15", "nb") != right_text("A15", "nn")
    assert "opplysningane" in right_text("A15", "nn")
    assert "opplysningene" in right_text("A15", "nb")


#: The controller's voice in each language: standard texts explain the law and never speak as "we".
WE = {
    "en": r"\b(we|us|our)\b", "nb": r"\b(vi|oss|vår|våre)\b", "nn": r"\b(vi|oss|vår|våre)\b",
    "sv": r"\b(vi|oss|vår|våra)\b", "da": r"\b(vi|os|vores)\b", "de": r"\b(wir|uns|unser\w*)\b",
}  # fmt: skip


@pytest.mark.parametrize("lang", SHIPPED_LANGUAGES)
def test_standard_texts_explain_the_law_and_do_not_speak_as_the_controller(lang):
    texts = [right_text(code, lang) for code in standard_texts.RIGHTS]
    texts += [legal_basis_text(code, lang) for code in standard_texts.LEGAL_BASES]
    texts += [mechanism_text(code, lang) for code in standard_texts.MECHANISMS]
    texts += [
        standard_texts.statement(key, lang, authority="X", name="X")
        for key in standard_texts.STATEMENTS
    ]
    spoken_as_we = [text for text in texts if re.search(WE[lang], text, re.IGNORECASE)]
    assert spoken_as_we == []


#: Art. 12(6): identity may be checked only on reasonable doubt; the words for it in each language.
REASONABLE_DOUBT = {
    "en": "reasonable doubts", "nb": "rimelig tvil", "nn": "rimeleg tvil", "sv": "rimliga skäl "
    "att betvivla",
    "da": "rimelig tvivl", "de": "begründete Zweifel",
}  # fmt: skip


@pytest.mark.parametrize("lang", SHIPPED_LANGUAGES)
def test_the_rules_on_requests_allow_identity_checks_only_on_reasonable_doubt(lang):
    assert REASONABLE_DOUBT[lang] in standard_texts.statement("exercise-rights", lang)


@pytest.mark.parametrize("lang", SHIPPED_LANGUAGES)
def test_every_text_is_non_empty_and_translated_outside_english(lang):
    functions = [(right_name, right_text, standard_texts.RIGHTS),
                 (legal_basis_label, legal_basis_text, standard_texts.LEGAL_BASES),
                 (mechanism_label, mechanism_text, standard_texts.MECHANISMS)]  # fmt: skip
    for name_of, text_of, table in functions:
        for code, english in table.items():
            assert name_of(code, lang).strip() and text_of(code, lang).strip()
            assert (text_of(code, lang) == english.text) is (lang == "en")


def test_withdrawal_text_keeps_earlier_processing_lawful():
    assert "lawfulness of the processing" in right_text("A7-3", "en")
    assert "Rechtmäßigkeit" in statement("withdraw-consent", "de")


def test_label_and_statement():
    assert label("recipient-role", "processor", "sv") == "Personuppgiftsbiträde"
    assert label("source-kind", "public", "nn") == "Offentleg tilgjengelege kjelder"
    assert (
        statement("complaint-authority", "nb", authority="Datatilsynet")
        == "Du kan klage til Datatilsynet."
    )


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda: right_name("A51", "nb"), 'unknown right "A51"; did you mean "A21"?'),
        (lambda: legal_basis_text("A6-1-g", "nb"), 'unknown legal basis "A6-1-g"; did you mean'),
        (lambda: mechanism_label("A46", "nb"), 'unknown transfer mechanism "A46"'),
        (
            lambda: label("recipient-role", "processer", "nb"),
            'unknown recipient-role value "processer"; did you mean "processor"?',
        ),
        (lambda: label("roles", "processor", "nb"), 'unknown label kind "roles"'),
    ],
)
def test_unknown_code_is_a_clear_build_error(call, message):
    with pytest.raises(
        UnknownCodeError, match="^" + message.replace("(", r"\(").replace("?", r"\?")
    ):
        call()


def test_unknown_language_is_a_clear_build_error():
    with pytest.raises(UnknownLanguageError) as raised:
        right_name("A15", "no")
    assert isinstance(raised.value, BuildError)
    assert str(raised.value).startswith(
        'no built-in catalog for language "no": expected one of nb, nn'
    )
    assert str(raised.value).endswith('; did you mean "nb"?')
