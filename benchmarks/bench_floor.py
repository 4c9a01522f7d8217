"""The least any Python build of these notices can cost here: start-up, libyaml's events, file
creation.

    .venv/bin/python benchmarks/bench_floor.py -n 167       # then compare with Hugo's wall time
    from bench_build.py

Three costs no change to noticekit's own code removes, given the design's packages and the output
layout of issue 3, each timed alone (median of --runs):

1. start-up: a Python process importing pydantic, PyYAML, Jinja2, markdown-it-py, Babel and typer,
   and nothing of noticekit;
2. YAML: only iterating libyaml's parse events (PyYAML's C parser) over every notice, building
   nothing;
3. files: creating the build's folders and files (7N + 1 files, 4N + 1 folders) with the build's
   sizes, in a fresh folder.

The floor in wall time on C cores is start-up + (YAML + files) / C: validation, view data, JSON-LD,
HTML and Markdown come on top of it.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))

IMPORTS = "import pydantic, yaml, jinja2, markdown_it, babel.core, babel.support, typer"
PAGE_SIZES = {"index.html": 93_000, "notice.md": 21_000}
JSONLD_SIZE = 59_000


def start_up() -> float:
    started = time.perf_counter()
    subprocess.run([sys.executable, "-c", IMPORTS], check=True)
    return time.perf_counter() - started


def yaml_events(texts: list[str]) -> float:
    started = time.process_time()
    for text in texts:
        for _ in yaml.parse(text, Loader=yaml.CSafeLoader):
            pass
    return time.process_time() - started


def create_files(count: int, languages: tuple[str, ...], root: Path) -> float:
    shutil.rmtree(root, ignore_errors=True)
    root.mkdir()
    started = time.perf_counter()
    for index in range(count):
        notice = root / f"org-{index:04d}"
        for lang in languages:
            os.makedirs(notice / lang)
            for name, size in PAGE_SIZES.items():
                (notice / lang / name).write_bytes(b"x" * size)
        (notice / "notice.jsonld").write_bytes(b"x" * JSONLD_SIZE)
    (root / "index.html").write_bytes(b"x" * 70_000)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("-n", type=int, default=167, help="synthetic notices (default 167)")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    import synth

    with tempfile.TemporaryDirectory(prefix="noticekit-floor-") as work:
        synth.write_notices(args.n, Path(work) / "notices")
        texts = [
            path.read_text(encoding="utf-8")
            for path in sorted(Path(work).glob("notices/*/notice.yaml"))
        ]
        runs = {
            "start-up (imports of the design's packages)": [start_up() for _ in range(args.runs)],
            "YAML (libyaml events only, CPU)": [yaml_events(texts) for _ in range(args.runs)],
            "files (create the site's files)": [
                create_files(args.n, synth.LANGUAGES, Path(work) / "site") for _ in range(args.runs)
            ],
        }
    cores = (
        len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    )
    medians = {name: statistics.median(values) for name, values in runs.items()}
    print(
        f"| cost ({args.n} notices, {args.n * len(synth.LANGUAGES)} pages) | median (s) "
        "|\n|---|---:|"
    )
    for name, value in medians.items():
        print(f"| {name} | {value:.3f} |")
    start, parse, files = medians.values()
    print(
        f"| **floor on {cores} cores: start-up + (YAML + files) / {cores}** | "
        f"**{start + (parse + files) / cores:.3f}** |"
    )


if __name__ == "__main__":
    main()
