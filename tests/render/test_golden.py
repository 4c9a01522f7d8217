"""Golden files: every shipped notice in every format and language, byte for byte.

Refresh them with `pytest tests/render/test_golden.py --update-goldens` and review the diff.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from noticekit.pipeline import BuildOptions
from noticekit.pipeline import build
from noticekit.write.manifest import MANIFEST

REPOSITORY = Path(__file__).resolve().parents[2]
SHIPPED = REPOSITORY / "notices"
GOLDEN = Path(__file__).parent / "golden"


#: Left out: the site index changes with every new notice, the manifest's keys with any change
#: of noticekit's code.
NOT_GOLDEN = ("index.html", MANIFEST)


def files(root: Path) -> dict[str, bytes]:
    """Per-notice outputs under `root`."""
    return {
        path.relative_to(root).as_posix(): path.read_bytes()
        for path in sorted(root.rglob("*"))
        if path.is_file() and path.relative_to(root).as_posix() not in NOT_GOLDEN
    }


@pytest.fixture(scope="module")
def shipped_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("shipped") / "site"
    build([SHIPPED], BuildOptions(out=out, history="off"))
    return out


def test_goldens_match_the_build_of_the_shipped_notices(
    shipped_site: Path, request: pytest.FixtureRequest
):
    built = files(shipped_site)
    if request.config.getoption("--update-goldens"):
        shutil.rmtree(GOLDEN, ignore_errors=True)
        for name, content in built.items():
            target = GOLDEN / name
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(content)
    golden = files(GOLDEN)
    assert sorted(golden) == sorted(built), (
        "outputs added or removed; refresh with --update-goldens"
    )
    changed = [name for name in built if built[name] != golden[name]]
    assert changed == [], (
        "outputs differ from the goldens; review, then refresh with --update-goldens"
    )


def test_every_shipped_notice_has_every_format_in_each_of_its_languages(shipped_site: Path):
    for notice_dir in sorted(SHIPPED.iterdir()):
        if not (notice_dir / "notice.yaml").is_file():
            continue
        out = shipped_site / notice_dir.name
        assert (out / "notice.jsonld").is_file()
        languages = sorted(path.name for path in out.iterdir() if path.is_dir())
        assert languages, notice_dir.name
        for lang in languages:
            assert {path.name for path in (out / lang).iterdir()} == {"index.html", "notice.md"}
