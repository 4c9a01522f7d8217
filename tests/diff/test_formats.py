"""The formats of `noticekit diff` on diffs made in memory: table cells, annotations, values."""

from __future__ import annotations

import io
import json

from noticekit.diff.compare import diff_notice
from noticekit.diff.formats import github
from noticekit.diff.formats import json as json_format
from noticekit.diff.formats import markdown
from noticekit.diff.formats import text
from noticekit.diff.shown import around
from noticekit.diff.shown import values

from .support import BASE
from .support import diff
from .support import notice


def written(module, diffs) -> str:
    out = io.StringIO()
    module.write(diffs, out)
    return out.getvalue()


def test_markdown_cells_stay_on_one_line_and_escape_pipes() -> None:
    assert markdown.cell("a | b\nc") == "a \\| b c"
    assert markdown.cell("") == "–"
    assert markdown.cell("x" * 200).endswith("…") and len(markdown.cell("x" * 200)) == markdown.CELL


def test_markdown_names_codes_ids_and_the_notice_own_reason() -> None:
    entry = {
        "kind": "legal-basis-added",
        "version": "2.0",
        "material": False,
        "reason": "Same basis.",
    }
    result = diff(
        lambda d: (
            d["purposes"][0]["legal_bases"].append("A6-1-b"),
            d["purposes"][0]["data_categories"].append("credit"),
            d.update(change_classifications=[entry]),
        )
    )
    rows = written(markdown, [result]).splitlines()
    assert any("| Kredittscore (credit) |" in row for row in rows)
    basis = next(row for row in rows if row.startswith("| Behandlingsgrunnlag lagt til"))
    assert (
        "(A6-1-b)" in basis and "redaksjonell (Klassifisert av erklæringen: Same basis.)" in basis
    )


def test_a_removed_notice_is_annotated_without_a_file() -> None:
    removed = diff_notice(notice(BASE), None, file="notices/base/notice.yaml")
    assert written(github, [removed]).splitlines()[0] == (
        "::warning title=material change%3A notice-removed::base: Notice removed at base: "
        "the notice is no longer published; its readers lose information they were given "
        "(GDPR Art. 12(1))"
    )


def test_json_and_text_of_an_added_notice() -> None:
    added = diff_notice(None, notice(BASE))
    [data] = json.loads(written(json_format, [added]))["notices"]
    assert (data["from_version"], data["to_version"], data["material"]) == (None, "2.0", True)
    assert data["changes"][0]["new"]["title"] == BASE["title"]
    assert written(text, [added]).splitlines()[0] == "base: base, version 2.0 (material)"


def test_texts_are_shown_around_their_first_difference() -> None:
    before, after = around("a" * 100 + "old end", "a" * 100 + "new end")
    assert before.startswith("…") and before.endswith("old end") and after.endswith("new end")
    result = diff(lambda d: d["introduction"].update(nb="Slik behandler vi dataene dine."))
    assert values(result.changes[0], "nb", result) == (
        "Slik behandler vi opplysningene dine.",
        "Slik behandler vi dataene dine.",
    )


def test_a_recipient_known_only_by_its_category_is_named_by_it() -> None:
    office = {"id": "office", "category": {"nb": "Regnskapsbyrå", "en": "Accountants"}}
    result = diff(
        lambda d: (d["recipients"].append(office), d["purposes"][1].update(recipients=["office"]))
    )
    rows = written(markdown, [result]).splitlines()
    row = next(row for row in rows if "`purposes.bookkeeping.recipients`" in row)
    assert "| Regnskapsbyrå (office) |" in row


def retention_changes(data) -> None:
    """The newsletter kept 90 days, not a year; a period of 30 days for its contact details."""
    data["purposes"][0]["retention"]["duration"] = "P90D"
    data["purposes"][0]["retention_periods"] = [
        {"data_categories": ["contact"], "duration": "P30D"}
    ]


def test_storage_periods_are_in_words_for_people_and_as_written_in_json() -> None:
    result = diff(retention_changes)
    lines = written(text, [result]).splitlines()
    assert lines[2:4] == ["      old: 1 year", "      new: 90 days"]
    assert '      new: {"duration": "30 days", "data_categories": ["contact"]}' in lines
    rows = written(markdown, [result]).splitlines()
    assert any("| redaksjonell | 1 år | 90 døgn |" in row for row in rows)
    assert any("| – | 30 døgn; data_categories: contact |" in row for row in rows)
    annotations = written(github, [result]).splitlines()
    assert "retention.duration (1 year -> 90 days): data is kept" in annotations[0]
    assert "retention_periods.contact (– -> 30 days): some of" in annotations[1]
    changes = json.loads(written(json_format, [result]))["notices"][0]["changes"]
    assert [(change["old"], change["new"]) for change in changes] == [
        ("P1Y", "P90D"),
        (None, {"duration": "P30D", "data_categories": ["contact"]}),
    ]


def test_markdown_words_storage_periods_in_the_authoritative_language() -> None:
    result = diff(
        lambda d: (retention_changes(d), d.update(languages=["en", "nb"])),
        lambda d: d.update(languages=["en", "nb"]),
    )
    rows = written(markdown, [result]).splitlines()
    assert any("| editorial | 1 year | 90 days |" in row for row in rows)


def test_a_stated_retention_shows_its_period_alone_in_words() -> None:
    stated = {"duration": "P1Y6M", "event": {"nb": "Etter avtalen.", "en": "After the contract."}}
    result = diff(
        lambda d: d["purposes"][0].update(retention=stated),
        lambda d: d["purposes"][0].pop("retention"),
    )
    assert values(result.changes[0], "de", result) == ("", "1 Jahr und 6 Monate")
    annotation = written(github, [result]).splitlines()[0]
    assert "at purposes.newsletter.retention (– -> 1 year and 6 months): " in annotation
