"""Tests for validation: Pydantic errors in plain words at their YAML node, and the cross-reference
checks."""

from __future__ import annotations

import pytest

from noticekit.load import load_source
from noticekit.validate import load_notices
from noticekit.validate import validate_document


@pytest.fixture
def check(minimal_text, write_notice):
    """Replace `old` by `new` in the minimal notice, validate it, and return (line, col, message)
    triples."""

    def run(old: str = "", new: str = "", folder: str = "minimal"):
        if old:
            assert old in minimal_text, old
        doc, problems = load_source(
            write_notice(minimal_text.replace(old, new, 1) if old else minimal_text, folder)
        )
        assert problems == []
        notice, problems = validate_document(doc)
        assert (notice is None) == bool(problems)
        return [(p.line, p.col, p.message) for p in problems]

    return run


def test_the_minimal_notice_is_valid_and_keeps_text_as_written(minimal_text, write_notice):
    doc, _ = load_source(write_notice(minimal_text))
    notice, problems = validate_document(doc)
    assert problems == []
    assert notice.version == "1.10"
    assert notice.controllers[0].country == "NO"
    assert notice.controllers[0].registration_number == "0123 456 789"


def test_an_integer_where_text_is_expected_becomes_text(check, minimal_text, write_notice):
    doc, _ = load_source(write_notice(minimal_text.replace("version: 1.10", "version: 2")))
    notice, problems = validate_document(doc)
    assert problems == []
    assert notice.version == "2"


def test_unknown_field_is_reported_at_its_key_with_a_suggestion(check):
    assert check("    legal_bases:", "    titel: x\n    legal_bases:") == [
        (24, 5, 'unknown field "titel" in purpose "newsletter"'),
    ]
    assert check("    legal_name:", "    legal_nme:") == [
        (10, 5, 'missing required field "legal_name" in controller "acme-as"'),
        (11, 5, 'unknown field "legal_nme" in controller "acme-as" (did you mean "legal_name"?)'),
    ]


def test_unknown_top_level_field(check):
    assert check("version:", "verison: 1\nversion:") == [
        (6, 1, 'unknown field "verison" in the notice (did you mean "version"?)'),
    ]


def test_missing_field_is_reported_at_the_parent_mapping(check):
    assert check("version: 1.10\n", "") == [
        (2, 1, 'missing required field "version" in the notice')
    ]


def test_legal_basis_outside_the_closed_set(check):
    assert check("[A6-1-a]", "[A6-1-g]") == [
        (24, 19, '"A6-1-g" is not a legal basis; expected one of A6-1-a … A6-1-f, A9-2-a … A9-2-j'),
    ]


def test_other_closed_lists_suggest_the_closest_value(check):
    assert check("role: processor", "role: procesor") == [
        (
            28,
            11,
            (
                '"procesor" is not allowed here; expected one of processor, controller, '
                "joint-controller, "
                'group-company, authority, third-party (did you mean "processor"?)'
            ),
        ),
    ]


def test_booleans_are_true_or_false_only(check):
    assert check("    legal_bases:", "    high_impact: yes\n    legal_bases:") == [
        (24, 18, 'expected true or false, got "yes"'),
    ]
    assert check("    legal_bases:", "    high_impact: 1\n    legal_bases:") == [
        (24, 18, 'expected true or false, got "1"'),
    ]


def test_a_boolean_where_text_is_expected_is_reported(check):
    assert check("legal_name: Acme AS", "legal_name: true") == [
        (11, 17, 'expected text, got true; write "true" in quotes if you mean the text'),
    ]


def test_plain_text_where_a_text_per_language_is_expected(check):
    assert check("name: {nb: Kunder, en: Customers}", "name: Kunder") == [
        (16, 11, 'expected one text per language, e.g. "nb: …", got "Kunder"'),
    ]


@pytest.mark.parametrize(
    ("old", "new", "line", "col", "message"),
    [
        ("id: acme-as", "id: Acme AS", 10, 9, '"Acme AS" is not a valid id; use lowercase letters'),
        (
            "country: NO",
            "country: no",
            12,
            14,
            '"no" is not a country code; use the two capital letters',
        ),
        ("[nb, en]", "[nb, EN]", 7, 17, '"EN" is not a language tag'),
        ("  en: Privacy notice", "  EN: Privacy notice", 5, 3, '"EN" is not a language tag'),
        ("countries: [US]", "countries: [usa]", 29, 17, '"usa" is not a country code'),
        (
            "legal_bases: [A6-1-a]",
            "legal_bases: [A6-1-a]\n    retention: {duration: 5 years}",
            25,
            27,
            '"5 years" is not an ISO 8601 duration',
        ),
        (
            "legal_bases: [A6-1-a]",
            "legal_bases: [A6-1-a]\n    retention: {duration: P}",
            25,
            27,
            '"P" is not an ISO 8601 duration; write e.g. "P6M" or "P5Y"',
        ),
        (
            "legal_bases: [A6-1-a]",
            "legal_bases: [A6-1-a]\n    retention: {}",
            25,
            16,
            "retention needs a duration, an event or criteria",
        ),
        (
            "version: 1.10",
            "version: 1.10\neffective_date: 2025-13-01",
            7,
            17,
            '"2025-13-01" is not a valid date',
        ),
        (
            "collection: [direct]",
            "collection: []",
            8,
            13,
            '"collection" needs at least 1 entry; got 0',
        ),
        ("  en: Privacy notice", '  en: " "', 5, 7, 'the "en" text is empty'),
    ],
)
def test_field_formats_are_explained(check, old, new, line, col, message):
    problems = check(old, new)
    assert len(problems) == 1, problems
    assert problems[0][:2] == (line, col)
    assert problems[0][2].startswith(message)


def test_unknown_references_are_reported_with_the_closest_id(check):
    assert check("recipients: [mail-provider]", "recipients: [mail-providers]") == [
        (23, 18, 'unknown recipient "mail-providers" (did you mean "mail-provider"?)'),
    ]
    assert check("data_subjects: [customers]", "data_subjects: [visitors]") == [
        (22, 21, 'unknown data-subject category "visitors"; known ids: customers'),
    ]


def test_references_are_checked_together_with_schema_errors(check):
    assert check("recipients: [mail-provider]", "recipients: [mail-providers]\n    titel: x") == [
        (23, 18, 'unknown recipient "mail-providers" (did you mean "mail-provider"?)'),
        (24, 5, 'unknown field "titel" in purpose "newsletter"'),
    ]


def test_a_reference_to_an_id_of_another_kind_says_which_kind_it_is(check):
    assert check("data_subjects: [customers]", "data_subjects: [newsletter]") == [
        (
            22,
            21,
            'unknown data-subject category "newsletter"; "newsletter" is a purpose in purposes, '
            "not a data-subject category",
        ),
    ]


def test_references_to_an_empty_list_say_so(check):
    assert check("    legal_bases:", "    sources: [crm]\n    legal_bases:") == [
        (24, 15, 'unknown source "crm"; the notice has no "sources"'),
    ]


def test_duplicate_ids_are_reported_at_the_second(check):
    extra = "  - id: customers\n    name: {nb: Kunder igjen}\npurposes:"
    assert check("purposes:", extra) == [
        (
            17,
            9,
            'duplicate data-subject category id "customers" (already used by data_subjects[0])',
        ),
    ]


def test_languages_are_unique_and_include_the_fallback(check):
    assert check("[nb, en]", "[nb, en, nb]\nfallback_language: de") == [
        (7, 21, '"nb" is listed twice in languages'),
        (8, 20, 'fallback language "de" is not one of the languages (nb, en, nb)'),
    ]


SHIPPED = "expected one of nb, nn, sv, da, en, de"


@pytest.mark.parametrize(
    ("written", "meant"),
    [("no", "nb"), ("nob", "nb"), ("se", "sv"), ("dk", "da"), ("ge", "de"), ("nno", "nn")],
)
def test_a_language_without_texts_is_an_error_with_the_one_meant(check, written, meant):
    assert check("[nb, en]", f"[{written}, en]") == [
        (
            7,
            13,
            f'no built-in catalog for language "{written}": {SHIPPED}; did you mean "{meant}"?',
        ),
    ]


def test_a_language_without_texts_and_without_a_likely_one_is_an_error(check):
    assert check("[nb, en]", "[nb, fi]") == [
        (7, 17, f'no built-in catalog for language "fi": {SHIPPED}'),
    ]


def test_a_regional_variant_uses_the_texts_of_its_language(check):
    assert check("[nb, en]", "[nb-NO, en-GB]") == []


def test_authoritative_language_and_language_versions_are_among_the_languages(check):
    new = (
        "[nb, en]\nauthoritative_language: sv\nlanguage_versions:\n"
        "  en: {status: translation}\n  de: {status: original}"
    )
    assert check("[nb, en]", new) == [
        (8, 25, 'authoritative language "sv" is not one of the languages (nb, en)'),
        (11, 3, '"de" is not one of the languages (nb, en)'),
    ]


def test_id_must_match_the_folder(check):
    assert check(folder="other") == [
        (
            2,
            5,
            'the id "minimal" does not match the folder name "other"; a notice lives at '
            "notices/<id>/notice.yaml",
        ),
    ]


def test_load_notices_collects_every_problem_in_every_file(minimal_text, write_notice, tmp_path):
    write_notice(minimal_text)
    write_notice(
        minimal_text.replace("id: minimal", "id: broken").replace("version: 1.10\n", ""),
        folder="broken",
    )
    write_notice("id: [\n", folder="syntax")
    result = load_notices([tmp_path / "notices"])
    assert [loaded.notice.id for loaded in result.notices] == ["minimal"]
    assert [(p.file.split("notices/")[-1], p.line) for p in result.problems] == [
        ("broken/notice.yaml", 2),
        ("syntax/notice.yaml", 2),
    ]
    assert not result.ok


def test_mangled_notices_give_problems_never_exceptions(minimal_text, write_notice):
    import random

    rng = random.Random(2026)
    pieces = [
        ":",
        "-",
        "[",
        "]",
        "{",
        "}",
        "&a",
        "*a",
        "!!int",
        "|",
        ">",
        "'",
        '"',
        "#",
        "\t",
        "  ",
        "yes",
        "NO",
        "<<",
        "é",
    ]
    lines = minimal_text.splitlines()
    for _ in range(200):
        mangled = list(lines)
        for _ in range(rng.randint(1, 3)):
            at = rng.randrange(len(mangled))
            cut = rng.randrange(len(mangled[at]) + 1)
            choice = rng.random()
            if choice < 0.3:
                del mangled[at]
            elif choice < 0.7:
                mangled[at] = mangled[at][:cut] + rng.choice(pieces) + mangled[at][cut:]
            else:
                mangled.insert(at, mangled[rng.randrange(len(mangled))])
        doc, problems = load_source(write_notice("\n".join(mangled) + "\n"))
        if doc is not None:
            _, problems = validate_document(doc)
        assert all(
            problem.line >= 1 and problem.col >= 1 and problem.message for problem in problems
        )


#: In YAML's double quotes: clear screen, carriage return, bell and a right-to-left override.
YAML_CONTROLS = r'"x\e[2J\r\a\u202e"'
SHOWN_CONTROLS = '"x\\x1b[2J\\r\\x07\\u202e"'


def test_an_item_named_in_a_message_is_shown_escaped(check):
    problems = check("  - id: newsletter\n    name:", f"  - id: {YAML_CONTROLS}\n    nme:")
    assert (18, 9, f"{SHOWN_CONTROLS} is not a valid id; use lowercase letters, digits and single "
            'hyphens, e.g. "it-providers"') in problems  # fmt: skip
    assert (18, 5, f'missing required field "name" in purpose {SHOWN_CONTROLS}') in problems


def test_a_date_that_is_not_one_is_quoted_escaped_and_short(check):
    assert check("languages:", f"effective_date: {YAML_CONTROLS}\nlanguages:") == [
        (7, 17, f"{SHOWN_CONTROLS} is not a date; write it as YYYY-MM-DD, e.g. 2025-06-01"),
    ]
    assert check("languages:", f"effective_date: {'9' * 500}x\nlanguages:") == [
        (7, 17, f'"{"9" * 60}…" is not a date; write it as YYYY-MM-DD, e.g. 2025-06-01'),
    ]


def test_unknown_and_duplicate_ids_are_quoted_escaped_and_short():
    from noticekit.validate.crossrefs import check_references

    data = {
        "purposes": [{"id": "p", "recipients": ["a\x1b[2J" + "b" * 100]}],
        "recipients": [{"id": "x" * 100 + "\x07"}, {"id": "x" * 100 + "\x07"}],
    }
    messages = [located.message for located in check_references(data)]
    assert messages == [
        f'duplicate recipient id "{"x" * 60}…" (already used by recipients[0])',
        f'unknown recipient "a\\x1b[2J{"b" * 52}…"; known ids: {"x" * 60}…, {"x" * 60}…',
    ]
