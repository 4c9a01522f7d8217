"""Live reload: the script `serve` adds to its pages, the CSP that allows it, the event feed."""

from __future__ import annotations

import re
import threading

#: Where `serve` answers its own requests; no notice id can start with `__` (ids are kebab-case).
PREFIX = "/__noticekit__/"
SCRIPT_PATH = PREFIX + "reload.js"
EVENTS_PATH = PREFIX + "events"

#: The live-reload script: listen to the event feed, reload the page when a build is newer than it.
SCRIPT = """\
(function () {
  "use strict";
  var since = document.currentScript.getAttribute("data-generation");
  var events = new EventSource("/__noticekit__/events?since=" + encodeURIComponent(since));
  events.addEventListener("reload", function () {
    events.close();
    window.location.reload();
  });
})();
"""

_CSP_META = re.compile(
    rb'(<meta\s+http-equiv="Content-Security-Policy"\s+content=")([^"]*)(")', re.IGNORECASE
)
_BODY_END = re.compile(rb"</body\s*>", re.IGNORECASE)
#: Directives `serve` widens to `'self'`: the script file and its event feed.
_SERVE_DIRECTIVES = ("script-src", "connect-src")


def relaxed_policy(policy: str) -> str:
    """The page's CSP with `'self'` added to `script-src` and `connect-src` (and nothing else)."""
    directives = [part.strip() for part in policy.split(";") if part.strip()]
    for name in _SERVE_DIRECTIVES:
        for index, directive in enumerate(directives):
            if directive.split()[0].lower() == name:
                sources = [source for source in directive.split()[1:] if source != "'none'"]
                if "'self'" not in sources:
                    sources.append("'self'")
                directives[index] = " ".join([name, *sources])
                break
        else:
            directives.append(f"{name} 'self'")
    return "; ".join(directives)


def with_live_reload(page: bytes, generation: int) -> bytes:
    """The HTML page as `serve` sends it: CSP relaxed for the script, the script before `</body>`.

    The published page is unchanged; only these served bytes carry the script.
    """
    page = _CSP_META.sub(
        lambda found: found[1] + relaxed_policy(found[2].decode()).encode() + found[3],
        page,
        count=1,
    )
    tag = f'<script src="{SCRIPT_PATH}" data-generation="{generation}"></script>\n'.encode()
    matches = list(_BODY_END.finditer(page))
    if not matches:
        return page + tag
    end = matches[-1].start()
    return page[:end] + tag + page[end:]


class Events:
    """The build generation, and a way for event-feed handlers to wait for the next one."""

    def __init__(self) -> None:
        self.generation = 0
        self.closed = False
        self._changed = threading.Condition()

    def publish(self, generation: int) -> None:
        """A new build (or build failure) is being served: wake every waiting feed."""
        with self._changed:
            self.generation = generation
            self._changed.notify_all()

    def wait_newer(self, since: int, timeout: float) -> int | None:
        """The generation once it is newer than `since`; None after `timeout` or when closing."""
        with self._changed:
            self._changed.wait_for(lambda: self.closed or self.generation > since, timeout)
            return self.generation if self.generation > since and not self.closed else None

    def close(self) -> None:
        """The server is stopping: release every feed."""
        with self._changed:
            self.closed = True
            self._changed.notify_all()
