"""`noticekit serve`: first build, then serve and watch until Ctrl-C."""

from __future__ import annotations

import sys
import threading
import webbrowser
from pathlib import Path
from typing import TextIO

from noticekit.errors import UsageError
from noticekit.serve.handler import PreviewServer
from noticekit.serve.live import Events
from noticekit.serve.site import LiveSite
from noticekit.serve.site import Snapshot
from noticekit.serve.stopping import building
from noticekit.serve.stopping import stop_on_signals
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
        with stop_on_signals():
            watcher.start()
            with building():
                first = site.rebuild()
            report(first, out)
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
            with building():
                snapshot = site.rebuild(changed)
            server.events.publish(snapshot.generation)
            report(snapshot, out)
            site.tidy()
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
