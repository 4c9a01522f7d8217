"""`python -m noticekit`, made to stop at a chosen moment, for tests of signals, kills and locks.

Run as `python pause_build.py build ...`; the environment says where to stop:

- NK_PAUSE=FILE: the first page a build process writes (with NK_WORKERS, the first a forked worker
  writes) creates FILE and then waits, so the test can signal, kill or start a second build. The
  build runs with --clean, so that it renders (and writes) every page, whatever was built before.
- NK_WORKERS=N: build in N forked workers, however few the notices.
- NK_CRASH=1: the build kills itself (SIGKILL) between the two renames of the swap, as a power cut
  or `kill -9` could; renameat2 is taken away so that the swap takes two renames.
"""

from __future__ import annotations

import os
import runpy
import signal
import sys
import time
from pathlib import Path

from noticekit.render import batch
from noticekit.write import swap
from noticekit.write import writer

BUILD_PROCESS = os.getpid()
PAUSE = os.environ.get("NK_PAUSE")
WORKERS = int(os.environ.get("NK_WORKERS", "0"))


def paused(write):
    def write_after_pause(self, output):
        if PAUSE and (not WORKERS or os.getpid() != BUILD_PROCESS):
            Path(PAUSE).touch()
            time.sleep(60)
        return write(self, output)

    return write_after_pause


def crashing(rename):
    def rename_or_crash(source, target):
        if ".tmp-" in os.path.basename(source) and "-" not in os.path.basename(target):
            os.kill(os.getpid(), signal.SIGKILL)
        rename(source, target)

    return rename_or_crash


writer.SiteWriter.write = paused(writer.SiteWriter.write)
if WORKERS:
    batch.worker_count = lambda count: WORKERS
if os.environ.get("NK_CRASH"):
    swap.exchange = lambda first, second: False
    os.rename = crashing(os.rename)
sys.argv = ["noticekit", *sys.argv[1:], *(["--clean"] if PAUSE and sys.argv[1] == "build" else [])]
runpy.run_module("noticekit", run_name="__main__", alter_sys=True)
