"""Time the whole `noticekit lint` process against `yamllint` on the shipped notices, side by side.

Both tools run as separate processes on the same files (notices/*/notice.yaml), interleaved, after
one warm-up run each; the median of `--runs` runs is compared. noticekit does more (YAML loading
with positions, schema validation, cross-references and every GDPR rule), so the target is to be
no slower than yamllint. Usage: `python benchmarks/bench_lint.py [--runs 10] [--check]`.
"""

from __future__ import annotations

import argparse
import resource
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent


def tool(name: str) -> str:
    """The venv's own script if there is one, else the one on PATH."""
    local = BIN / name
    found = str(local) if local.exists() else shutil.which(name)
    if found is None:
        sys.exit(
            f"error: {name} is not installed; run `make bench-lint` or `pip install -e '.[bench]'`"
        )
    return found


def time_once(command: list[str]) -> tuple[float, float]:
    """Wall-clock seconds of one run of `command`, and the CPU seconds (user + system) it used."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(
        command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False
    )
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10, help="timed runs of each tool (default 10)")
    parser.add_argument(
        "--check", action="store_true", help="exit 1 when noticekit is slower than yamllint"
    )
    args = parser.parse_args()
    files = [str(path.relative_to(ROOT)) for path in sorted(ROOT.glob("notices/*/notice.yaml"))]
    if not files:
        sys.exit("error: no notices/*/notice.yaml to lint")
    commands = {
        "noticekit lint": [tool("noticekit"), "lint", "--format", "text", *files],
        "yamllint": [tool("yamllint"), "--format", "parsable", *files],
    }
    for command in commands.values():
        time_once(command)
    walls: dict[str, list[float]] = {name: [] for name in commands}
    cpus: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(args.runs):
        for name, command in commands.items():
            wall, cpu = time_once(command)
            walls[name].append(wall)
            cpus[name].append(cpu)
    lines = sum(len((ROOT / file).read_text(encoding="utf-8").splitlines()) for file in files)
    print(
        f"{len(files)} notices, {lines} lines: {', '.join(files)}; "
        f"{args.runs} runs each, interleaved"
    )
    print(f"{'tool':<16}{'median':>10}{'min':>10}{'max':>10}{'cpu median':>12}")
    for name, values in walls.items():
        row = f"{statistics.median(values):>9.3f}s{min(values):>9.3f}s{max(values):>9.3f}s"
        print(f"{name:<16}{row}{statistics.median(cpus[name]):>11.3f}s")
    ratio = statistics.median(walls["noticekit lint"]) / statistics.median(walls["yamllint"])
    cpu_ratio = statistics.median(cpus["noticekit lint"]) / statistics.median(cpus["yamllint"])
    verdict = "no slower than yamllint" if ratio <= 1 else "SLOWER than yamllint"
    print(
        f"ratio noticekit/yamllint, median wall time: {ratio:.2f} ({verdict}); "
        f"median CPU time: {cpu_ratio:.2f}"
    )
    return 1 if args.check and ratio > 1 else 0


if __name__ == "__main__":
    sys.exit(main())
