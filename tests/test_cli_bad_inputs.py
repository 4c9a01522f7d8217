"""Bad input a new user would hit ends in one line on stderr, exit 1 or 2, and no traceback.

Each case runs the real `noticekit` process, as a user or CI would.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

SRC = Path(__file__).parent.parent / "src"


def run_cli(*args: str, cwd: Path, **env: str) -> subprocess.CompletedProcess[str]:
    """`python -m noticekit ARGS` in `cwd`, with extra environment variables."""
    environment = {**os.environ, "PYTHONPATH": str(SRC), **env}
    return subprocess.run(
        [sys.executable, "-m", "noticekit", *args],
        cwd=cwd,
        env=environment,
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="replace",
        timeout=120,
        check=False,
    )


def one_line_error(done: subprocess.CompletedProcess[str], code: int) -> str:
    """The single stderr line of a run that failed with `code` and printed no traceback."""
    assert "Traceback" not in done.stderr + done.stdout
    assert done.returncode == code, done.stderr
    lines = done.stderr.splitlines()
    assert len(lines) == 1, done.stderr
    return lines[0]


@pytest.mark.parametrize(
    ("template", "expected"),
    [
        ("# {{ page.title }}\n{% if x %}\n", "tpl/notice.md.j2:2: template error: Unexpected end"),
        (
            "# title\n{{ nosuchname.x }}\n",
            "tpl/notice.md.j2:2: template error: 'nosuchname' is undefined",
        ),
    ],
)
def test_a_broken_template_is_reported_at_its_file_and_line(
    minimal_text, write_notice, tmp_path, template, expected
):
    write_notice(minimal_text)
    (tmp_path / "tpl").mkdir()
    (tmp_path / "tpl" / "notice.md.j2").write_text(template, encoding="utf-8")
    done = run_cli("build", "notices", "--templates", "tpl", "--out", "site", cwd=tmp_path)
    assert one_line_error(done, 1).startswith(f"Error: {expected}")
    assert not (tmp_path / "site").exists()


@pytest.mark.parametrize(
    ("config", "expected"),
    [
        (
            '[lint.rules.NK026]\nwords = {en = ["may", "might", "(oops"]}\n',
            '[lint.rules.NK026] words.en[2]: "(oops" is not a valid regular expression',
        ),
        (
            '[lint.rules.NK030]\nadequate = ["AD", 3]\n',
            "[lint.rules.NK030] adequate[1]: expected a",
        ),
    ],
)
def test_a_bad_config_value_is_exit_2_naming_the_key(
    minimal_text, write_notice, tmp_path, config, expected
):
    write_notice(minimal_text)
    (tmp_path / ".git").mkdir()
    (tmp_path / "noticekit.toml").write_text(config, encoding="utf-8")
    done = run_cli("lint", "notices", cwd=tmp_path)
    assert one_line_error(done, 2).startswith(f"Error: invalid config: noticekit.toml: {expected}")


NOTICES = Path(__file__).parent.parent / "notices"
NARROW_CONSOLES = ["ascii", "cp437", "latin-1"]


def run_on_console(encoding: str, *args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """`noticekit ARGS` with standard output and error in `encoding`, read back in it."""
    environment = {**os.environ, "PYTHONPATH": str(SRC), "PYTHONIOENCODING": encoding}
    return subprocess.run(
        [sys.executable, "-m", "noticekit", *args],
        cwd=cwd,
        env=environment,
        capture_output=True,
        text=True,
        encoding=encoding,
        timeout=120,
        check=False,
    )


@pytest.mark.parametrize("encoding", NARROW_CONSOLES)
@pytest.mark.parametrize(
    ("args", "code", "plain"),
    [
        (("lint", str(NOTICES)), 1, "x "),
        (("lint", "--explain", "NK026"), 0, "NK026"),
        (("rules",), 0, "rules;"),
        (("validate", str(NOTICES)), 0, "ok 3 notices valid"),
        (("build", str(NOTICES), "--out", "site"), 0, "built 3 notices"),
    ],
)
def test_a_narrow_console_gets_plain_characters_not_a_crash(tmp_path, encoding, args, code, plain):
    done = run_on_console(encoding, *args, cwd=tmp_path)
    assert "Traceback" not in done.stderr, done.stderr
    assert done.returncode == code, done.stderr
    assert plain in done.stdout
    assert "✔" not in done.stdout and "✖" not in done.stdout


def test_a_narrow_console_writes_only_what_it_can_show(tmp_path):
    done = run_on_console("ascii", "rules", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.isascii()
    assert "\\u" not in done.stdout  # the rules' own texts need no escapes: their symbols are plain


@pytest.mark.parametrize("encoding", NARROW_CONSOLES)
@pytest.mark.parametrize("output_format", ["json", "sarif"])
def test_machine_output_on_a_narrow_console_is_the_same_data(tmp_path, encoding, output_format):
    """JSON and SARIF keep every character (escaped as JSON does), never a plain look-alike."""
    args = ("lint", str(NOTICES), "--format", output_format)
    wide = run_on_console("utf-8", *args, cwd=tmp_path)
    narrow = run_on_console(encoding, *args, cwd=tmp_path)
    assert "Traceback" not in narrow.stderr, narrow.stderr
    assert narrow.returncode == wide.returncode == 1
    assert json.loads(narrow.stdout) == json.loads(wide.stdout)


#: Runs `noticekit ARGS` with every `os.stat` and `os.listdir` inside LOCKED refused, as the
#: system refuses them in a folder without read and search permission (tests run as root,
#: for whom `chmod 000` refuses nothing).
LOCKED_LAUNCHER = """
import errno, os, sys
locked = os.path.abspath(sys.argv.pop(1)) + os.sep
real_stat, real_listdir = os.stat, os.listdir
def refused(path):
    if (os.path.abspath(os.fsdecode(path)) + os.sep).startswith(locked):
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), path)
def stat(path, *args, **kwargs):
    if os.path.abspath(os.fsdecode(path)) != locked[:-1]:
        refused(path)
    return real_stat(path, *args, **kwargs)
def listdir(path="."):
    refused(path)
    return real_listdir(path)
os.stat, os.listdir = stat, listdir
from noticekit.cli import main
main()
"""


@pytest.mark.parametrize("command", ["validate", "lint", "build"])
@pytest.mark.parametrize("locked", ["notices", "notices/minimal"])
def test_an_unreadable_notice_folder_is_one_line_exit_1(
    minimal_text, write_notice, tmp_path, command, locked
):
    write_notice(minimal_text)
    launcher = tmp_path / "launcher.py"
    launcher.write_text(LOCKED_LAUNCHER, encoding="utf-8")
    args = [str(launcher), locked, command, "notices"]
    environment = {**os.environ, "PYTHONPATH": str(SRC)}
    done = subprocess.run(
        [sys.executable, *args, *(["--out", "site"] if command == "build" else [])],
        cwd=tmp_path,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    message = one_line_error(done, 1)
    assert message.startswith(f'Error: cannot access "{locked}/')
    assert message.endswith(": Permission denied")
    assert not (tmp_path / "site").exists()


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads a folder without permissions")
def test_a_folder_without_permissions_is_one_line_exit_1(minimal_text, write_notice, tmp_path):
    folder = write_notice(minimal_text).parent
    folder.chmod(0)
    try:
        done = run_cli("validate", "notices", cwd=tmp_path)
    finally:
        folder.chmod(0o755)
    assert one_line_error(done, 1).endswith("Permission denied")


def odd_outputs(tmp_path: Path) -> None:
    """A folder, a file, and a symlink loop in `tmp_path`, for the `--out` cases below."""
    (tmp_path / "folder").mkdir()
    (tmp_path / "afile").write_text("x", encoding="utf-8")
    (tmp_path / "loop-a").symlink_to("loop-b")
    (tmp_path / "loop-b").symlink_to("loop-a")


@pytest.mark.parametrize("command", ["schema", "reference"])
@pytest.mark.parametrize("check", [False, True])
@pytest.mark.parametrize(
    ("out", "expected"),
    [
        (".", '"." is a folder'),
        ("/", '"/" is a folder'),
        ("folder", '"folder" is a folder'),
        ("folder/", '"folder" is a folder'),
        ("..", '".." is a folder'),
        ("afile/x.json", 'cannot write "afile/x.json": '),
        ("loop-a", 'cannot use "loop-a": '),
        ("x" * 300 + ".json", "File name too long"),
    ],
)
def test_an_output_that_cannot_be_a_file_is_exit_2(tmp_path, command, check, out, expected):
    odd_outputs(tmp_path)
    before = sorted(tmp_path.iterdir())
    done = run_cli(command, "--out", out, *(["--check"] if check else []), cwd=tmp_path)
    assert expected in one_line_error(done, 2)
    assert sorted(tmp_path.iterdir()) == before
    assert (tmp_path / "loop-a").is_symlink() and (tmp_path / "afile").read_text() == "x"


@pytest.mark.parametrize(
    "notice_id", ["evil\n", "evil\r", "ev\x1b[2Jil", "\nevil", "évil", "a" * 65]
)
def test_new_refuses_an_id_that_is_not_kebab_case_in_full(tmp_path, notice_id):
    done = run_cli("new", notice_id, "--root", "notices", cwd=tmp_path)
    message = one_line_error(done, 2)
    assert "is not a valid notice id" in message
    assert "\x1b" not in message
    assert not (tmp_path / "notices").exists()


@pytest.mark.parametrize("command", ["validate", "lint"])
def test_a_language_without_texts_fails_validate_and_lint_at_its_line(
    minimal_text, write_notice, tmp_path, command
):
    write_notice(minimal_text.replace("languages: [nb, en]", "languages: [no, en]"))
    done = run_cli(command, "notices", cwd=tmp_path)
    assert "Traceback" not in done.stderr
    assert done.returncode == 1
    assert 'no built-in catalog for language "no"' in done.stdout
    assert 'did you mean "nb"?' in done.stdout
    assert "notices/minimal/notice.yaml:7:13:" in done.stdout or "7:13" in done.stdout


def test_explain_with_an_empty_name_is_an_unknown_rule_not_a_lint_run(tmp_path):
    done = run_cli("lint", "--explain", "", cwd=tmp_path)
    assert one_line_error(done, 2) == 'Error: unknown rule ""'


INTERRUPTED_LAUNCHER = """
import sys
import noticekit.commands.validate

def interrupted(*args, **kwargs):
    raise KeyboardInterrupt

noticekit.commands.validate.load_notices = interrupted
from noticekit.cli import main
main()
"""


def test_ctrl_c_is_one_line_and_exit_130(minimal_text, write_notice, tmp_path):
    """Ctrl-C in the middle of a command (simulated where the work is done) prints no traceback."""
    write_notice(minimal_text)
    launcher = tmp_path / "launcher.py"
    launcher.write_text(INTERRUPTED_LAUNCHER, encoding="utf-8")
    done = subprocess.run(
        [sys.executable, str(launcher), "validate", "notices"],
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(SRC)},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert one_line_error(done, 130) == "Error: interrupted"


@pytest.mark.parametrize("args", [("rules",), ("lint", str(NOTICES)), ("validate", str(NOTICES))])
def test_a_reader_that_went_away_ends_quietly(tmp_path, args):
    """`noticekit rules | head -1`: the pipe closes; no BrokenPipeError traceback."""
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        done = subprocess.run(
            [sys.executable, "-m", "noticekit", *args],
            cwd=tmp_path,
            env={**os.environ, "PYTHONPATH": str(SRC)},
            stdout=write_end,
            stderr=subprocess.PIPE,
            text=True,
            timeout=120,
            check=False,
        )
    finally:
        os.close(write_end)
    assert "Traceback" not in done.stderr
    assert "Broken pipe" not in done.stderr
    assert done.returncode == 1


def test_new_where_the_notice_folder_is_a_file_says_so(tmp_path):
    (tmp_path / "notices").mkdir()
    (tmp_path / "notices" / "taken").write_text("mine", encoding="utf-8")
    done = run_cli("new", "taken", cwd=tmp_path)
    assert one_line_error(done, 2) == (
        'Error: "notices/taken" is a file, not a folder; noticekit new leaves it alone'
    )
    assert (tmp_path / "notices" / "taken").read_text(encoding="utf-8") == "mine"
