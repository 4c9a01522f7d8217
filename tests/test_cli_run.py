"""How a command runs: no garbage collection while it sets up, the collector on for its work."""

from __future__ import annotations

import gc
import subprocess
import sys

import pytest
import typer

from noticekit import cli_run

#: Runs `noticekit rules` in a fresh interpreter and prints, at exit, whether the collector runs
#: and how many objects it leaves out of its passes.
PROBE = """
import atexit, gc, sys
atexit.register(lambda: print(f"ENABLED={gc.isenabled()} FROZEN={gc.get_freeze_count()}"))
sys.argv = ["noticekit", "rules"]
from noticekit.cli import main
main()
"""


def test_the_collector_is_off_while_a_command_sets_up_and_on_for_its_work() -> None:
    during_work: list[bool] = []
    try:
        cli_run.start_up()
        assert not gc.isenabled()
        with pytest.raises(typer.Exit):
            cli_run.run(lambda: during_work.append(gc.isenabled()))
        assert during_work == [True]
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()
        gc.enable()


def test_without_start_up_run_leaves_the_collector_as_it_is() -> None:
    gc.disable()
    try:
        with pytest.raises(typer.Exit):
            cli_run.run(lambda: None)
        assert not gc.isenabled()
        assert gc.get_freeze_count() == 0
    finally:
        gc.enable()


def test_the_noticekit_script_sets_up_without_collections() -> None:
    done = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    enabled, frozen = done.stdout.strip().splitlines()[-1].split()
    assert enabled == "ENABLED=True"
    assert int(frozen.removeprefix("FROZEN=")) > 10_000
