"""The Hugo and MkDocs side of the benchmark: the same notices as plain Markdown pages, and the two
sites."""

from __future__ import annotations

from pathlib import Path
from typing import Any

HEADINGS = {
    "nb": (
        "Sammendrag",
        "Hvem er ansvarlig",
        "Hva vi bruker opplysningene til",
        "Opplysninger vi behandler",
        "Mottakere",
        "Overføringer",
        "Dine rettigheter",
        "Kontakt oss",
        "Sikkerhet",
        "Rettslig grunnlag",
        "Lagringstid",
        "Berettiget interesse",
    ),
    "en": (
        "Summary",
        "Who is responsible",
        "What we use your data for",
        "Data we process",
        "Recipients",
        "Transfers",
        "Your rights",
        "Contact us",
        "Security",
        "Legal basis",
        "Retention",
        "Legitimate interest",
    ),
    "sv": (
        "Sammanfattning",
        "Vem är ansvarig",
        "Vad vi använder uppgifterna till",
        "Uppgifter vi behandlar",
        "Mottagare",
        "Överföringar",
        "Dina rättigheter",
        "Kontakta oss",
        "Säkerhet",
        "Rättslig grund",
        "Lagringstid",
        "Berättigat intresse",
    ),
}

HUGO_CONFIG = """baseURL = "https://bench.example/"
title = "noticekit benchmark"
disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]
"""

HUGO_SINGLE = """<!doctype html>
<html lang="{{ .Params.lang }}"><head><meta charset="utf-8"><title>{{ .Title }}</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body><nav>{{ .TableOfContents }}</nav><main>{{ .Content }}</main></body></html>
"""

HUGO_LIST = """<!doctype html>
<html><head><meta charset="utf-8"><title>{{ .Title }}</title></head>
<body><ul>{{ range .RegularPagesRecursive }}
<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>
</body></html>
"""

MKDOCS_CONFIG = """site_name: noticekit benchmark
docs_dir: docs
theme:
  name: mkdocs
nav:
  - Home: index.md
"""


def page(notice: dict[str, Any], lang: str) -> str:
    """One notice in one language as a Markdown page with the same parts as noticekit's
    `notice.md`."""
    h = HEADINGS[lang]
    t = lambda text: text[lang]  # noqa: E731
    lines = [
        "---",
        f'title: "{t(notice["title"])}"',
        f"lang: {lang}",
        "---",
        "",
        f"# {t(notice['title'])}",
        "",
    ]
    lines += [f"## {h[0]}", ""]
    lines += [
        f"- [{t(p['name'])}](#purpose-{p['id']}): {', '.join(p['legal_bases'])}"
        for p in notice["purposes"]
    ]
    lines += [
        "",
        t(notice["introduction"]),
        "",
        t(notice["scope"]["covers"]),
        "",
        t(notice["scope"]["excludes"]),
        "",
    ]
    lines += [f"## {h[1]}", ""]
    for controller in notice["controllers"]:
        address = controller["address"]
        lines += [
            f"### {controller['legal_name']}",
            "",
            t(controller["responsibility"]),
            "",
            f"{address['lines'][0]}\\",
            f"{address['postal_code']} {address['city']}",
            "",
            f"- [{controller['email']}](mailto:{controller['email']})",
            "",
        ]
    lines += [f"## {h[2]}", ""]
    for purpose in notice["purposes"]:
        lines += [
            f"### {t(purpose['name'])}",
            "",
            t(purpose["description"]),
            "",
            f"**{h[9]}:** {', '.join(purpose['legal_bases'])}",
            "",
            f"**{h[10]}:** {purpose['retention']['duration']}. "
            f"{t(purpose['retention']['criteria'])}",
            "",
        ]
        if "legitimate_interest" in purpose:
            lines += [f"**{h[11]}:** {t(purpose['legitimate_interest'])}", ""]
        lines += [f"- {category}" for category in purpose["data_categories"]] + [""]
    lines += [f"## {h[3]}", "", "| | |", "|---|---|"]
    lines += [f"| {t(d['name'])} | {t(d['description'])} |" for d in notice["data_categories"]] + [
        ""
    ]
    lines += [f"## {h[4]}", ""] + [
        f"- **{t(r['category'])}**: {t(r['description'])}" for r in notice["recipients"]
    ]
    lines += ["", f"## {h[5]}", ""]
    lines += [
        f"- {', '.join(x['countries'])}: {', '.join(x['mechanisms'])}. {t(x['safeguards_copy'])}"
        for x in notice["transfers"]
    ]
    lines += ["", f"## {h[6]}", ""]
    for right in notice["rights"]:
        lines += [
            f"### {right['right']}",
            "",
            t(right["description"]),
            "",
            t(right["how_to_exercise"]),
            "",
        ]
    lines += [
        f"## {h[7]}",
        "",
        f"- [{notice['dpo']['email']}](mailto:{notice['dpo']['email']})",
        "",
    ]
    lines += [f"## {h[8]}", ""] + [f"- {t(text)}" for text in notice["security"]] + [""]
    return "\n".join(lines)


def write_pages(notices: list[dict[str, Any]], content: Path) -> int:
    """Write every notice in every language as `content/<id>/<lang>.md`; returns the page count."""
    count = 0
    for notice in notices:
        folder = content / notice["id"]
        folder.mkdir(parents=True, exist_ok=True)
        for lang in notice["languages"]:
            (folder / f"{lang}.md").write_text(page(notice, lang), encoding="utf-8")
            count += 1
    return count


def write_hugo_site(notices: list[dict[str, Any]], root: Path) -> int:
    """A minimal Hugo site: config, a single and a list layout, and the pages."""
    (root / "layouts" / "_default").mkdir(parents=True, exist_ok=True)
    (root / "config.toml").write_text(HUGO_CONFIG, encoding="utf-8")
    (root / "layouts" / "_default" / "single.html").write_text(HUGO_SINGLE, encoding="utf-8")
    (root / "layouts" / "_default" / "list.html").write_text(HUGO_LIST, encoding="utf-8")
    return write_pages(notices, root / "content")


def write_mkdocs_site(notices: list[dict[str, Any]], root: Path) -> int:
    """A minimal MkDocs site with the built-in theme; a one-entry nav keeps it from listing every
    page."""
    (root / "docs").mkdir(parents=True, exist_ok=True)
    (root / "mkdocs.yml").write_text(MKDOCS_CONFIG, encoding="utf-8")
    (root / "docs" / "index.md").write_text("# noticekit benchmark\n", encoding="utf-8")
    return write_pages(notices, root / "docs")
