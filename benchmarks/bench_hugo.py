"""Issue 10's comparison: `noticekit build` of N notices like `notices/example` against Hugo.

N copies of `notices/example/notice.yaml` (each with its own id and a numbered title, so no two
are identical) are built by `noticekit build` into 3N pages in three formats (HTML, Markdown,
JSON-LD), and Hugo builds the same 3N `notice.md` files that noticekit writes, with a minimal
layout (`sites.py`). Both run as separate processes, in turns, each from an empty output folder;
wall and CPU time are medians, memory the process's own peak resident set size (`os.wait4`).
noticekit builds with `--no-history`: the current pages only, the pages Hugo builds (`--history`
adds the look for earlier versions in git, which finds none here).

    .venv/bin/python benchmarks/bench_hugo.py                    # N = 300, 5 rounds
    .venv/bin/python benchmarks/bench_hugo.py -n 300 --repeat 9 --work /tmp/bench-hugo
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import sites  # noqa: E402
from bench_build import Job  # noqa: E402
from bench_build import compile_noticekit  # noqa: E402
from bench_build import measure  # noqa: E402
from bench_build import noticekit_command  # noqa: E402
from bench_build import table  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "notices" / "example" / "notice.yaml"
#: Hugo renders the raw HTML anchors in noticekit's Markdown, as a Markdown reader would.
HUGO_MARKUP = "\n[markup.goldmark.renderer]\nunsafe = true\n"


def example_copies(count: int, folder: Path) -> list[str]:
    """Write `count` copies of the example notice as `<folder>/<id>/notice.yaml`; returns the ids.

    Copy `i` has the id `example-<i>` and its number after each title, so every page differs.
    """
    text = EXAMPLE.read_text(encoding="utf-8")
    title = re.search(r"^title:\n((?:  \w\w: .*\n)+)", text, flags=re.MULTILINE)
    if title is None or "\nid: example\n" not in text:
        raise SystemExit(f"{EXAMPLE}: no `id: example` or `title:` block to vary")
    ids = []
    for number in range(1, count + 1):
        notice_id = f"example-{number:04d}"
        titles = re.sub(r"\n", f" {number}\n", title.group(1))
        copy = text[: title.start(1)] + titles + text[title.end(1) :]
        copy = copy.replace("\nid: example\n", f"\nid: {notice_id}\n", 1)
        (folder / notice_id).mkdir(parents=True, exist_ok=True)
        (folder / notice_id / "notice.yaml").write_text(copy, encoding="utf-8")
        ids.append(notice_id)
    return ids


def write_hugo_site(notices: Path, root: Path) -> int:
    """A minimal Hugo site whose pages are noticekit's own `notice.md` files; returns the count."""
    markdown = root.with_name(root.name + "-md")
    command = noticekit_command(notices, markdown)
    subprocess.run([*command, "--format", "md", "--no-history"], check=True, capture_output=True)
    (root / "layouts" / "_default").mkdir(parents=True, exist_ok=True)
    (root / "config.toml").write_text(sites.HUGO_CONFIG + HUGO_MARKUP, encoding="utf-8")
    (root / "layouts" / "_default" / "single.html").write_text(sites.HUGO_SINGLE, encoding="utf-8")
    (root / "layouts" / "_default" / "list.html").write_text(sites.HUGO_LIST, encoding="utf-8")
    count = 0
    for page in sorted(markdown.glob("*/*/notice.md")):
        body = page.read_text(encoding="utf-8")
        title = body.partition("\n")[0].removeprefix("# ").replace('"', '\\"')
        lang = page.parent.name
        target = root / "content" / page.parent.parent.name / f"{lang}.md"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(f'---\ntitle: "{title}"\nlang: {lang}\n---\n\n{body}', encoding="utf-8")
        count += 1
    shutil.rmtree(markdown)
    return count


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", "--notices", type=int, default=300, help="copies (default 300)")
    parser.add_argument("--repeat", type=int, default=5, help="rounds (default 5)")
    parser.add_argument("--work", type=Path, help="working folder (default: temporary, removed)")
    parser.add_argument(
        "--history",
        action="store_true",
        help="build without --no-history (the notices are outside git: only the check is paid)",
    )
    args = parser.parse_args(argv)
    if shutil.which("hugo") is None:
        raise SystemExit("hugo is not installed (Debian: apt-get install hugo)")
    compile_noticekit()
    work = args.work or Path(tempfile.mkdtemp(prefix="noticekit-bench-hugo-"))
    try:
        shutil.rmtree(work / "notices", ignore_errors=True)
        shutil.rmtree(work / "hugo", ignore_errors=True)
        example_copies(args.notices, work / "notices")
        pages = write_hugo_site(work / "notices", work / "hugo")
        build = noticekit_command(work / "notices", work / "site")
        jobs = [
            Job("noticekit", build if args.history else [*build, "--no-history"], work / "site"),
            Job(
                "hugo",
                ["hugo", "--quiet", "-s", str(work / "hugo"), "-d", str(work / "hugo-public")],
                work / "hugo-public",
            ),
        ]
        runs = measure(jobs, args.notices, pages, args.repeat)
    finally:
        if args.work is None:
            shutil.rmtree(work, ignore_errors=True)
    hugo_version = subprocess.run(["hugo", "version"], capture_output=True, text=True).stdout
    print(
        f"machine: {platform.platform()}, {os.cpu_count()} CPUs, "
        f"Python {platform.python_version()}; {hugo_version.split(' ')[1]}; {args.repeat} rounds"
    )
    print(table(runs))
    mine, hugo = runs
    ratio = mine.wall_median / hugo.wall_median
    verdict = "MET" if ratio <= 1.0 else "NOT MET"
    print(f"target noticekit <= 1.0x hugo (wall): {verdict} ({ratio:.2f}x)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
