"""Reading messy values: countries, durations, legal bases, texts and ids, without guessing."""

from __future__ import annotations

import pytest

from noticekit.importers import values as read
from noticekit.importers.tilt_bases import legal_basis_codes


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("DE", ("DE", "code")),
        ("Deutschland", ("DE", "name")),
        ("Germany", ("DE", "name")),
        ("USA", ("US", "name")),
        ("UK", ("GB", "name")),
        ("Irland", ("IE", "name")),
        ("Google LLC\n1600 Amphitheatre Parkway\nUSA", ("US", "address")),
        ("weltweit", (None, "")),
        ("SW", (None, "")),  # no such code
        ("CA 94041", (None, "")),
        (None, (None, "")),
        ([], (None, "")),
    ],
)
def test_country(value, expected):
    assert read.country(value) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("P30D", ("P30D", False)),
        ("P1Y", ("P1Y", False)),
        ("PT12H", ("PT12H", False)),
        ("P48H", ("PT48H", True)),
        ("P90S", ("PT90S", True)),
        ("P", (None, False)),
        ("unbegrenzt", (None, False)),
        (None, (None, False)),
    ],
)
def test_duration(value, expected):
    assert read.duration(value) == expected


@pytest.mark.parametrize(
    ("reference", "codes"),
    [
        ("GDPR-6-1-a", ["A6-1-a"]),
        ("DSGVO-6-1-e", ["A6-1-e"]),
        ("Artikel 6 Absatz 1 Buchstabe b) DSGVO", ["A6-1-b"]),
        ("Art. 6(1)(f) GDPR", ["A6-1-f"]),
        ("Art. 6 Abs. 1 S. 1 lit. a, b und f DSGVO", ["A6-1-a", "A6-1-b", "A6-1-f"]),
        ("Art. 9 Abs. 2 lit. a DSGVO", ["A9-2-a"]),
        ("Art. 6 Abs. 1 lit. f DSGVO i.V.m. § 26 BDSG", ["A6-1-f"]),
        ("Artikel 6 Absatz 1 DSGVO", []),  # no point named
        ("TMG-15-3", []),
        ("§ 7 Absatz 3 UWG", []),
        ("GDPR-31", []),
    ],
)
def test_legal_bases_from_codes_and_prose(reference, codes):
    assert legal_basis_codes(reference) == codes


def test_text_decodes_entities_and_drops_control_characters_and_empties():
    assert read.text(" Otto (GmbH &amp; Co KG)\t\n") == "Otto (GmbH & Co KG)"
    assert read.text("a\u0007b\r\nc") == "a b\nc"
    assert read.text("   ") is None and read.text([]) is None and read.text(None) is None
    assert read.text(5) == "5"


def test_ids_come_from_names_and_stay_unique():
    ids = read.Ids()
    assert (
        ids.new("Bestellung durchführen & abrechnen", "purpose")
        == "bestellung-durchfuehren-abrechnen"
    )
    assert (
        ids.new("Bestellung durchführen & abrechnen", "purpose")
        == "bestellung-durchfuehren-abrechnen-2"
    )
    assert ids.new("1&1 Mail", "recipient") == "recipient-1-1-mail"
    assert ids.new("!!!", "source") == "source"
    assert len(ids.new("ein sehr langer Name " * 10, "purpose")) <= 40


def test_flags_and_lists_take_only_their_own_kind():
    assert read.flag(True) is True and read.flag("yes") is None and read.flag([]) is None
    assert read.items({"a": 1}) == [{"a": 1}] and read.items(["x", {"b": 2}]) == [{"b": 2}]
    assert read.strays(["x", {"b": 2}, None, 7]) == ["x", 7]
