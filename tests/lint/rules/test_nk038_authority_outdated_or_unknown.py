"""NK038: the complaint authority is in the register, under its current name."""

from __future__ import annotations

import pytest

from noticekit.lint.config import LintConfig
from noticekit.lint.engine import run_rule
from noticekit.lint.engine import stamp
from noticekit.lint.rules import nk038_authority_outdated_or_unknown as rule

from .helpers import check
from .helpers import compose
from .helpers import load
from .helpers import messages


def rights(authority: str) -> str:
    return f"""
rights:
  - {{right: A15, contact_point: privacy}}
  - right: A77
    authority: {authority}
"""


@pytest.mark.parametrize(
    "authority",
    [
        "{code: SE-IMY, name: Integritetsskyddsmyndigheten}",
        "{code: SE-IMY, name: IMY, country: SE}",
        '{code: NO-DATATILSYNET, name: Datatilsynet, country: "NO"}',
        "{code: DK-DATATILSYNET}",
        '{name: "Integritetsskyddsmyndigheten (IMY)"}',
        '{name: Datatilsynet, country: "NO"}',
    ],
)
def test_current_names_and_known_codes_pass(authority):
    assert check(rule, rights(authority)) == []


def test_the_base_notice_passes():
    assert check(rule) == []


def test_an_unknown_code_is_an_error_with_a_did_you_mean():
    assert check(rule, rights("{code: SE-IMX}")) == [(4, "NK038", "error")]
    assert messages(rule, rights("{code: SE-IMX}")) == [
        'unknown authority code "SE-IMX" (did you mean "SE-IMY"?)'
    ]


def test_a_former_name_is_a_warning_naming_the_authority_and_the_date():
    assert check(rule, rights("{name: Datainspektionen}")) == [(4, "NK038", "warning")]
    assert messages(rule, rights("{name: Datainspektionen}")) == [
        '"Datainspektionen" is an outdated name: the authority has been IMY, '
        "Integritetsskyddsmyndigheten "
        '(code "SE-IMY") since 2021-01-01; give its code "SE-IMY"'
    ]


def test_a_former_name_kept_with_the_code_still_warns():
    found = messages(rule, rights("{code: SE-IMY, name: Datainspektionen, country: SE}"))
    assert found == [
        '"Datainspektionen" is an outdated name: the authority has been IMY, '
        "Integritetsskyddsmyndigheten "
        '(code "SE-IMY") since 2021-01-01'
    ]


def test_an_unknown_name_is_a_warning_with_a_did_you_mean():
    assert check(rule, rights("{name: Datatilsynett}")) == [(4, "NK038", "warning")]
    assert messages(rule, rights("{name: Datatilsynett}")) == [
        '"Datatilsynett" is not a supervisory authority in noticekit\'s register '
        '(did you mean "Datatilsynet"?)'
    ]


def test_a_name_of_another_authority_under_a_code_warns():
    assert messages(rule, rights("{code: NO-DATATILSYNET, name: IMY}")) == [
        '"IMY" is not a name of Datatilsynet (code "NO-DATATILSYNET") in the register'
    ]


def test_a_country_that_contradicts_the_code_is_an_error():
    assert check(rule, rights('{code: SE-IMY, country: "NO"}')) == [(4, "NK038", "error")]


def test_a_configured_level_overrides_the_findings_own_level():
    doc, notice = load(compose(rights("{code: SE-IMX}"))[0])
    config = LintConfig(levels={"NK038": "warning"})
    levels = {stamp(doc, rule, config, finding).level for finding in run_rule(rule, notice, config)}
    assert levels == {"warning"}
