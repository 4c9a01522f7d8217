"""Extract the message templates (`.pot`) of the two domains from the sources with Babel."""

from __future__ import annotations

from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import DEFAULT_KEYWORDS
from babel.messages.extract import extract_from_dir
from babel.messages.extract import extract_from_file
from babel.messages.frontend import parse_mapping_cfg
from babel.util import pathmatch

from noticekit.errors import UsageError

#: domain -> sources relative to the repository root (folders or files; missing ones are skipped).
DOMAIN_SOURCES: dict[str, tuple[str, ...]] = {
    "legal": ("src/noticekit/i18n/legal",),
    "ui": (
        "src/noticekit/i18n/ui_labels.py",
        "templates",
        "src/noticekit/render",
        "src/noticekit/diff/rules.py",
        "src/noticekit/diff/wording.py",
    ),
}
MAPPING_FILE = "babel.cfg"
COMMENT_TAGS = ("TRANSLATORS:",)
PROJECT = "noticekit"


def repository_root() -> Path:
    """The checkout this module lives in; extraction needs the sources, not an installed wheel."""
    root = Path(__file__).resolve().parents[4]
    if not (root / MAPPING_FILE).is_file():
        raise UsageError(f'no "{MAPPING_FILE}" in "{root}": run this from a noticekit checkout')
    return root


def read_mapping(root: Path) -> tuple[list[tuple[str, str]], dict[str, dict[str, str]]]:
    """Read the method map and options of `babel.cfg`."""
    with (root / MAPPING_FILE).open(encoding="utf-8") as mapping_file:
        return parse_mapping_cfg(mapping_file, filename=str(root / MAPPING_FILE))


def _extract_file(path: Path, relative: str, mapping) -> list[tuple]:
    method_map, options_map = mapping
    for pattern, method in method_map:
        if pathmatch(pattern, path.name) or pathmatch(pattern, relative):
            found = extract_from_file(
                method,
                path,
                keywords=DEFAULT_KEYWORDS,
                comment_tags=COMMENT_TAGS,
                options=options_map.get(pattern, {}),
                strip_comment_tags=True,
            )
            return [(relative, *message) for message in found]
    return []


def extract_messages(
    root: Path, domain: str
) -> list[tuple[str, int, str | tuple[str, ...], list[str], str | None]]:
    """Return `(file, line, message, comments, context)` for each message of `domain`."""
    mapping = read_mapping(root)
    found: list[tuple] = []
    for source in DOMAIN_SOURCES[domain]:
        path = root / source
        if path.is_file():
            found += _extract_file(path, source, mapping)
        elif path.is_dir():
            for filename, *message in extract_from_dir(
                path,
                *mapping,
                keywords=DEFAULT_KEYWORDS,
                comment_tags=COMMENT_TAGS,
                strip_comment_tags=True,
            ):
                found.append((f"{source}/{filename}", *message))
    return found


def extract_template(root: Path, domain: str, version: str = "") -> Catalog:
    """Build the `.pot` catalog of one domain."""
    template = Catalog(
        domain=domain,
        project=PROJECT,
        version=version,
        fuzzy=False,
        copyright_holder="noticekit contributors",
        charset="utf-8",
    )
    for filename, lineno, message, comments, context in extract_messages(root, domain):
        template.add(
            message,
            None,
            [(filename, lineno)],
            auto_comments=comments,
            context=context,
        )
    return template
