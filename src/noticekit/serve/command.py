"""`noticekit serve`: first build, then serve and watch until Ctrl-C."""

from __future__ import annotations

import os
import signal
import sys
import threading
import webbrowser
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO

from noticekit.errors import UsageError
from noticekit.serve.handler import PreviewServer
from noticekit.serve.live import Events
from noticekit.serve.site import LiveSite
from noticekit.serve.site import Snapshot
from noticekit.serve.watch import Watcher
from noticekit.serve.watch import watched_paths


def run_serve(
    paths: list[Path],
    *,
    host: str,
    port: int,
    languages: list[str] | None,
    templates: Path | None,
    open_browser: bool,
    out: TextIO = sys.stdout,
) -> int:
    """Serve the notices until Ctrl-C (exit 0); the private build folder is removed on exit."""
    site = LiveSite(paths, languages, templates)
    watcher = Watcher(watched_paths(paths, templates, Path.cwd()))
    try:
        with _terminate_as_interrupt():
            watcher.start()
            report(site.rebuild(), out)
            serve_until_stopped(site, watcher, _bind(host, port, site, Events()), open_browser, out)
    except KeyboardInterrupt:
        say(out, "Stopped.")
    finally:
        watcher.stop()
        site.close()
    return 0


def serve_until_stopped(
    site: LiveSite, watcher: Watcher, server: PreviewServer, open_browser: bool, out: TextIO
) -> None:
    """Serve in a thread; rebuild after each group of changes and tell the open pages to reload."""
    url = address(server)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        say(out, f"Serving at {url} (Ctrl-C to stop)")
        if open_browser:
            webbrowser.open(url)
        for changed in watcher.changes():
            snapshot = site.rebuild(changed)
            server.events.publish(snapshot.generation)
            report(snapshot, out)
    finally:
        server.events.close()
        server.shutdown()
        server.server_close()


def report(snapshot: Snapshot, out: TextIO) -> None:
    """One line per build: how many notices, or that they have problems (shown in the browser)."""
    if snapshot.problems is None:
        noun = "notice" if snapshot.notices == 1 else "notices"
        say(out, f"built {snapshot.notices} {noun}")
    else:
        say(out, f"not built: {snapshot.problems.splitlines()[0]} (shown in the browser)")


def _bind(host: str, port: int, site: LiveSite, events: Events) -> PreviewServer:
    try:
        return PreviewServer((host, port), site, events)
    except OSError as error:
        raise UsageError(f"cannot listen on {host}:{port}: {error.strerror or error}") from None


def address(server: PreviewServer) -> str:
    """`http://127.0.0.1:8000/` (an IPv6 host in brackets)."""
    host, port = server.server_address[:2]
    name = host.decode() if isinstance(host, bytes) else host
    return f"http://[{name}]:{port}/" if ":" in name else f"http://{name}:{port}/"


def say(out: TextIO, line: str) -> None:
    out.write(line + "\n")
    out.flush()


@contextmanager
def _terminate_as_interrupt() -> Iterator[None]:
    """SIGTERM stops `serve` as Ctrl-C does: cleanly, exit 0.

    Only in this process: a build's forked workers inherit the handler, and their pool ends
    them with SIGTERM, which must still end them at once, silently.
    """
    owner = os.getpid()

    def interrupt(signum: int, frame: object) -> None:
        if os.getpid() != owner:
            signal.signal(signum, signal.SIG_DFL)
            os.kill(os.getpid(), signum)
            return
        raise KeyboardInterrupt

    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGTERM, interrupt)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)
