"""Fixtures for `serve`: a folder of notices in tmp_path, and a live site served in this process."""

from __future__ import annotations

import shutil
import threading
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from noticekit.serve.handler import PreviewServer
from noticekit.serve.live import Events
from noticekit.serve.site import LiveSite

MINIMAL = Path(__file__).parents[1] / "fixtures" / "notices" / "minimal" / "notice.yaml"


@pytest.fixture
def notices(tmp_path: Path) -> Path:
    """`<tmp>/notices/minimal/notice.yaml`: one valid notice in nb and en."""
    folder = tmp_path / "notices" / "minimal"
    folder.mkdir(parents=True)
    shutil.copy(MINIMAL, folder / "notice.yaml")
    return tmp_path / "notices"


@pytest.fixture
def served(notices: Path) -> Iterator[tuple[str, LiveSite, Events]]:
    """The notices built and served on a free port: (base URL, site, events)."""
    site = LiveSite([notices])
    events = Events()
    site.rebuild()
    server = PreviewServer(("127.0.0.1", 0), site, events)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", site, events
    finally:
        events.close()
        server.shutdown()
        server.server_close()
        site.close()


def get(url: str) -> tuple[int, dict[str, str], bytes]:
    """(status, headers, body) of a GET, errors included; redirects are not followed."""

    class NoRedirect(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args, **kwargs):
            return None

    opener = urllib.request.build_opener(NoRedirect)
    try:
        with opener.open(url, timeout=10) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read()
