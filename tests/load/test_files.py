"""Tests for safe YAML loading: typing that keeps the author's text, positions, and every bad-input
class."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from noticekit.errors import UsageError
from noticekit.load import MAX_BYTES
from noticekit.load import discover
from noticekit.load import load_source

LOAD_FIXTURES = Path(__file__).parent / "fixtures"


def load_fixture(name: str):
    return load_source(LOAD_FIXTURES / name)


def only_problem(problems):
    assert len(problems) == 1, problems
    problem = problems[0]
    return problem.line, problem.col, problem.message


def test_implicit_typing_keeps_what_the_author_wrote():
    doc, problems = load_fixture("implicit_types.yaml")
    assert problems == []
    data = doc.data
    assert data["country"] == "NO"
    assert data["words"] == [
        "no",
        "yes",
        "on",
        "off",
        "y",
        "n",
        "No",
        "YES",
        "On",
        "Off",
        "Y",
        "N",
        "True",
        "FALSE",
        "Null",
    ]
    assert data["numbers"] == [
        "1.10",
        "0123",
        "1e3",
        "0x1F",
        "0o17",
        "42",
        "+1",
        "1_000",
        ".5",
        ".inf",
        ".nan",
    ]
    assert data["date"] == "2024-05-25"
    assert data["time"] == "12:30:00"
    assert data["booleans"] == [True, False]
    assert data["nulls"] == [None, None]
    assert data["empty"] is None
    assert data["integers"] == [0, 42, -7]
    assert data["quoted"] == ["true", "null", "17"]
    assert data["string_tag"] == "2024-05-25"


def test_keys_are_always_text():
    doc, _ = load_fixture("implicit_types.yaml")
    assert doc.data["no"] == "tekst på norsk"
    assert doc.data["1"] == "key that looks like a number"


def test_positions_of_values_and_keys_are_recorded(minimal_text, write_notice):
    doc, problems = load_source(write_notice(minimal_text))
    assert problems == []
    assert doc.positions[("id",)] == (2, 5)
    assert doc.key_positions[("id",)] == (2, 1)
    assert doc.positions[("title", "en")] == (5, 7)
    assert doc.key_positions[("controllers", 0, "country")] == (12, 5)
    assert doc.positions[("controllers", 0)] == (10, 5)
    assert doc.positions[("languages", 1)] == (7, 17)
    assert doc.text == minimal_text


@pytest.mark.parametrize(
    ("fixture", "line", "col", "message"),
    [
        ("duplicate_key.yaml", 5, 3, 'duplicate key "nb" (first defined on line 3)'),
        ("alias.yaml", 2, 11, 'aliases ("*title") are not allowed'),
        ("anchor.yaml", 2, 8, 'anchors ("&title") are not allowed'),
        ("merge_key.yaml", 4, 5, 'merge keys ("<<") are not allowed'),
        ("alias_bomb.yaml", 1, 4, 'anchors ("&a") are not allowed'),
        ("tab_indent.yaml", 4, 1, "a tab is used for indentation; indent with spaces only"),
        (
            "syntax_error.yaml",
            5,
            1,
            "syntax error: found unexpected end of stream while scanning a quoted scalar that "
            "starts at line 3, column 7",
        ),
        (
            "unclosed_flow.yaml",
            3,
            11,
            "syntax error: did not find expected ',' or ']' while parsing a flow sequence that "
            "starts at line 2, column 12",
        ),
        ("python_tag.yaml", 2, 8, 'the tag "!!python/object/apply:os.system" is not allowed'),
        ("int_tag.yaml", 2, 10, 'the tag "!!int" is not allowed'),
        ("two_documents.yaml", 2, 1, "only one YAML document is allowed per file"),
        ("complex_key.yaml", 2, 3, "a key must be plain text"),
        (
            "top_level_list.yaml",
            1,
            1,
            "a notice must be a mapping of fields (id, title, ...), got a list",
        ),
        ("empty.yaml", 1, 1, "the file is empty"),
    ],
)
def test_bad_yaml_is_reported_at_its_line_and_column(fixture, line, col, message):
    doc, problems = load_fixture(fixture)
    assert doc is None
    got_line, got_col, got_message = only_problem(problems)
    assert (got_line, got_col) == (line, col)
    assert got_message.startswith(message)
    assert problems[0].file.endswith(fixture)


def test_a_tab_between_key_and_value_is_refused_at_the_tab():
    doc, problems = load_fixture("tab_separator.yaml")
    assert doc is None
    assert only_problem(problems) == (3, 6, "a tab character is not allowed here; use spaces")


def test_alias_bomb_is_refused_quickly():
    started = time.perf_counter()
    load_fixture("alias_bomb.yaml")
    assert time.perf_counter() - started < 1.0


def test_invalid_utf8_names_the_byte_and_its_position(write_notice):
    path = write_notice(b"id: demo\ntitle:\n  nb: P\xc3\xa5 \xff norsk\n")
    doc, problems = load_source(path)
    assert doc is None
    assert only_problem(problems) == (3, 10, "invalid UTF-8 (byte 0xFF); save the file as UTF-8")


def test_bom_is_refused(write_notice):
    doc, problems = load_source(write_notice(b"\xef\xbb\xbfid: demo\n"))
    assert doc is None
    assert only_problem(problems) == (
        1,
        1,
        "the file starts with a byte order mark (BOM); save it as UTF-8 without BOM",
    )


def test_utf16_is_refused(write_notice):
    doc, problems = load_source(write_notice("id: demo\n".encode("utf-16")))
    assert doc is None
    assert (
        only_problem(problems)[2]
        == "the file is UTF-16; save it as UTF-8 (without a byte order mark)"
    )


def test_control_characters_are_refused(write_notice):
    doc, problems = load_source(write_notice("id: demo\ntitle: a\x07b\n"))
    assert doc is None
    assert only_problem(problems) == (
        2,
        9,
        "the character U+0007 is not allowed in YAML; remove it",
    )


def test_files_over_the_size_limit_are_refused(write_notice):
    path = write_notice("id: demo\n" + "# padding\n" * (MAX_BYTES // 10 + 1))
    doc, problems = load_source(path)
    assert doc is None
    assert "notices are limited to 1048576 bytes (1 MiB)" in only_problem(problems)[2]


def test_deep_nesting_is_refused(write_notice):
    doc, problems = load_source(write_notice("a: " + "[" * 200 + "]" * 200 + "\n"))
    assert doc is None
    assert only_problem(problems)[2] == "nesting is deeper than 64 levels"


def test_discover_accepts_files_notice_folders_and_folders_of_notices(write_notice, tmp_path):
    first = write_notice("id: b\n", folder="b")
    second = write_notice("id: a\n", folder="a")
    (tmp_path / "notices" / "not-a-notice").mkdir()
    root = tmp_path / "notices"
    assert discover([root]) == [second, first]
    assert discover([root / "a"]) == [second]
    assert discover([first]) == [first]
    assert discover([first, root]) == [second, first]


def test_discover_refuses_a_missing_path(tmp_path):
    with pytest.raises(UsageError, match="does not exist"):
        discover([tmp_path / "nowhere"])


def test_discover_refuses_a_folder_without_notices(tmp_path):
    with pytest.raises(UsageError, match="no notices in"):
        discover([tmp_path])


def test_problems_that_leave_the_tree_readable_are_all_reported():
    doc, problems = load_fixture("several_problems.yaml")
    assert doc is None
    assert [(p.line, p.col, p.message) for p in problems] == [
        (4, 3, 'duplicate key "nb" (first defined on line 3)'),
        (7, 5, 'merge keys ("<<") are not allowed; write the fields out in full'),
        (8, 5, 'duplicate key "id" (first defined on line 6)'),
        (9, 10, 'the tag "!!float" is not allowed; remove it'),
    ]


def test_discover_lists_a_notice_named_twice_once(write_notice, monkeypatch, tmp_path):
    path = write_notice("id: a\n", folder="a")
    monkeypatch.chdir(tmp_path)
    assert discover([Path("notices"), path, Path("notices/a")]) == [Path("notices/a/notice.yaml")]


def test_long_digit_runs_stay_text(write_notice):
    digits = "1" * 5000
    doc, problems = load_source(write_notice(f"small: 123456789012345678\nlong: {digits}\n"))
    assert problems == []
    assert doc.data == {"small": 123456789012345678, "long": digits}


def test_a_file_that_is_one_long_value_is_quoted_as_a_short_excerpt(write_notice):
    doc, problems = load_source(write_notice("ghp_" + "s" * 5000 + "\n"))
    assert doc is None
    assert only_problem(problems)[2] == (
        f'a notice must be a mapping of fields (id, title, ...), got "ghp_{"s" * 56}…"'
    )


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('"a\\e[2J": 1\n"a\\e[2J": 2\n', 'duplicate key "a\\x1b[2J" (first defined on line 1)'),
        (f"{'k' * 100}: 1\n{'k' * 100}: 2\n", f'duplicate key "{"k" * 60}…" (first defined on'),
        (f"a: !!{'t' * 100} x\n", f'the tag "!!{"t" * 58}…" is not allowed; remove it'),
        (f"a: &{'n' * 100} x\n", f'anchors ("&{"n" * 60}…") are not allowed'),
    ],
)
def test_yaml_problems_quote_keys_tags_and_anchors_escaped_and_short(write_notice, text, message):
    doc, problems = load_source(write_notice(text))
    assert doc is None
    assert only_problem(problems)[2].startswith(message)


def test_discover_refuses_a_notice_file_linked_outside_the_folder_given(write_notice, tmp_path):
    from noticekit.load import OutsideFolderError

    write_notice("id: a\n", folder="a")
    secret = tmp_path / "secret.txt"
    secret.write_text("token\n", encoding="utf-8")
    (tmp_path / "notices" / "evil").mkdir()
    (tmp_path / "notices" / "evil" / "notice.yaml").symlink_to(secret)
    with pytest.raises(OutsideFolderError) as refused:
        discover([tmp_path / "notices"])
    assert str(refused.value).startswith(f"{tmp_path}/notices/evil/notice.yaml: not read: ")
    assert refused.value.exit_code == 1
    assert "token" not in str(refused.value) and "secret" not in str(refused.value)


def test_discover_follows_links_inside_the_folder_given_and_lists_a_notice_once(
    write_notice, tmp_path
):
    target = write_notice("id: a\n", folder="a")
    (tmp_path / "notices" / "b").mkdir()
    (tmp_path / "notices" / "b" / "notice.yaml").symlink_to(target)
    (tmp_path / "notices" / "c").mkdir()
    (tmp_path / "notices" / "c" / "notice.yaml").symlink_to("../a/notice.yaml")
    assert discover([tmp_path / "notices"]) == [target]
