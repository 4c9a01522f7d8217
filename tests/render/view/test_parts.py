"""Contact details of the parties on the pages and in the JSON-LD: further phones, tel: links."""

from __future__ import annotations

from pathlib import Path

import pytest

from noticekit.pipeline import BuildOptions
from noticekit.pipeline import build
from noticekit.render.jsonld.document import build_document
from noticekit.render.jsonld.nodes import contacts
from noticekit.validate import load_notices

EXAMPLE = Path(__file__).resolve().parents[3] / "notices" / "example"


@pytest.fixture(scope="module")
def example_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("example") / "site"
    build([EXAMPLE], BuildOptions(out=out))
    return out / "example"


def test_further_phone_numbers_are_listed_with_their_labels(example_site: Path):
    html = (example_site / "sv" / "index.html").read_text(encoding="utf-8")
    contact = html[html.index('<section id="contact-privacy"') :]
    assert (
        "<dt>Telefon (Texttelefon för döva och hörselskadade)</dt>\n"
        '<dd><a href="tel:+4700000012">+47 00 00 00 12</a></dd>'
    ) in contact
    markdown = (example_site / "en" / "notice.md").read_text(encoding="utf-8")
    assert "- Phone (Customer service): [+47 00 00 00 02](tel:+4700000002)\n" in markdown
    assert (
        "- Phone: [+47 00 00 00 21](tel:+4700000021)\n" in markdown
    )  # the representative's, no label


def test_json_ld_phones_are_tel_iris_and_keep_their_labels():
    result = load_notices([EXAMPLE])
    document = build_document(result.notices[0].notice)
    [controller] = [
        c for c in document["dpv:hasDataController"] if c["dpv:hasName"] == "Fjordlys Energi AS"
    ]
    assert {"@id": "tel:+4700000000"} in controller["dpv:hasContact"]
    assert {
        "@id": "tel:+4700000002",
        "label": {"nb": "Kundeservice", "sv": "Kundservice", "en": "Customer service"},
    } in controller["dpv:hasContact"]


def test_a_trunk_zero_in_brackets_is_not_dialled_in_the_json_ld():
    assert contacts(phone="+46(0)36 – 34 03 02") == [{"@id": "tel:+4636340302"}]
