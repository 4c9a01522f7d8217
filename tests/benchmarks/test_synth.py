"""The benchmark's synthetic notices stay valid as the model changes, and their Markdown twins match
them."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

import sites  # noqa: E402
import synth  # noqa: E402

from noticekit.validate import load_notices  # noqa: E402


def test_synthetic_notices_validate(tmp_path):
    notices = synth.write_notices(3, tmp_path / "notices")
    result = load_notices([tmp_path / "notices"])
    assert [str(problem) for problem in result.problems] == []
    assert [loaded.notice.id for loaded in result.notices] == [n["id"] for n in notices]
    assert all(loaded.notice.languages == list(synth.LANGUAGES) for loaded in result.notices)


def test_generation_is_seeded(tmp_path):
    first = synth.write_notices(2, tmp_path / "a")
    second = synth.write_notices(2, tmp_path / "b")
    assert first == second
    assert synth.write_notices(2, tmp_path / "c", seed=2) != first


def test_markdown_twins_cover_every_page_and_purpose(tmp_path):
    notices = synth.write_notices(2, tmp_path / "notices")
    assert sites.write_hugo_site(notices, tmp_path / "hugo") == 2 * len(synth.LANGUAGES)
    text = (tmp_path / "hugo" / "content" / notices[0]["id"] / "sv.md").read_text(encoding="utf-8")
    assert text.startswith('---\ntitle: "Integritetspolicy"\nlang: sv\n---\n')
    for purpose in notices[0]["purposes"]:
        assert f"### {purpose['name']['sv']}" in text
    assert (tmp_path / "hugo" / "layouts" / "_default" / "single.html").is_file()
