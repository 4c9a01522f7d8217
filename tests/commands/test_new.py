"""Tests for `noticekit new`: the skeleton validates, covers every section, and never overwrites."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from noticekit.commands.new import render_skeleton
from noticekit.commands.new import run_new
from noticekit.errors import UsageError
from noticekit.load import load_source
from noticekit.models import Notice
from noticekit.validate import validate_document

MODELINE = "# yaml-language-server: $schema=../../.noticekit/notice.schema.json\n"


def uncomment(text: str) -> str:
    """Drop `## ` explanations and remove the `# ` in front of every optional part, as the skeleton
    says."""
    lines = []
    for line in text.splitlines():
        if re.match(r"^\s*##", line):
            continue
        match = re.match(r"^(\s*)# (.*)$", line)
        lines.append(
            match.group(1) + match.group(2)
            if match and not line.startswith("# yaml-language-server")
            else line
        )
    return "\n".join(lines) + "\n"


def validate_file(path):
    doc, problems = load_source(path)
    assert problems == []
    return validate_document(doc)


def test_new_creates_a_notice_that_validates_as_it_stands(tmp_path, capsys):
    root = tmp_path / "notices"
    assert run_new("acme-group", root) == 0
    path = root / "acme-group" / "notice.yaml"
    assert path.read_text(encoding="utf-8").startswith(MODELINE)
    notice, problems = validate_file(path)
    assert problems == []
    assert notice.id == "acme-group"
    assert "created" in capsys.readouterr().out


def test_every_optional_part_validates_once_uncommented(tmp_path):
    root = tmp_path / "notices"
    run_new("acme", root)
    path = root / "acme" / "notice.yaml"
    path.write_text(uncomment(path.read_text(encoding="utf-8")), encoding="utf-8")
    notice, problems = validate_file(path)
    assert problems == []
    assert notice.dpo is not None and notice.cookies is not None and notice.transfers


def test_the_skeleton_names_every_field_of_the_notice():
    text = uncomment(render_skeleton("acme"))
    for name in Notice.model_fields:
        assert re.search(rf"^{name}:", text, flags=re.MULTILINE), f"the skeleton lacks {name!r}"


def test_new_refuses_to_overwrite(tmp_path):
    root = tmp_path / "notices"
    run_new("acme", root)
    path = root / "acme" / "notice.yaml"
    path.write_text("id: acme\n", encoding="utf-8")
    with pytest.raises(UsageError, match="already exists"):
        run_new("acme", root)
    assert path.read_text(encoding="utf-8") == "id: acme\n"


@pytest.mark.parametrize(
    "bad_id", ["Acme", "acme_group", "-acme", "acme-", "1acme", "acme--group", "", "a" * 65]
)
def test_new_rejects_an_invalid_id(tmp_path, bad_id):
    with pytest.raises(UsageError, match="is not a valid notice id"):
        run_new(bad_id, tmp_path / "notices")
    assert not (tmp_path / "notices").exists()


def modeline_target(notice: Path) -> Path:
    """The file the notice's modeline names, resolved from the notice's folder."""
    first = notice.read_text(encoding="utf-8").splitlines()[0]
    relative = first.removeprefix("# yaml-language-server: $schema=")
    return (notice.parent / relative).resolve()


@pytest.mark.parametrize("root", ["notices", "privacy/notices", "legal/privacy/notices", "a/b/c/d"])
@pytest.mark.parametrize("folder", [".noticekit", "schemas"])
def test_the_modeline_finds_the_repositorys_schema_at_any_depth(
    tmp_path, monkeypatch, root, folder
):
    (tmp_path / ".git").mkdir()
    schema = tmp_path / folder / "notice.schema.json"
    schema.parent.mkdir()
    schema.write_text("{}", encoding="utf-8")
    monkeypatch.chdir(tmp_path / ".git")  # anywhere: the schema is found from the notices upwards
    run_new("acme", tmp_path / root)
    assert modeline_target(tmp_path / root / "acme" / "notice.yaml") == schema.resolve()


def test_without_a_schema_new_says_how_to_write_the_one_its_modeline_names(
    tmp_path, monkeypatch, capsys
):
    (tmp_path / ".git").mkdir()
    (tmp_path / "legal").mkdir()
    monkeypatch.chdir(tmp_path / "legal")
    run_new("acme", Path("privacy/notices"))
    output = capsys.readouterr().out
    command = re.search(r"noticekit schema -o (\S+)", output).group(1)
    named = modeline_target(tmp_path / "legal" / "privacy" / "notices" / "acme" / "notice.yaml")
    assert (
        named
        == (tmp_path / "legal" / command).resolve()
        == (tmp_path / ".noticekit" / "notice.schema.json").resolve()
    )
    assert "noticekit docs" in output
