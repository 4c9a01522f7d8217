"""Page addresses: absolute from `canonical_url` (where the notice folder is), else relative."""

from __future__ import annotations

import pytest

from noticekit.render.view.addresses import LANDING
from noticekit.render.view.addresses import alternates
from noticekit.render.view.addresses import canonical
from noticekit.render.view.addresses import language_address


@pytest.mark.parametrize(
    "canonical_url",
    [
        "https://example.no/personvern",
        "https://example.no/personvern/",
        "https://example.no/personvern?x=1#top",
    ],
)
def test_a_language_page_is_its_language_under_the_notice_address(canonical_url: str):
    assert language_address(canonical_url, "nb") == "https://example.no/personvern/nb/"


def test_the_landing_page_is_the_notice_address_as_the_notice_gives_it():
    assert canonical("https://example.no/personvern", LANDING) == "https://example.no/personvern"
    assert canonical("https://example.no/personvern", "sv") == "https://example.no/personvern/sv/"
    assert canonical(None, "sv") is None


def test_alternates_are_absolute_with_canonical_url_and_left_to_the_page_without():
    assert alternates("https://a.example/p/", ["nb", "en"]) == [
        {"hreflang": "nb", "href": "https://a.example/p/nb/"},
        {"hreflang": "en", "href": "https://a.example/p/en/"},
        {"hreflang": "x-default", "href": "https://a.example/p/"},
    ]
    assert alternates(None, ["nb"]) == []
