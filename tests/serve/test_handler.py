"""The HTTP side: site files with their content types, the script, and traversal refused."""

from __future__ import annotations

import http.client
from pathlib import Path

import pytest
from tests.serve.conftest import get

from noticekit.serve.handler import request_parts

TRAVERSALS = [
    "/../../etc/passwd",
    "/minimal/../../etc/passwd",
    "/%2e%2e/%2e%2e/etc/passwd",
    "/%2E%2E/etc/passwd",
    "/.%2e/etc/passwd",
    "/minimal%2f..%2f..%2fetc%2fpasswd",
    "/minimal%2F..%2F..%2Fetc%2Fpasswd",
    "/..%5c..%5cetc%5cpasswd",
    "/..\\..\\etc\\passwd",
    "/minimal/nb/index.html%00.md",
    "/./index.html",
    "/%ff",
    "etc/passwd",
]


@pytest.mark.parametrize("target", TRAVERSALS)
def test_request_parts_refuses_traversal(target: str):
    assert request_parts(target) is None


def test_request_parts_decodes_a_plain_path():
    assert request_parts("/a%20b/nb/?x=..") == ["a b", "nb", "index.html"]
    assert request_parts("//minimal//nb/index.html#top") == ["minimal", "nb", "index.html"]


def test_only_files_the_build_wrote_are_served_not_others_in_its_folder(served, tmp_path: Path):
    url, site, _events = served
    folder = Path(site.snapshot.files["minimal/nb/index.html"])
    (tmp_path / "secret.txt").write_text("secret", encoding="utf-8")
    (folder / "link.txt").symlink_to(tmp_path / "secret.txt")
    (folder / "planted.txt").write_text("planted", encoding="utf-8")
    assert get(url + "/link.txt")[0] == 404
    assert get(url + "/planted.txt")[0] == 404
    assert get(url + "/.noticekit-site")[0] == 404


@pytest.mark.parametrize("target", TRAVERSALS[:-1])
def test_the_server_refuses_traversal_with_400(served, target: str):
    url, _site, _events = served
    host, port = url.removeprefix("http://").split(":")
    connection = http.client.HTTPConnection(host, int(port), timeout=10)
    connection.putrequest("GET", target, skip_accept_encoding=True)
    connection.endheaders()
    response = connection.getresponse()
    body = response.read()
    connection.close()
    assert response.status == 400
    assert b"root:" not in body


@pytest.mark.parametrize(
    ("path", "content_type"),
    [
        ("/", "text/html; charset=utf-8"),
        ("/minimal/nb/index.html", "text/html; charset=utf-8"),
        ("/minimal/nb/notice.md", "text/markdown; charset=utf-8"),
        ("/minimal/notice.jsonld", "application/ld+json"),
        ("/__noticekit__/reload.js", "text/javascript; charset=utf-8"),
    ],
)
def test_content_types(served, path: str, content_type: str):
    url, _site, _events = served
    status, headers, _body = get(url + path)
    assert status == 200
    assert headers["Content-Type"] == content_type
    assert headers["Cache-Control"] == "no-store"


def test_pages_are_served_with_the_script_and_the_built_files_stay_without(served):
    url, site, _events = served
    _status, _headers, body = get(url + "/minimal/nb/index.html")
    built = site.snapshot.find("minimal/nb/index.html").read_bytes()
    assert b'<script src="/__noticekit__/reload.js"' in body
    assert b"<script src=" not in built
    assert b"script-src" not in built


def test_markdown_is_served_as_built(served):
    url, site, _events = served
    _status, _headers, body = get(url + "/minimal/en/notice.md")
    assert body == site.snapshot.find("minimal/en/notice.md").read_bytes()


def test_a_folder_without_its_slash_redirects_and_a_missing_file_is_404(served):
    url, _site, _events = served
    status, headers, _body = get(url + "/minimal/nb")
    assert (status, headers["Location"]) == (301, "/minimal/nb/")
    assert get(url + "/minimal/nb/")[0] == 200
    assert get(url + "/nothing.html")[0] == 404
    assert get(url + "/__noticekit__/other")[0] == 404


def test_problems_replace_every_page_until_fixed(served, notices: Path):
    url, site, _events = served
    notice = notices / "minimal" / "notice.yaml"
    good = notice.read_text(encoding="utf-8")
    notice.write_text(good.replace("languages: [nb, en]", "languages: [nb, xx]"), encoding="utf-8")
    site.rebuild([notice])
    status, headers, body = get(url + "/minimal/nb/index.html")
    assert status == 500
    assert headers["Content-Type"] == "text/html; charset=utf-8"
    assert b"minimal/notice.yaml:7:" in body
    assert b'<script src="/__noticekit__/reload.js"' in body
    notice.write_text(good, encoding="utf-8")
    site.rebuild([notice])
    assert get(url + "/minimal/nb/index.html")[0] == 200
