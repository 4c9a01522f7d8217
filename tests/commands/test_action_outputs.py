"""The GitHub Action (`action.yml`): valid, with the documented inputs and outputs, and its script
runs noticekit, sets the outputs and keeps noticekit's exit code."""

from __future__ import annotations

import json
import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from noticekit.commands.action_outputs import main as outputs_main

ROOT = Path(__file__).resolve().parents[2]
ACTION = yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))
BIN = Path(sys.executable).parent
BASH = shutil.which("bash")


def step(name: str) -> dict:
    return next(step for step in ACTION["runs"]["steps"] if step["name"] == name)


def test_a_composite_action_with_the_documented_inputs_and_outputs() -> None:
    assert ACTION["runs"]["using"] == "composite"
    assert set(ACTION["inputs"]) == {"paths", "command", "strict", "version", "since"}
    assert set(ACTION["outputs"]) == {"errors", "warnings", "problems", "material", "changed"}
    assert all(
        entry["value"].startswith("${{ steps.run.outputs.") for entry in ACTION["outputs"].values()
    )
    assert all(step.get("shell") == "bash" for step in ACTION["runs"]["steps"])


def test_it_installs_the_release_asked_for_or_its_own_copy_with_pip() -> None:
    script = step("Install noticekit")["run"]
    assert 'python -m pip install "noticekit==$VERSION"' in script
    assert 'python -m pip install "$GITHUB_ACTION_PATH"' in script


def run_action(tmp_path: Path, bin_folder: Path = BIN, **inputs: str) -> tuple[int, dict, str]:
    if BASH is None:
        pytest.skip("bash is not installed")
    env = {
        **os.environ,
        "PATH": f"{bin_folder}{os.pathsep}{BIN}{os.pathsep}{os.environ.get('PATH', '')}",
        "COMMAND": inputs.get("command", "lint"),
        "PATHS": inputs.get("paths", "notices/"),
        "STRICT": inputs.get("strict", "false"),
        "SINCE": inputs.get("since", ""),
        "BASE_REF": "main",
        "RUNNER_TEMP": str(tmp_path),
        "GITHUB_OUTPUT": str(tmp_path / "output"),
        "GITHUB_STEP_SUMMARY": str(tmp_path / "summary.md"),
        "GITHUB_ACTIONS": "true",
    }
    script = tmp_path / "run.sh"
    script.write_text(step("Run noticekit")["run"], encoding="utf-8")
    done = subprocess.run(
        [BASH, "--noprofile", "--norc", "-eo", "pipefail", str(script)],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    output = tmp_path / "output"
    lines = output.read_text(encoding="utf-8").splitlines() if output.exists() else []
    return done.returncode, dict(line.split("=", 1) for line in lines), done.stdout + done.stderr


def test_lint_annotates_summarises_and_counts(tmp_path: Path, write_notice, minimal_text) -> None:
    write_notice(minimal_text.replace("legal_bases: [A6-1-a]", "legal_bases: []"))
    code, outputs, log = run_action(tmp_path)
    report = subprocess.run(
        [str(BIN / "noticekit"), "lint", "--format", "json", "notices/"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
    )
    summary = json.loads(report.stdout)["summary"]
    assert code == report.returncode == 1
    assert outputs == {key: str(summary[key]) for key in ("errors", "warnings", "problems")}
    assert "::error file=notices/minimal/notice.yaml" in log
    assert "| Level | File |" in (tmp_path / "summary.md").read_text(encoding="utf-8")


def test_diff_sets_material_from_the_json_report(tmp_path: Path) -> None:
    fake = tmp_path / "fake-bin"
    fake.mkdir()
    noticekit = fake / "noticekit"
    noticekit.write_text(
        "#!/bin/sh\n"
        'case "$*" in\n'
        '  *"--format json"*) echo \'{"notices": [{"id": "a", "material": false},'
        ' {"id": "b", "material": true}]}\' ;;\n'
        '  *) echo "b: the purposes changed" ;;\n'
        "esac\n",
        encoding="utf-8",
    )
    noticekit.chmod(noticekit.stat().st_mode | stat.S_IEXEC)
    code, outputs, log = run_action(tmp_path, fake, command="diff", since="v1.0")
    assert code == 0, log
    assert outputs == {"material": "true", "changed": "2"}
    assert "b: the purposes changed" in (tmp_path / "summary.md").read_text(encoding="utf-8")


def test_an_unknown_command_is_an_error_annotation_and_exit_2(tmp_path: Path) -> None:
    code, outputs, log = run_action(tmp_path, command="publish")
    assert code == 2 and outputs == {}
    assert '::error title=noticekit::unknown command "publish"' in log


@pytest.mark.parametrize(
    ("kind", "report", "expected"),
    [
        (
            "lint",
            {"summary": {"problems": 3, "errors": 2, "warnings": 1}},
            "errors=2\nwarnings=1\nproblems=3\n",
        ),
        ("diff", {"notices": [{"id": "a", "material": False}]}, "material=false\nchanged=1\n"),
        ("diff", {"notices": []}, "material=false\nchanged=0\n"),
    ],
)
def test_outputs_are_read_from_the_json_reports(tmp_path, capsys, kind, report, expected) -> None:
    path = tmp_path / "report.json"
    path.write_text(json.dumps(report), encoding="utf-8")
    assert outputs_main([kind, str(path)]) == 0
    assert capsys.readouterr().out == expected


def test_a_missing_or_broken_report_gives_no_outputs(tmp_path, capsys) -> None:
    (tmp_path / "broken.json").write_text("{", encoding="utf-8")
    assert outputs_main(["lint", str(tmp_path / "missing.json")]) == 0
    assert outputs_main(["diff", str(tmp_path / "broken.json")]) == 0
    assert capsys.readouterr().out == ""


def test_the_readme_workflow_uses_the_action_with_its_inputs() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("### The GitHub Action", 1)[1]
    flow = yaml.safe_load(section.split("```yaml\n", 1)[1].split("```", 1)[0])
    used = [
        step
        for job in flow["jobs"].values()
        for step in job["steps"]
        if "/noticekit@" in step.get("uses", "")
    ]
    assert {step["with"]["command"] for step in used} == {"lint", "diff", "build"}
    assert all(set(step["with"]) <= set(ACTION["inputs"]) for step in used)
