"""NK005: special-category data has an Art. 9(2) condition, criminal data an Art. 10 ground."""

from __future__ import annotations

from noticekit.lint.rules import nk005_special_category_without_condition as rule

from .helpers import check
from .helpers import messages

CATEGORIES = """
data_categories:
  - id: contact
    name: {en: Health data, nb: Helseopplysninger}
    special_category: true
    requirement: voluntary
    mandatory: false
  - id: credit
    name: {en: Convictions, nb: Straffedommer}
    criminal_offence: true
    requirement: voluntary
    mandatory: false
"""

WITH_CONDITIONS = (
    CATEGORIES
    + """
purposes:
  - id: care
    name: {en: Care, nb: Omsorg}
    data_categories: [contact]
    legal_bases: [A6-1-c, A9-2-h]
    law: {en: Health Act, nb: Helseloven}
  - id: vetting
    name: {en: Vetting, nb: Vandel}
    data_categories: [credit]
    legal_bases: [A6-1-c]
    law: {en: Police Act, nb: Politiregisterloven}
    criminal_offence_ground:
      law: {en: "Police Act, section 39", nb: Politiregisterloven § 39}
"""
)

WITHOUT_CONDITIONS = (
    CATEGORIES
    + """
purposes:
  - id: care
    name: {en: Care, nb: Omsorg}
    data_categories: [contact]
    legal_bases: [A6-1-c]
  - id: vetting
    name: {en: Vetting, nb: Vandel}
    data_categories: [credit]
    legal_bases: [A6-1-c]
"""
)


def test_base_notice_passes():
    assert check(rule) == []


def test_art9_condition_and_law_pass():
    assert check(rule, WITH_CONDITIONS) == []


def test_the_art_6_3_law_is_not_the_art_10_ground():
    without_ground = WITH_CONDITIONS.split("    criminal_offence_ground:")[0]
    assert check(rule, without_ground) == [(19, "NK005", "error")]


def test_an_official_authority_is_an_art_10_ground():
    authority = WITH_CONDITIONS.replace(
        '      law: {en: "Police Act, section 39", nb: Politiregisterloven § 39}',
        "      official_authority: {en: The police, nb: Politiet}",
    )
    assert "official_authority" in authority and check(rule, authority) == []


def test_special_category_without_condition_and_criminal_data_without_law_fail():
    assert check(rule, WITHOUT_CONDITIONS) == [(17, "NK005", "error"), (18, "NK005", "error")]
    assert messages(rule, WITHOUT_CONDITIONS) == [
        'purpose "care" uses special-category data "contact" but gives no Art. 9(2) condition '
        "(A9-2-a … A9-2-j)",
        (
            'purpose "vetting" uses criminal-offence data "credit" but gives no Art. 10 ground '
            '("criminal_offence_ground"); Art. 10 allows it only under the control of official '
            "authority or when a law authorises it"
        ),
    ]
