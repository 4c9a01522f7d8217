"""Code-to-IRI tables: every code of the model maps to a term under a prefix the context defines."""

from __future__ import annotations

import typing

import pytest

from noticekit.models import codes
from noticekit.render.jsonld.document import context
from noticekit.render.jsonld.terms import CODE_TABLES

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
