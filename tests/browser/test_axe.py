"""axe-core in Chromium: no violation of any impact on any page, in light and in dark mode."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.browser.conftest import SHIPPED
from tests.browser.conftest import pages_of

SCHEMES = ("light", "dark")


def violations(page, axe_source: str) -> list[str]:
    """axe's violations on the page, one line each: rule, impact and the first few elements."""
    page.add_script_tag(content=axe_source)
    result = page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
    return [
        f"{item['id']} ({item['impact']}): {[node['target'] for node in item['nodes'][:3]]}"
        for item in result["violations"]
    ]


@pytest.mark.parametrize("scheme", SCHEMES)
@pytest.mark.parametrize("notice", SHIPPED)
def test_every_page_of_every_notice_has_no_axe_violation(
    open_page, axe_source: str, site: Path, notice: str, scheme: str
):
    found = {
        str(path.relative_to(site)): violations(open_page(path, scheme=scheme), axe_source)
        for path in pages_of(site, notice)
    }
    assert found and {page: items for page, items in found.items() if items} == {}


@pytest.mark.parametrize("scheme", SCHEMES)
def test_the_site_index_has_no_axe_violation(open_page, axe_source: str, site: Path, scheme: str):
    assert violations(open_page(site / "index.html", scheme=scheme), axe_source) == []
