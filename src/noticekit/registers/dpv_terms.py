"""The DPV 2.3 term list (`data/dpv-terms.txt`, made by `tools/dpv_terms.py`) and its checks.

The list is read once, on the first question about a term, so a notice without DPV terms never
loads it.
"""

from __future__ import annotations

import difflib
import functools
from importlib import resources

#: noticekit's own vocabulary: not DPV, so not in the list (see `noticekit/context/README.md`).
OWN_PREFIX = "nk"
VERSION = "2.3"


def _lines(name: str) -> list[str]:
    text = resources.files("noticekit").joinpath("data", name).read_text(encoding="utf-8")
    return [line for line in text.splitlines() if line and not line.startswith("#")]


@functools.cache
def _term_list() -> tuple[frozenset[str], dict[str, str]]:
    prefixes: dict[str, str] = {}
    terms: list[str] = []
    for line in _lines("dpv-terms.txt"):
        if line.startswith("@prefix "):
            _, prefix, namespace = line.split()
            prefixes[prefix] = namespace
        else:
            terms.append(line)
    return frozenset(terms), prefixes


def terms() -> frozenset[str]:
    """Every DPV 2.3 term of the shipped modules, as `prefix:LocalName`."""
    return _term_list()[0]


def prefixes() -> dict[str, str]:
    """The shipped modules' prefixes and namespace IRIs (`pd` -> `https://w3id.org/dpv/pd#`)."""
    return _term_list()[1]


@functools.cache
def moves() -> dict[str, tuple[str, str]]:
    """Terms that moved to another module: old -> (new, first DPV release without the old)."""
    table: dict[str, tuple[str, str]] = {}
    for line in _lines("dpv-moves.txt"):
        old, new, version = line.split()
        table[old] = (new, version)
    return table


def term_problem(term: str) -> str | None:
    """Why `term` is not a DPV 2.3 term, with where it moved or a close one; None if it is one."""
    prefix, _, local = term.partition(":")
    if prefix == OWN_PREFIX or term in terms():
        return None
    head = f'"{term}" is not a DPV {VERSION} term'
    if term in moves():
        new, version = moves()[term]
        return f'{head}: it moved to "{new}" in DPV {version}'
    if prefix not in prefixes():
        return f'{head}: DPV has no module "{prefix}:"{_suggest(prefix, prefixes())}'
    return head + _suggest_term(prefix, local)


def _suggest_term(prefix: str, local: str) -> str:
    """The same name in another module (`dpv:EmailAddress` -> `pd:EmailAddress`), else a close
    spelling."""
    elsewhere = sorted(f"{other}:{local}" for other in prefixes() if f"{other}:{local}" in terms())
    if elsewhere:
        return f' (did you mean "{elsewhere[0]}"?)'
    same_module = [term.partition(":")[2] for term in terms() if term.startswith(prefix + ":")]
    match = difflib.get_close_matches(local, same_module, n=1, cutoff=0.75)
    return f' (did you mean "{prefix}:{match[0]}"?)' if match else ""


def _suggest(word: str, choices: dict[str, str]) -> str:
    match = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return f' (did you mean "{match[0]}:"?)' if match else ""
