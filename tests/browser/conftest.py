"""Browser tests: the shipped notices built once, opened in headless Chromium through Playwright.

Chromium is the system one (Debian package `chromium`): Playwright's own browser download does not
work offline. axe-core comes from npm (`npm ci --prefix tests/browser`, run by `make test`).
Where no browser can be installed, these tests are skipped and the reason is printed.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from noticekit.pipeline import BuildOptions
from noticekit.pipeline import build

ROOT = Path(__file__).resolve().parents[2]
NOTICES = ROOT / "notices"
AXE = Path(__file__).parent / "node_modules" / "axe-core" / "axe.min.js"
#: Options documented for headless Chromium in a container; no network on start.
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]
#: The shipped notices, by folder: every one is tested in every language.
SHIPPED = sorted(path.parent.name for path in NOTICES.glob("*/notice.yaml"))
WIDTHS = {"desktop": 1280, "phone": 390}


def chromium() -> str | None:
    """The system Chromium, if installed."""
    return shutil.which("chromium") or shutil.which("chromium-browser")


def _missing_browser() -> str | None:
    """Why the browser tests cannot run here, or None."""
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "Playwright for Python is not installed (`make test` installs the locked test extra)"
    if chromium() is None:
        return "no Chromium on this machine (`apt-get install chromium`; .ci/run installs it)"
    return None


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    reason = _missing_browser()
    if reason is None:
        return
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.skip(reason=f"browser tests skipped: {reason}"))


@pytest.fixture(scope="session")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The shipped notices built as `noticekit build notices/` builds them."""
    out = tmp_path_factory.mktemp("browser") / "site"
    build([NOTICES], BuildOptions(out=out))
    return out


def pages_of(site: Path, notice: str) -> list[Path]:
    """Every HTML page of a notice: one per language (and its landing page, if there is one)."""
    return sorted((site / notice).rglob("*.html"))


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """Chromium for one test module: Playwright's threads end with it (other tests count them)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=chromium(), args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.fixture(scope="session")
def axe_source() -> str:
    if not AXE.is_file():
        pytest.fail(f"axe-core is not installed: run `npm ci --prefix tests/browser` ({AXE})")
    return AXE.read_text(encoding="utf-8")


class NetworkGuard:
    """A Playwright route handler: `file:` URLs go through; all others are failed and recorded."""

    def __init__(self) -> None:
        self.refused: list[str] = []

    def __call__(self, route: Any) -> None:
        url = route.request.url
        if url.startswith("file:"):
            route.continue_()
        else:
            self.refused.append(url)
            route.abort()


@pytest.fixture
def network() -> NetworkGuard:
    """The guard of the pages this test opens; checked once more when the test ends."""
    return NetworkGuard()


@pytest.fixture
def open_page(browser: Any, network: NetworkGuard) -> Iterator[Callable[..., Any]]:
    """`open_page(path, width=1280, scheme="light")`: a page in a new tab that may load files only.

    Every request that is not for a `file:` URL is failed and recorded by `network`. CSP is
    bypassed so that the tests can add axe-core; the guard still sees every request.
    """
    contexts = []

    def open_(path: Path, width: int = 1280, scheme: str = "light") -> Any:
        context = browser.new_context(
            viewport={"width": width, "height": 900}, color_scheme=scheme, bypass_csp=True
        )
        contexts.append(context)
        context.route("**/*", network)
        page = context.new_page()
        page.goto(path.as_uri())
        return page

    yield open_
    for context in contexts:
        context.close()
    assert network.refused == [], f"pages requested from the network: {network.refused}"
