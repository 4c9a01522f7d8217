"""Benchmark incremental builds: a rebuild with nothing changed, and with one notice changed, as a
share of a full build of the same notices, measured side by side (see benchmarks/README.md).

For each N it writes N synthetic notices (`synth.py`, like notices/example, in nb, en and sv) and
times, as separate `noticekit build --no-history` processes, in turns, --repeat rounds:

- full: `--clean` (every notice rendered), into the site the previous round left;
- nothing changed: the same build without `--clean`;
- one changed: one notice's file edited (a text changed), then the same build.

    .venv/bin/python benchmarks/bench_incremental.py                # N = 300, 1000
    .venv/bin/python benchmarks/bench_incremental.py -n 300 --repeat 5
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import synth  # noqa: E402
from bench_build import compile_noticekit  # noqa: E402
from bench_build import noticekit_command  # noqa: E402
from bench_build import run_once  # noqa: E402

#: (nothing changed, one notice changed) as the largest share of a full build, by N (issue 10).
TARGETS = {300: (0.20, 0.30), 1000: (0.15, 0.25)}
KINDS = ("full", "nothing changed", "one changed")


def edit_one(notices: Path, round_number: int) -> None:
    """Change a text of the first notice (its introduction), differently in every round."""
    path = sorted(notices.glob("*/notice.yaml"))[0]
    text = path.read_text(encoding="utf-8")
    marker = "introduction:\n  nb: "
    assert marker in text, "the synthetic notice has no Norwegian introduction"
    path.write_text(text.replace(marker, f"{marker}Runde {round_number}. ", 1), encoding="utf-8")


def bench_size(count: int, work: Path, repeat: int) -> dict[str, list[float]]:
    """Wall times (s) of each kind of build of `count` notices, `repeat` rounds."""
    notices, out = work / f"notices-{count}", work / f"site-{count}"
    synth.write_notices(count, notices)
    command = [*noticekit_command(notices, out), "--no-history"]
    run_once(command)  # the first site, and warm caches
    times: dict[str, list[float]] = {kind: [] for kind in KINDS}
    for round_number in range(repeat):
        times["full"].append(run_once([*command, "--clean"])[0])
        times["nothing changed"].append(run_once(command)[0])
        edit_one(notices, round_number)
        times["one changed"].append(run_once(command)[0])
    return times


def verdict(share: float, target: float | None) -> str:
    if target is None:
        return ""
    return f"≤ {target:.0%} " + ("met" if share <= target else "**missed**")


def table(results: dict[int, dict[str, list[float]]]) -> list[str]:
    lines = [
        "| notices | build | wall median (s) | wall min (s) | share of full (median) | target |",
        "|---:|---|---:|---:|---:|---:|",
    ]
    for count, times in results.items():
        full = statistics.median(times["full"])
        targets = dict(zip(KINDS[1:], TARGETS.get(count, (None, None)), strict=True))
        for kind in KINDS:
            median = statistics.median(times[kind])
            share = "" if kind == "full" else f"{median / full:.0%}"
            lines.append(
                f"| {count} | {kind} | {median:.2f} | {min(times[kind]):.2f} | {share} "
                f"| {verdict(median / full, targets.get(kind))} |"
            )
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, nargs="+", default=[300, 1000], help="numbers of notices")
    parser.add_argument("--repeat", type=int, default=3, help="rounds per N (default 3)")
    args = parser.parse_args()
    compile_noticekit()
    with tempfile.TemporaryDirectory(prefix="nk-bench-incremental-") as folder:
        results = {count: bench_size(count, Path(folder), args.repeat) for count in args.n}
    print("\n".join(table(results)))


if __name__ == "__main__":
    main()
