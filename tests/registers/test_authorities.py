"""The shipped register of EEA supervisory authorities."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from noticekit.models.types import EEA_COUNTRIES
from noticekit.models.types import SHIPPED_LANGUAGES
from noticekit.registers import authorities
from noticekit.registers import dpv_terms

REGISTER = authorities.register()


def test_every_eea_state_has_its_national_authority():
    assert {authority.country for authority in REGISTER.values()} == EEA_COUNTRIES
    assert len(REGISTER) == len(EEA_COUNTRIES) == 30


@pytest.mark.parametrize("code", sorted(REGISTER))
def test_each_entry_is_complete(code):
    authority = REGISTER[code]
    assert re.fullmatch(r"[A-Z]{2}(-[A-Z0-9]+)+", code) and code.startswith(authority.country + "-")
    assert authority.native in authority.names
    assert authority.web.startswith("https://")
    for lang in SHIPPED_LANGUAGES:
        assert authority.name(lang)
    for item in authority.raw["names"].values():
        assert item["source"].startswith("http") and item["status"] in ("checked", "unchecked")


@pytest.mark.parametrize("code", sorted(REGISTER))
def test_each_dpv_iri_is_the_countrys_authority_in_the_shipped_dpv_term_list(code):
    authority = REGISTER[code]
    country = authority.country.lower()
    assert authority.dpv == f"legal-{country}:DPA-{authority.country}"
    assert authority.dpv in dpv_terms.terms()
    assert authority.raw["dpv_source"] == f"w3c/dpv 2.3/legal/{country}/legal-{country}.ttl"


def test_names_follow_the_page_language_and_fall_back_to_the_native_name():
    assert authorities.by_code("FI-TIETOSUOJA").name("sv") == "Dataombudsmannens byrå"
    assert authorities.by_code("FI-TIETOSUOJA").name("nb") == "Tietosuojavaltuutetun toimisto"
    assert authorities.by_code("SE-IMY").name("en") == "Swedish Authority for Privacy Protection"
    assert authorities.by_code("LI-DSS").name("en") == "Datenschutzstelle"


def test_imy_replaced_datainspektionen_on_1_january_2021():
    [(imy, former)] = authorities.formerly_named("Datainspektionen")
    assert imy.code == "SE-IMY" and former.until == dt.date(2021, 1, 1)
    assert authorities.with_name("Datainspektionen") == []


def test_names_are_found_whole_in_parts_and_by_abbreviation():
    assert [a.code for a in authorities.with_name("Integritetsskyddsmyndigheten (IMY)")] == [
        "SE-IMY"
    ]
    assert [
        a.code for a in authorities.with_name("the Swedish Authority for Privacy Protection")
    ] == ["SE-IMY"]
    assert sorted(a.code for a in authorities.with_name("Datatilsynet")) == [
        "DK-DATATILSYNET",
        "NO-DATATILSYNET",
    ]


def test_germany_is_the_federal_authority_and_the_entry_says_the_lander_exist():
    bfdi = authorities.by_code("DE-BFDI")
    assert bfdi.dpv == "legal-de:DPA-DE" and "Land" in bfdi.raw["note"]
