"""The rule registry: every rule registered once, well-formed, documented, found by code or slug."""

from __future__ import annotations

import pkgutil
import re
from pathlib import Path
from types import ModuleType

import pytest

from noticekit.errors import UsageError
from noticekit.lint import meta
from noticekit.lint import registry
from noticekit.lint import rules
from noticekit.lint.meta import META_RULES
from noticekit.lint.rules import RULES

ALL = registry.all_rules()
CODE_PATTERN = re.compile(r"^NK\d{3}$")
SLUG_PATTERN = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


def _modules(package: ModuleType) -> list[str]:
    return [
        info.name
        for info in pkgutil.iter_modules(package.__path__)
        if not info.name.startswith("_")
    ]


@pytest.mark.parametrize("code", sorted(ALL))
def test_code_is_well_formed_and_matches_its_key(code: str) -> None:
    assert CODE_PATTERN.match(code)
    assert code == ALL[code].CODE


def test_codes_are_unique_across_gdpr_and_engine_rules() -> None:
    assert not set(RULES) & set(META_RULES)
    assert len({rule.CODE for rule in ALL.values()}) == len(RULES) + len(META_RULES)


def test_slugs_are_unique_kebab_case_and_never_look_like_codes() -> None:
    slugs = [rule.NAME for rule in ALL.values()]
    assert len(set(slugs)) == len(slugs)
    for slug in slugs:
        assert SLUG_PATTERN.match(slug), slug
        assert not CODE_PATTERN.match(slug.upper()), slug


@pytest.mark.parametrize(("package", "table"), [(rules, RULES), (meta, META_RULES)])
def test_every_module_in_the_folder_is_registered(
    package: ModuleType, table: dict[str, ModuleType]
) -> None:
    registered = {rule.__name__.rsplit(".", 1)[1] for rule in table.values()}
    assert set(_modules(package)) == registered


@pytest.mark.parametrize("code", sorted(ALL))
def test_module_name_starts_with_the_code(code: str) -> None:
    assert ALL[code].__name__.rsplit(".", 1)[1].startswith(code.lower() + "_")


@pytest.mark.parametrize("code", sorted(ALL))
def test_rule_has_level_article_url_and_documented_examples(code: str) -> None:
    rule = ALL[code]
    assert rule.LEVEL in {"error", "warning"}
    assert isinstance(rule.ARTICLE, str) and rule.ARTICLE.strip()
    assert rule.URL.startswith("https://")
    doc = rule.__doc__ or ""
    assert registry.summary(rule), f"{code} has no one-line summary"
    assert "PASS" in doc and "FAIL" in doc, f"{code} lacks PASS and FAIL examples"


@pytest.mark.parametrize("code", sorted(RULES))
def test_gdpr_rules_have_a_check_and_declare_options_as_a_table(code: str) -> None:
    rule = RULES[code]
    assert callable(rule.check)
    assert isinstance(getattr(rule, "OPTIONS", {}), dict)


@pytest.mark.parametrize("code", sorted(ALL))
def test_get_finds_a_rule_by_code_slug_and_any_case(code: str) -> None:
    rule = ALL[code]
    assert registry.get(code) is rule
    assert registry.get(code.lower()) is rule
    assert registry.get(rule.NAME) is rule
    assert registry.get(rule.NAME.upper()) is rule


def test_unknown_code_suggests_the_closest_code() -> None:
    with pytest.raises(UsageError, match=r'unknown rule "NK04", did you mean "NK004"\?'):
        registry.get("NK04")


def test_unknown_slug_suggests_the_closest_slug() -> None:
    with pytest.raises(UsageError, match=r'did you mean "purpose-without-legal-basis"\?'):
        registry.get("purpose-without-legal-bases")


def test_nonsense_gets_no_suggestion() -> None:
    with pytest.raises(UsageError) as caught:
        registry.get("zzzzzzzzzz")
    assert str(caught.value) == 'unknown rule "zzzzzzzzzz"'


def test_all_rules_are_sorted_by_code() -> None:
    assert list(ALL) == sorted(ALL)


@pytest.mark.parametrize("typed", ["NK4", "nk04", "NK0004"])
def test_a_code_with_too_few_or_many_zeros_suggests_the_padded_code(typed: str) -> None:
    assert registry.did_you_mean(typed) == ', did you mean "NK004"?'


def test_the_lint_guide_lists_every_rule_with_its_slug_and_level() -> None:
    guide = (Path(__file__).resolve().parents[2] / "docs" / "lint.md").read_text(encoding="utf-8")
    for code, rule in ALL.items():
        row = re.search(rf"^\| {code} \| `([\w-]+)` \| (error|warning)\b", guide, flags=re.M)
        assert row is not None, f"docs/lint.md has no row for {code}"
        assert (row[1], row[2]) == (rule.NAME, rule.LEVEL), code
