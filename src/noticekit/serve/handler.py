"""The HTTP side of `serve`: the site's files, the live-reload script and its event feed."""

from __future__ import annotations

import socket
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler
from http.server import ThreadingHTTPServer
from urllib.parse import parse_qs
from urllib.parse import unquote

from noticekit.serve.live import EVENTS_PATH
from noticekit.serve.live import SCRIPT
from noticekit.serve.live import SCRIPT_PATH
from noticekit.serve.live import Events
from noticekit.serve.live import with_live_reload
from noticekit.serve.problems_page import problems_page
from noticekit.serve.site import LiveSite

#: Content types by file suffix; anything else is sent as bytes.
CONTENT_TYPES = {
    ".html": "text/html; charset=utf-8",
    ".md": "text/markdown; charset=utf-8",
    ".jsonld": "application/ld+json",
    ".json": "application/json",
    ".atom": "application/atom+xml",
    ".xml": "application/xml",
    ".css": "text/css; charset=utf-8",
    ".txt": "text/plain; charset=utf-8",
    ".svg": "image/svg+xml",
    ".png": "image/png",
}
OCTETS = "application/octet-stream"
#: Seconds between keep-alive comments on an idle event feed (they also detect a closed tab).
HEARTBEAT = 15.0


def request_parts(target: str) -> list[str] | None:
    """The decoded segments of a request path, or None when the path could leave the site.

    Refused: a target not starting with `/`, `.` and `..` segments, also percent-encoded
    (`%2e%2e`), an encoded `/` or `\\` inside a segment (`%2f`, `%5c`), backslashes, NUL and other
    control characters, and bytes that are not UTF-8.
    """
    path = target.split("?", 1)[0].split("#", 1)[0]
    if not path.startswith("/") or "\\" in path:
        return None
    parts = []
    for raw in path.split("/")[1:]:
        try:
            part = unquote(raw, errors="strict")
        except UnicodeDecodeError:
            return None
        if part in (".", "..") or "/" in part or "\\" in part or _has_control(part):
            return None
        if part:
            parts.append(part)
    if path.endswith("/"):
        parts.append("index.html")
    return parts


def _has_control(text: str) -> bool:
    return any(ord(char) < 32 or ord(char) == 127 for char in text)


class PreviewServer(ThreadingHTTPServer):
    """A threading HTTP server that knows the live site and the reload events."""

    daemon_threads = True

    def __init__(self, address: tuple[str, int], site: LiveSite, events: Events) -> None:
        self.site = site
        self.events = events
        if ":" in address[0]:
            self.address_family = socket.AF_INET6
        super().__init__(address, PreviewHandler)


class PreviewHandler(BaseHTTPRequestHandler):
    """GET and HEAD on the site's files; the live-reload script; the event feed."""

    server: PreviewServer
    server_version = "noticekit-serve"

    def do_GET(self) -> None:
        self._answer(send_body=True)

    def do_HEAD(self) -> None:
        self._answer(send_body=False)

    def _answer(self, *, send_body: bool) -> None:
        parts = request_parts(self.path)
        if parts is None:
            return self._refuse(HTTPStatus.BAD_REQUEST, send_body)
        path = "/" + "/".join(parts)
        if path == SCRIPT_PATH:
            script = SCRIPT.encode()
            return self._send(HTTPStatus.OK, "text/javascript; charset=utf-8", script, send_body)
        if path == EVENTS_PATH:
            return self._event_feed()
        snapshot = self.server.site.snapshot
        if snapshot.problems is not None:
            page = with_live_reload(problems_page(snapshot.problems), snapshot.generation)
            status = HTTPStatus.INTERNAL_SERVER_ERROR
            return self._send(status, CONTENT_TYPES[".html"], page, send_body)
        if "/".join(parts) in snapshot.folders:
            return self._redirect(self.path.split("?", 1)[0] + "/")
        file = snapshot.find("/".join(parts))
        try:
            body = b"" if file is None else file.read_bytes()
        except OSError:
            file = None
        if file is None:
            return self._refuse(HTTPStatus.NOT_FOUND, send_body)
        if file.suffix == ".html":
            body = with_live_reload(body, snapshot.generation)
        self._send(HTTPStatus.OK, CONTENT_TYPES.get(file.suffix, OCTETS), body, send_body)

    def _send(self, status: HTTPStatus, content_type: str, body: bytes, send_body: bool) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.send_header("X-Content-Type-Options", "nosniff")
        self.end_headers()
        if send_body:
            self.wfile.write(body)

    def _redirect(self, location: str) -> None:
        """A folder asked for without its `/`: relative links on its page need the slash."""
        self.send_response(HTTPStatus.MOVED_PERMANENTLY)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def _refuse(self, status: HTTPStatus, send_body: bool) -> None:
        body = f"{status.value} {status.phrase}\n".encode()
        self._send(status, "text/plain; charset=utf-8", body, send_body)

    def _event_feed(self) -> None:
        """Server-Sent Events: `reload` as soon as a build newer than the page's is served."""
        query = parse_qs(self.path.partition("?")[2])
        try:
            since = int(query.get("since", ["0"])[0])
        except ValueError:
            since = 0
        self.send_response(HTTPStatus.OK)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        events = self.server.events
        try:
            self.wfile.write(b": connected\n\n")
            self.wfile.flush()
            while not events.closed:
                generation = events.wait_newer(since, HEARTBEAT)
                if generation is None:
                    self.wfile.write(b": waiting\n\n")
                else:
                    self.wfile.write(f"event: reload\ndata: {generation}\n\n".encode())
                    since = generation
                self.wfile.flush()
        except (BrokenPipeError, ConnectionResetError):
            pass  # the tab was closed or reloaded
        self.close_connection = True

    def log_message(self, format: str, *args: object) -> None:
        """Quiet: `serve` prints builds, not requests."""
