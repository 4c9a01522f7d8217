"""CLI tests for `noticekit validate`, `schema`, `new` and `reference`: exit codes and file:line:col
messages."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from noticekit.cli import app

runner = CliRunner()
SRC = Path(__file__).parent.parent / "src"


def invoke(*args: str):
    return runner.invoke(app, list(args), catch_exceptions=False)


def test_valid_notices_exit_0_with_a_summary(minimal_text, write_notice, tmp_path):
    write_notice(minimal_text)
    result = invoke("validate", str(tmp_path / "notices"))
    assert result.exit_code == 0
    assert result.stdout == "✔ 1 notice valid\n"


def test_default_path_is_notices(minimal_text, write_notice, tmp_path, monkeypatch):
    write_notice(minimal_text)
    monkeypatch.chdir(tmp_path)
    result = invoke("validate")
    assert result.exit_code == 0
    assert "✔ 1 notice valid" in result.stdout


def test_every_problem_in_every_file_is_reported_at_file_line_col(
    minimal_text, write_notice, tmp_path, monkeypatch
):
    write_notice(
        minimal_text.replace("legal_bases: [A6-1-a]", "legal_bases: [A6-1-g]\n    high_impact: yes")
    )
    write_notice(
        minimal_text.replace("id: minimal", "id: other").replace(
            "[mail-provider]", "[mail-providers]"
        ),
        "other",
    )
    write_notice("id: broken\ntitle:\n\tnb: x\n", "broken")
    monkeypatch.chdir(tmp_path)
    result = invoke("validate", "notices")
    assert result.exit_code == 1
    assert result.stdout.splitlines() == [
        "notices/broken/notice.yaml:3:1: [error] a tab is used for indentation; indent with "
        "spaces only",
        'notices/minimal/notice.yaml:24:19: [error] "A6-1-g" is not a legal basis; expected one '
        "of A6-1-a … A6-1-f, A9-2-a … A9-2-j",
        'notices/minimal/notice.yaml:25:18: [error] expected true or false, got "yes"',
        'notices/other/notice.yaml:23:18: [error] unknown recipient "mail-providers" (did you '
        'mean "mail-provider"?)',
        "✖ 4 problems in 3 notices",
    ]
    assert "Traceback" not in result.output


def test_a_missing_path_is_a_usage_error(tmp_path):
    result = invoke("validate", str(tmp_path / "nowhere"))
    assert result.exit_code == 2
    assert "does not exist" in result.stderr


def test_a_folder_without_notices_is_a_usage_error(tmp_path):
    result = invoke("validate", str(tmp_path))
    assert result.exit_code == 2
    assert "no notices in" in result.stderr


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"id: x\n\xff\n", "2:1: [error] invalid UTF-8"),
        (b"\xef\xbb\xbfid: x\n", "1:1: [error] the file starts with a byte order mark"),
        (b"id: x\nid: y\n", '2:1: [error] duplicate key "id" (first defined on line 1)'),
        (b"a: &x [1]\nb: *x\n", '1:4: [error] anchors ("&x") are not allowed'),
        (b"id: [x\n", "2:1: [error] syntax error"),
    ],
)
def test_bad_input_exits_1_with_a_located_message_and_no_traceback(write_notice, content, message):
    path = write_notice(content)
    result = invoke("validate", str(path))
    assert result.exit_code == 1
    assert f"notice.yaml:{message}" in result.stdout
    assert "Traceback" not in result.output


def test_schema_check_and_write(tmp_path):
    out = tmp_path / "notice.schema.json"
    assert invoke("schema", "--out", str(out), "--check").exit_code == 1
    assert invoke("schema", "--out", str(out)).exit_code == 0
    assert json.loads(out.read_text(encoding="utf-8"))["title"] == "noticekit privacy notice"
    assert invoke("schema", "--out", str(out), "--check").exit_code == 0


def test_new_then_validate_then_refuse_to_overwrite(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert invoke("new", "acme").exit_code == 0
    assert invoke("validate", "notices/acme").exit_code == 0
    again = invoke("new", "acme")
    assert again.exit_code == 2
    assert "already exists" in again.stderr
    bad = invoke("new", "Acme_AS")
    assert bad.exit_code == 2
    assert "is not a valid notice id" in bad.stderr


def test_reference_check_fails_on_a_stale_guide(tmp_path):
    guide = tmp_path / "authoring.md"
    guide.write_text(
        "# Guide\n<!-- reference:start -->\n<!-- reference:end -->\n", encoding="utf-8"
    )
    assert invoke("reference", "--out", str(guide), "--check").exit_code == 1
    assert invoke("reference", "--out", str(guide)).exit_code == 0
    assert invoke("reference", "--out", str(guide), "--check").exit_code == 0


def run_python(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    return subprocess.run(
        [sys.executable, *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_python_dash_m_noticekit_validate_works(minimal_text, write_notice, tmp_path):
    write_notice(minimal_text)
    done = run_python("-m", "noticekit", "validate", "notices/", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "✔ 1 notice valid" in done.stdout


def test_validate_does_not_import_rendering_libraries(minimal_text, write_notice, tmp_path):
    write_notice(minimal_text)
    script = (
        "import sys\n"
        "from noticekit.cli import app\n"
        "try:\n"
        "    app(['validate', 'notices'])\n"
        "except SystemExit as done:\n"
        "    code = done.code\n"
        "heavy = sorted(name for name in ('jinja2', 'markdown_it', 'babel') if name in "
        "sys.modules)\n"
        "print('RESULT', code, heavy)\n"
    )
    done = run_python("-c", script, cwd=tmp_path)
    assert "RESULT 0 []" in done.stdout, done.stdout + done.stderr


def test_a_console_that_cannot_show_the_symbols_gets_plain_ones_and_escapes(
    minimal_text, write_notice, tmp_path
):
    import io

    from noticekit.commands.validate import run_validate

    write_notice(minimal_text.replace("id: acme-as", "id: acmé"))
    raw = io.BytesIO()
    out = io.TextIOWrapper(raw, encoding="ascii")
    assert run_validate([tmp_path / "notices"], out) == 1
    out.flush()
    lines = raw.getvalue().decode("ascii").splitlines()
    assert lines[0].endswith(
        '[error] "acm\\u00e9" is not a valid id; use lowercase letters, digits and single '
        'hyphens, e.g. "it-providers"'
    )
    assert lines[-1] == "x 1 problem in 1 notice"
