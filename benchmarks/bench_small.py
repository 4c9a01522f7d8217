"""A small repository: `noticekit build` of the shipped notices against the bare import of packages.

Issue 10's target: building the three notices in `notices/` (all formats, with the earlier versions
from git) takes at most 2.5x a Python process that only imports the design's packages
(`python -c 'import pydantic, yaml, jinja2, markdown_it, typer'`). Both run as separate processes,
alternating, after one warm-up run each (the second build reuses the compiled templates, as every
build after the first does); medians of `--runs` runs are compared.

    .venv/bin/python benchmarks/bench_small.py              # 15 runs each
    .venv/bin/python benchmarks/bench_small.py --runs 31 --check
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_build import compile_noticekit  # noqa: E402
from bench_build import noticekit_command  # noqa: E402
from bench_build import run_once  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
TARGET = 2.5
IMPORTS = "import pydantic, yaml, jinja2, markdown_it, typer"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15, help="timed runs of each (default 15)")
    parser.add_argument("--check", action="store_true", help="exit 1 when the target is missed")
    args = parser.parse_args(argv)
    compile_noticekit()
    out = Path(tempfile.mkdtemp(prefix="noticekit-bench-small-")) / "site"
    commands = {
        "noticekit build": noticekit_command(ROOT / "notices", out),
        "bare imports": [sys.executable, "-c", IMPORTS],
    }
    samples: dict[str, list[tuple[float, float, float]]] = {name: [] for name in commands}
    try:
        for command in commands.values():
            run_once(command)
        for _ in range(args.runs):
            for name, command in commands.items():
                samples[name].append(run_once(command))
    finally:
        shutil.rmtree(out.parent, ignore_errors=True)
    print(f"{args.runs} runs each, alternating; the three notices in {ROOT / 'notices'}")
    print("| command | wall median (s) | wall min (s) | CPU median (s) | peak RSS (MB) |")
    print("|---|---:|---:|---:|---:|")
    for name, runs in samples.items():
        walls, cpus, peaks = zip(*runs, strict=True)
        print(
            f"| {name} | {statistics.median(walls):.3f} | {min(walls):.3f} "
            f"| {statistics.median(cpus):.3f} | {max(peaks):.0f} |"
        )
    build, bare = (statistics.median(wall for wall, _, _ in runs) for runs in samples.values())
    ratio = build / bare
    cpu = statistics.median(c for _, c, _ in samples["noticekit build"]) / statistics.median(
        c for _, c, _ in samples["bare imports"]
    )
    verdict = "MET" if ratio <= TARGET else "NOT MET"
    print(
        f"noticekit build / bare imports = {ratio:.2f} (CPU {cpu:.2f}); target <= {TARGET}: ",
        end="",
    )
    print(verdict)
    return 1 if args.check and ratio > TARGET else 0


if __name__ == "__main__":
    raise SystemExit(main())
