"""Maintain the gettext catalogs: `python -m noticekit.i18n.tools.catalogs
extract|update|compile|check`.

- `extract` writes `src/noticekit/locale/<domain>.pot` from the sources (see `babel.cfg`).
- `update` extracts, then merges each `.pot` into `<lang>/LC_MESSAGES/<domain>.po` for
  every shipped language, creating missing files; existing translations are kept, changed
  messages come back fuzzy, removed ones stay as obsolete `#~` entries. In `en`, the
  source language, an empty msgstr is filled with its msgid.
- `compile` writes `<lang>/LC_MESSAGES/<domain>.mo` from each `.po` (fuzzy entries left out),
  byte-identical on a re-run; these are what `noticekit build` loads.
- `check` fails when a `.pot` is out of date, a message is untranslated or fuzzy, or a
  `.mo` is missing or differs from what compiling its `.po` gives.

Files are only rewritten when more than their date headers change; locations are written
without line numbers, so moving a string inside a file does not touch the catalogs.
"""

from __future__ import annotations

import argparse
import sys
from io import BytesIO
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.mofile import read_mo
from babel.messages.mofile import write_mo
from babel.messages.pofile import write_po

from noticekit.errors import NoticekitError
from noticekit.i18n.languages import SOURCE_LANGUAGE
from noticekit.i18n.loading import DOMAINS
from noticekit.i18n.tools.checks import read_po_file
from noticekit.i18n.tools.checks import template_drift
from noticekit.i18n.tools.checks import translation_problems
from noticekit.i18n.tools.extraction import extract_template
from noticekit.i18n.tools.extraction import repository_root
from noticekit.models.types import SHIPPED_LANGUAGES

LOCALE_DIR = Path("src/noticekit/locale")
DATE_HEADERS = (b'"POT-Creation-Date:', b'"PO-Revision-Date:')


def _without_dates(content: bytes) -> list[bytes]:
    return [line for line in content.splitlines() if not line.startswith(DATE_HEADERS)]


def write_if_changed(path: Path, catalog: Catalog) -> bool:
    """Write a PO/POT file unless only its date headers would change; True if written."""
    buffer = BytesIO()
    write_po(buffer, catalog, width=88, include_previous=True, include_lineno=False)
    content = buffer.getvalue()
    if path.is_file() and _without_dates(path.read_bytes()) == _without_dates(content):
        return False
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content)
    return True


def po_path(locale_dir: Path, lang: str, domain: str) -> Path:
    return locale_dir / lang / "LC_MESSAGES" / f"{domain}.po"


def mo_path(locale_dir: Path, lang: str, domain: str) -> Path:
    return po_path(locale_dir, lang, domain).with_suffix(".mo")


def compile_po(path: Path, lang: str, domain: str) -> bytes:
    """Compile a PO file into `.mo` bytes; fuzzy entries are left out."""
    buffer = BytesIO()
    write_mo(buffer, read_po_file(path, lang, domain), use_fuzzy=False)
    return buffer.getvalue()


def compile_all(root: Path, langs=SHIPPED_LANGUAGES, domains=DOMAINS) -> None:
    """Write the `.mo` of every PO file that changed since it was last compiled."""
    for domain in domains:
        for lang in langs:
            target = mo_path(root / LOCALE_DIR, lang, domain)
            content = compile_po(po_path(root / LOCALE_DIR, lang, domain), lang, domain)
            if not target.is_file() or target.read_bytes() != content:
                target.write_bytes(content)
                print(f"wrote {target.relative_to(root)}")


def _messages(mo: bytes) -> tuple[str, dict[tuple[object, object], object]]:
    """What a `.mo` file translates, and its plural rule: not its header's Babel version or
    dates."""
    catalog = read_mo(BytesIO(mo))
    translated: dict[tuple[object, object], object] = {
        (message.id, message.context): message.string for message in catalog if message.id
    }
    return catalog.plural_forms, translated


def compiled_problems(root: Path, langs=SHIPPED_LANGUAGES, domains=DOMAINS) -> list[str]:
    """`.mo` files that are missing or differ from what compiling their `.po` gives now."""
    problems = []
    for domain in domains:
        for lang in langs:
            target = mo_path(root / LOCALE_DIR, lang, domain)
            where = target.relative_to(root)
            source = po_path(root / LOCALE_DIR, lang, domain)
            if not target.is_file():
                problems.append(f"{where} is missing: run `make i18n-compile`")
            elif _messages(target.read_bytes()) != _messages(compile_po(source, lang, domain)):
                problems.append(f"{where} does not match its .po file: run `make i18n-compile`")
    return problems


def extract(root: Path, domains=DOMAINS) -> dict[str, Catalog]:
    """Write the `.pot` of each domain; return the templates."""
    templates = {domain: extract_template(root, domain) for domain in domains}
    for domain, template in templates.items():
        if write_if_changed(root / LOCALE_DIR / f"{domain}.pot", template):
            print(f"wrote {LOCALE_DIR / f'{domain}.pot'}")
    return templates


def merge_into_po(template: Catalog, path: Path, lang: str, domain: str) -> Catalog:
    """Merge a template into an existing PO file (or a new one) and return the catalog."""
    if path.is_file():
        catalog = read_po_file(path, lang, domain)
    else:
        catalog = Catalog(
            locale=lang,
            domain=domain,
            project=template.project,
            fuzzy=False,
            copyright_holder=template.copyright_holder,
            language_team=f"{lang} <noticekit>",
        )
    catalog.update(template)
    if lang == SOURCE_LANGUAGE:
        for message in catalog:
            if message.id and (message.fuzzy or not any(_as_tuple(message.string))):
                message.string = message.id
                message.flags.discard("fuzzy")
    return catalog


def _as_tuple(value) -> tuple:
    return value if isinstance(value, tuple) else (value,)


def update(root: Path, langs=SHIPPED_LANGUAGES, domains=DOMAINS) -> None:
    """Extract, then update every PO file of the given languages and domains."""
    templates = extract(root, domains)
    for domain, template in templates.items():
        for lang in langs:
            path = po_path(root / LOCALE_DIR, lang, domain)
            if write_if_changed(path, merge_into_po(template, path, lang, domain)):
                print(f"wrote {path.relative_to(root)}")


def check(root: Path, langs=SHIPPED_LANGUAGES, domains=DOMAINS) -> list[str]:
    """All problems: out-of-date templates, untranslated, fuzzy or broken messages, stale `.mo`."""
    problems: list[str] = []
    for domain in domains:
        pot = root / LOCALE_DIR / f"{domain}.pot"
        problems += template_drift(read_po_file(pot), extract_template(root, domain), str(pot))
        for lang in langs:
            path = po_path(root / LOCALE_DIR, lang, domain)
            problems += translation_problems(
                read_po_file(path, lang, domain), str(path.relative_to(root))
            )
    return problems + compiled_problems(root, langs, domains)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m noticekit.i18n.tools.catalogs", description=__doc__.split("\n")[0]
    )
    parser.add_argument("command", choices=("extract", "update", "compile", "check"))
    parser.add_argument(
        "--domain", choices=DOMAINS, action="append", help="only this domain (repeatable)"
    )
    args = parser.parse_args(argv)
    domains = tuple(args.domain or DOMAINS)
    try:
        root = repository_root()
        if args.command == "extract":
            extract(root, domains)
        elif args.command == "update":
            update(root, domains=domains)
        elif args.command == "compile":
            compile_all(root, domains=domains)
        else:
            problems = check(root, domains=domains)
            for problem in problems:
                print(problem, file=sys.stderr)
            return 1 if problems else 0
    except NoticekitError as error:
        print(f"Error: {error.format_message()}", file=sys.stderr)
        return error.exit_code
    return 0


if __name__ == "__main__":
    sys.exit(main())
