"""No page loads anything from the network: every request but `file:` is failed and named."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.browser.conftest import SHIPPED
from tests.browser.conftest import pages_of


def test_the_guard_catches_a_page_that_loads_from_the_network(open_page, network, tmp_path: Path):
    page = tmp_path / "leaky.html"
    page.write_text(
        '<!DOCTYPE html><html lang="en"><title>x</title>'
        '<link rel="stylesheet" href="https://fonts.example/a.css">'
        '<img src="http://cdn.example/b.png" alt="">',
        encoding="utf-8",
    )
    open_page(page).wait_for_load_state("load")
    assert sorted(network.refused) == ["http://cdn.example/b.png", "https://fonts.example/a.css"]
    network.refused.clear()  # seen: the fixture's own check at the end is for the other tests


@pytest.mark.parametrize("notice", SHIPPED)
def test_no_page_requests_anything_from_the_network(open_page, network, site: Path, notice: str):
    for path in [site / "index.html", *pages_of(site, notice)]:
        for scheme in ("light", "dark"):
            open_page(path, scheme=scheme).wait_for_load_state("load")
    assert network.refused == []
