"""Code-to-IRI tables: every code of the model maps to a term under a prefix the context defines."""

from __future__ import annotations

import typing

import pytest

from noticekit.models import codes
from noticekit.render.jsonld import context
from noticekit.render.jsonld_terms import AUTHORITIES_BY_COUNTRY
from noticekit.render.jsonld_terms import CODE_TABLES
from noticekit.render.jsonld_terms import authority_term

CODE_LISTS = {
    name: value for name, value in vars(codes).items() if typing.get_origin(value) is typing.Literal
}


def _terms(value) -> list[str]:
    return [value] if isinstance(value, str) else list(value)


def test_every_code_list_has_a_table():
    assert set(CODE_LISTS) == set(CODE_TABLES)


@pytest.mark.parametrize("name", sorted(CODE_LISTS))
def test_every_code_maps_to_an_iri(name):
    table = CODE_TABLES[name]
    assert set(table) == set(typing.get_args(CODE_LISTS[name]))
    prefixes = context()
    for code, value in table.items():
        for term in _terms(value):
            prefix, _, local = term.partition(":")
            assert prefix in prefixes and local, (
                f'{name} "{code}" maps to "{term}", not a compact IRI'
            )


def test_authority_terms_use_declared_prefixes():
    for term in AUTHORITIES_BY_COUNTRY.values():
        assert term.split(":")[0] in context()


@pytest.mark.parametrize(
    ("name", "country", "url", "jurisdictions", "expected"),
    [
        ("Datatilsynet", "NO", None, [], "legal-no:DPA-NO"),
        ("Datatilsynet", None, None, ["NO"], "legal-no:DPA-NO"),
        ("Datatilsynet", None, None, [], "legal-no:DPA-NO"),
        ("Datatilsynet", None, "https://www.datatilsynet.dk/", [], "legal-dk:DPA-DK"),
        ("Datatilsynet", None, None, ["DK"], "legal-dk:DPA-DK"),
        ("Datatilsynet", None, None, ["NO", "DK"], None),
        ("Integritetsskyddsmyndigheten (IMY)", None, None, [], "legal-se:DPA-SE"),
        ("Datainspektionen", None, None, [], "legal-se:DPA-SE"),
        ("IMY", "SE", None, [], "legal-se:DPA-SE"),
        ("CNIL", "FR", None, [], None),
        ("Some authority", None, None, ["NO"], None),
    ],
)
def test_authority_term(name, country, url, jurisdictions, expected):
    assert authority_term(name, country, url, jurisdictions) == expected
