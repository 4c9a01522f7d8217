"""`noticekit serve` as a user runs it: it builds, serves, reloads, shows problems, stops."""

from __future__ import annotations

import contextlib
import html
import os
import queue
import re
import signal
import subprocess
import sys
import threading
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from tests.serve.conftest import get
from typer.testing import CliRunner

from noticekit.cli import app
from noticekit.render.batch import PARALLEL_FROM
from noticekit.render.env import packaged_templates

WAIT = 30.0


class Serve:
    """A running `noticekit serve --port 0` in `cwd`; its output is read line by line by a thread,
    so that a server that hangs fails the test after WAIT seconds instead of blocking the suite."""

    def __init__(self, cwd: Path, *args: str, new_session: bool = False) -> None:
        env = {**os.environ, "TMPDIR": str(cwd / "tmp"), "PYTHONUNBUFFERED": "1"}
        (cwd / "tmp").mkdir(exist_ok=True)
        self.process = subprocess.Popen(
            [sys.executable, "-m", "noticekit", "serve", "--port", "0", *args],
            cwd=cwd,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            start_new_session=new_session,
        )
        self.lines: list[str] = []
        self._output: queue.Queue[str | None] = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()
        self.url = re.search(r"Serving at (http://\S+/) ", self.read_until("Serving at "))[1]

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self._output.put(line)
        self._output.put(None)

    def read_until(self, text: str) -> str:
        deadline = time.monotonic() + WAIT
        while (left := deadline - time.monotonic()) > 0:
            try:
                line = self._output.get(timeout=left)
            except queue.Empty:
                break
            if line is None:
                break
            self.lines.append(line)
            if text in line:
                return line
        self.process.kill()
        raise AssertionError(f"no {text!r} in {self.lines}; stderr: {self.process.stderr.read()}")

    def stop(self, signum: int = signal.SIGINT, group: bool = False) -> tuple[int, str, str]:
        """Send `signum` (to the process group, as a terminal does, with `group`); then
        (exit code, all output, standard error) once the process has ended."""
        assert self.process.stderr is not None
        if group:
            os.killpg(self.process.pid, signum)
        else:
            self.process.send_signal(signum)
        self.process.wait(timeout=WAIT)
        while (line := self._output.get(timeout=WAIT)) is not None:
            self.lines.append(line)
        return self.process.returncode, "".join(self.lines), self.process.stderr.read()


@pytest.fixture
def serve(notices: Path) -> Iterator[Serve]:
    running = Serve(notices.parent)
    yield running
    if running.process.poll() is None:
        running.process.kill()
        running.process.wait()


def poll(url: str, predicate, timeout: float = WAIT) -> tuple[int, dict[str, str], bytes]:
    deadline = time.monotonic() + timeout
    while True:
        answer = get(url)
        if predicate(answer) or time.monotonic() > deadline:
            return answer
        time.sleep(0.05)


def reload_event(url: str, since: int) -> str:
    """Read the event feed until its first event (the reload after a build newer than `since`)."""
    with urllib.request.urlopen(f"{url}__noticekit__/events?since={since}", timeout=WAIT) as feed:
        assert feed.headers["Content-Type"] == "text/event-stream"
        lines = []
        for raw in feed:
            line = raw.decode().rstrip("\n")
            if line.startswith("event:") or line.startswith("data:"):
                lines.append(line)
            if line.startswith("data:"):
                return "\n".join(lines)
    raise AssertionError("the event feed ended without an event")


def test_serve_prints_its_address_serves_and_stops_on_ctrl_c_with_exit_0(serve: Serve, notices):
    assert serve.url.startswith("http://127.0.0.1:")
    status, headers, body = get(serve.url + "minimal/en/index.html")
    assert status == 200 and b"Privacy notice" in body
    code, out, err = serve.stop()
    assert code == 0, err
    assert "Traceback" not in err + out
    assert list((notices.parent / "tmp").glob("noticekit-serve-*")) == []
    assert not (notices.parent / "site").exists()


def test_an_edit_sends_a_reload_event_and_the_new_bytes_are_served(serve: Serve, notices: Path):
    page = serve.url + "minimal/en/index.html"
    notice = notices / "minimal" / "notice.yaml"
    generation = int(re.search(rb'data-generation="(\d+)"', get(page)[2])[1])
    events: list[str] = []
    listener = threading.Thread(target=lambda: events.append(reload_event(serve.url, generation)))
    listener.start()
    time.sleep(0.2)
    text = notice.read_text(encoding="utf-8")
    notice.write_text(text.replace("en: Privacy notice", "en: Edited notice"), encoding="utf-8")
    listener.join(WAIT)
    assert events and events[0].startswith("event: reload\ndata: ")
    assert int(events[0].rsplit(" ", 1)[1]) > generation
    assert b"Edited notice" in poll(page, lambda answer: b"Edited notice" in answer[2])[2]


def test_a_broken_notice_shows_validates_messages_then_the_fix_brings_the_page_back(
    serve: Serve, notices: Path
):
    page = serve.url + "minimal/en/index.html"
    notice = notices / "minimal" / "notice.yaml"
    good = notice.read_text(encoding="utf-8")
    notice.write_text(
        good.replace("legal_bases: [A6-1-a]", "legal_bases: [A6-1-z]"), encoding="utf-8"
    )
    status, _headers, body = poll(page, lambda answer: answer[0] == 500)
    assert status == 500
    validate = CliRunner().invoke(app, ["validate", str(notices)])
    problems = [line for line in validate.output.splitlines() if ": [error] " in line]
    assert problems
    shown = body.decode()
    for line in problems:  # validate was given an absolute path, serve the relative `notices`
        assert html.escape("notices/" + line.split("notices/", 1)[1]) in shown
    assert re.search(r"minimal/notice\.yaml:\d+:\d+: \[error\]", shown)
    assert serve.process.poll() is None
    notice.write_text(good, encoding="utf-8")
    status, _headers, body = poll(page, lambda answer: answer[0] == 200)
    assert status == 200 and b"Privacy notice" in body
    serve.read_until("not built")


def test_a_missing_folder_is_one_line_and_exit_2(tmp_path: Path):
    result = subprocess.run(
        [sys.executable, "-m", "noticekit", "serve", "--port", "0", str(tmp_path / "nothing")],
        capture_output=True,
        text=True,
        timeout=WAIT,
        env={**os.environ, "TMPDIR": str(tmp_path)},
    )
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [f'Error: "{tmp_path / "nothing"}" does not exist']
    assert list(tmp_path.glob("noticekit-serve-*")) == []


def copies(notices: Path, count: int) -> None:
    """`count` more notices like the minimal one: enough for the build to fork workers."""
    text = (notices / "minimal" / "notice.yaml").read_text(encoding="utf-8")
    for number in range(count):
        folder = notices / f"copy-{number}"
        folder.mkdir()
        copy = text.replace("id: minimal", f"id: copy-{number}")
        (folder / "notice.yaml").write_text(copy, encoding="utf-8")


def test_a_big_build_in_forked_workers_and_sigterm_end_quietly(notices: Path):
    """The workers inherit the SIGTERM handler; their pool's SIGTERM must end them silently."""
    copies(notices, PARALLEL_FROM)
    running = Serve(notices.parent)
    try:
        code, out, err = running.stop(signal.SIGTERM)
    finally:
        running.process.kill()
    assert (code, err) == (0, "")
    assert f"built {PARALLEL_FROM + 1} notices" in out


def test_an_edited_template_is_served_after_the_save(notices: Path):
    templates = notices.parent / "templates"
    templates.mkdir()
    css = packaged_templates() / "notice.css"
    (templates / "notice.css").write_text(css.read_text(encoding="utf-8") + "/* v1 */\n")
    running = Serve(notices.parent, "--templates", str(templates))
    try:
        page = running.url + "minimal/en/index.html"
        assert b"/* v1 */" in get(page)[2]
        (templates / "notice.css").write_text(css.read_text(encoding="utf-8") + "/* v2 */\n")
        assert b"/* v2 */" in poll(page, lambda answer: b"/* v2 */" in answer[2])[2]
    finally:
        running.process.kill()
        running.process.wait()


def test_ctrl_c_during_a_rebuild_in_workers_ends_quietly_with_exit_0(notices: Path):
    """A terminal's Ctrl-C reaches every process of `serve`, the build's workers too."""
    children = Path(f"/proc/{os.getpid()}/task/{os.getpid()}/children")
    if not children.exists():
        pytest.skip("needs Linux's /proc/PID/task/PID/children to see the build's workers")
    copies(notices, 3 * PARALLEL_FROM)
    templates = notices.parent / "templates"
    templates.mkdir()
    css = (packaged_templates() / "notice.css").read_text(encoding="utf-8")
    (templates / "notice.css").write_text(css, encoding="utf-8")
    running = Serve(notices.parent, "--templates", str(templates), new_session=True)
    pid = running.process.pid
    try:
        # a template every page is made from: every notice is rendered again, in workers
        (templates / "notice.css").write_text(css + "/* edited */\n", encoding="utf-8")
        deadline = time.monotonic() + WAIT
        while not Path(f"/proc/{pid}/task/{pid}/children").read_text().split():
            assert time.monotonic() < deadline, "no rebuild in workers"
            time.sleep(0.005)
        code, out, err = running.stop(signal.SIGINT, group=True)
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(pid, signal.SIGKILL)
    assert (code, err) == (0, "")
    assert out.endswith("Stopped.\n")
