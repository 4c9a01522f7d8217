"""Repository lint config: where it is found, what it sets, and how mistakes are reported."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest

from noticekit.errors import ConfigError
from noticekit.lint import registry
from noticekit.lint.config import LintConfig
from noticekit.lint.config import load_config
from noticekit.lint.config import parse_config
from noticekit.lint.rules import RULES

NK004 = RULES["NK004"]
FAKE = SimpleNamespace(
    CODE="NK999", NAME="fake-rule", LEVEL="warning", OPTIONS={"max-lix": 55, "words": ["may"]}
)


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A folder that stops the upward search, as a repository root does."""
    (tmp_path / ".git").mkdir()
    return tmp_path


@pytest.fixture
def fake_rule(monkeypatch: pytest.MonkeyPatch) -> SimpleNamespace:
    """A rule with options, so that option checks do not depend on the real rules' tables."""
    real_find = registry.find
    monkeypatch.setattr(
        registry, "find", lambda name: FAKE if name in {"NK999", "fake-rule"} else real_find(name)
    )
    return FAKE


def invalid(text: str, path: Path) -> str:
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    assert caught.value.exit_code == 2
    return caught.value.format_message()


def test_no_config_file_gives_the_rules_defaults(project: Path) -> None:
    config = load_config(start=project)
    assert config == LintConfig()
    assert config.is_enabled(NK004)
    assert config.level_of(NK004) == NK004.LEVEL


def test_disable_by_slug_turns_the_rule_off(project: Path) -> None:
    (project / "noticekit.toml").write_text('[lint]\ndisable = ["purpose-without-legal-basis"]\n')
    config = load_config(start=project)
    assert not config.is_enabled(NK004)
    assert config.source == (project / "noticekit.toml").resolve()


def test_level_can_be_lowered_or_set_off(project: Path) -> None:
    lowered = parse_config({"lint": {"rules": {"NK004": {"level": "warning"}}}})
    assert lowered.level_of(NK004) == "warning" and lowered.is_enabled(NK004)
    off = parse_config({"lint": {"rules": {"purpose-without-legal-basis": {"level": "off"}}}})
    assert not off.is_enabled(NK004)


def test_enable_turns_on_a_rule_that_is_off_by_default() -> None:
    quiet = SimpleNamespace(CODE="NK004", ENABLED=False)
    assert not LintConfig().is_enabled(quiet)
    assert parse_config({"lint": {"enable": ["NK004"]}}).is_enabled(quiet)


def test_options_merge_over_the_rules_declared_defaults(fake_rule: SimpleNamespace) -> None:
    config = parse_config({"lint": {"rules": {"fake-rule": {"max-lix": 60}}}})
    assert config.options_of(fake_rule) == {"max-lix": 60, "words": ["may"]}
    assert LintConfig().options_of(fake_rule) == {"max-lix": 55, "words": ["may"]}


def test_pyproject_tool_table_is_read_from_a_parent_folder(project: Path) -> None:
    (project / "pyproject.toml").write_text(
        '[project]\nname = "x"\n\n[tool.noticekit.lint]\ndisable = ["NK004"]\n'
    )
    nested = project / "notices" / "a"
    nested.mkdir(parents=True)
    assert not load_config(start=nested).is_enabled(NK004)


def test_pyproject_without_a_tool_table_gives_defaults(project: Path) -> None:
    (project / "pyproject.toml").write_text('[project]\nname = "x"\n')
    assert load_config(start=project).is_enabled(NK004)


def test_noticekit_toml_wins_over_pyproject(project: Path) -> None:
    (project / "pyproject.toml").write_text('[tool.noticekit.lint]\ndisable = ["NK004"]\n')
    (project / "noticekit.toml").write_text("[lint]\n")
    assert load_config(start=project).is_enabled(NK004)


def test_explicit_config_path_must_exist(project: Path) -> None:
    with pytest.raises(ConfigError) as caught:
        load_config(project / "missing.toml")
    assert (
        caught.value.format_message()
        == f'invalid config: "{project / "missing.toml"}" does not exist'
    )


def test_toml_syntax_error_is_located(project: Path) -> None:
    message = invalid("[lint]\ndisable = [NK004]\n", project / "noticekit.toml")
    assert message.startswith(f"invalid config: {project / 'noticekit.toml'}:2:")
    assert "Traceback" not in message


def test_unknown_rule_gets_a_suggestion(project: Path) -> None:
    message = invalid('[lint]\ndisable = ["NK04"]\n', project / "noticekit.toml")
    assert 'unknown rule "NK04", did you mean "NK004"?' in message
    assert "[lint] disable" in message


def test_unknown_keys_get_suggestions(project: Path) -> None:
    message = invalid('[lnt]\n[lint]\ndisabel = ["NK004"]\n', project / "noticekit.toml")
    assert 'unknown key "lnt", did you mean "lint"?' in message
    assert 'unknown key "disabel", did you mean "disable"?' in message


def test_every_mistake_is_reported_with_its_own_prefix(project: Path) -> None:
    text = '[lint]\ndisable = ["NK04"]\n[lint.rules.NK004]\nlevel = "fatal"\n'
    lines = invalid(text, project / "noticekit.toml").splitlines()
    assert len(lines) == 2
    assert all(line.startswith("invalid config: ") for line in lines)
    assert 'level: expected one of "error", "warning", "off", got "fatal"' in lines[1]


def test_unknown_option_gets_a_suggestion(fake_rule: SimpleNamespace) -> None:
    with pytest.raises(
        ConfigError, match=r'unknown option "max-lx" for rule "NK999", did you mean "max-lix"\?'
    ):
        parse_config({"lint": {"rules": {"NK999": {"max-lx": 60}}}})


def test_option_of_the_wrong_type_is_refused(fake_rule: SimpleNamespace) -> None:
    with pytest.raises(
        ConfigError, match=r'option "max-lix": expected an integer, got a string "high"'
    ):
        parse_config({"lint": {"rules": {"NK999": {"max-lix": "high"}}}})


def test_rule_without_options_refuses_any_option() -> None:
    with pytest.raises(ConfigError, match=r'unknown option "threshold" for rule "NK004"'):
        parse_config({"lint": {"rules": {"NK004": {"threshold": 3}}}})


def test_same_rule_configured_by_code_and_slug_is_refused() -> None:
    with pytest.raises(ConfigError, match="configured twice"):
        parse_config({"lint": {"rules": {"NK004": {}, "purpose-without-legal-basis": {}}}})


def test_wrong_shapes_are_refused() -> None:
    with pytest.raises(
        ConfigError, match=r"\[lint\] disable: expected a list of rule codes or slugs, got a string"
    ):
        parse_config({"lint": {"disable": "NK004"}})
    with pytest.raises(ConfigError, match=r"\[lint\]: expected a table, got a list"):
        parse_config({"lint": []})


def test_a_rule_list_item_of_the_wrong_type_is_named_by_its_index() -> None:
    with pytest.raises(
        ConfigError, match=r"\[lint\] disable\[1\]: expected a rule code or slug, got an integer$"
    ):
        parse_config({"lint": {"disable": ["NK004", 3]}})


def test_mistakes_in_pyproject_name_the_tool_table(project: Path) -> None:
    text = '[tool.noticekit.lint.rules.NK030]\nadequate = ["AD", 3]\n'
    message = invalid(text, project / "pyproject.toml")
    assert message == (
        "invalid config: "
        f"{project / 'pyproject.toml'}: [tool.noticekit.lint.rules.NK030] adequate[1]: "
        'expected a string, got an integer "3"'
    )


def test_a_tool_noticekit_that_is_not_a_table_is_refused(project: Path) -> None:
    message = invalid("[tool]\nnoticekit = 3\n", project / "pyproject.toml")
    assert message.endswith("pyproject.toml: [tool.noticekit]: expected a table, got an integer")


def test_a_config_that_is_a_folder_or_not_text_is_refused(project: Path) -> None:
    (project / "folder").mkdir()
    with pytest.raises(ConfigError, match='"[^"]*folder" is a folder; --config takes a TOML file'):
        load_config(project / "folder")
    (project / "noticekit.toml").write_bytes(b"\xca\xfe")
    with pytest.raises(ConfigError, match=r"not UTF-8 text \(byte 0xCA at offset 0\)"):
        load_config(project / "noticekit.toml")
