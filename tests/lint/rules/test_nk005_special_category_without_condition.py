"""NK005: special-category data needs an Art. 9(2) condition; criminal-offence data a law (Art. 10)."""

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


def test_special_category_without_condition_and_criminal_data_without_law_fail():
    assert check(rule, WITHOUT_CONDITIONS) == [(17, "NK005", "error"), (18, "NK005", "error")]
    assert messages(rule, WITHOUT_CONDITIONS) == [
        'purpose "care" uses special-category data "contact" but gives no Art. 9(2) condition (A9-2-a … A9-2-j)',
        (
            'purpose "vetting" uses criminal-offence data "credit" but cites no law authorising it; '
            "Art. 10 allows it only under official authority or such a law"
        ),
    ]
