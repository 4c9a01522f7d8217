"""Time `noticekit lint` on a notice holding one long run of non-space characters, against yamllint.

Lint time must grow in proportion to the text (issue 8): a notice is untrusted input, and a
pattern that backtracks over a run grows with its square. For each kind of run and each size
this script writes one notice whose retention criteria hold the run (a text that the
readability, hedging and vague-retention rules all scan), then times `noticekit lint` and
`yamllint` (the peer: a YAML linter reading the same file) as separate processes, interleaved,
and prints the median CPU time of each process (user + system: on a shared machine it varies
much less than wall time). Start-up dominates small files, so the growth is read from times
without it: noticekit's load, validate and lint stage timed in this process, and yamllint's
time above its time on the notice without the run. The ratio from one size to the next is
about 10 for a tenfold size when time is linear, about 100 when it is quadratic.

Usage: `python benchmarks/bench_lint_long_text.py [--sizes 10000 100000 1000000] [--runs 5]`.
Notices are limited to 1 MiB, so the largest run is 1,000,000 characters.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

from bench_lint import time_once
from bench_lint import tool

#: Runs that made the old patterns backtrack: letters (e-mail pattern), `@` (e-mail pattern,
#: worse), full stops (sentence end) and `](` (link target).
KINDS = {"letters": "x", "at-signs": "a@", "full-stops": ".", "link-openers": "]("}
NOTICE = """\
id: long-text
title: {{en: Privacy notice}}
version: "1"
languages: [en]
collection: [direct]
controllers:
  - id: acme
    legal_name: Acme AS
    country: "NO"
purposes:
  - id: newsletter
    name: {{en: Newsletter}}
    legal_bases: [A6-1-a]
    retention:
      criteria: {{en: "We keep it {run}"}}
"""


def write_notice(folder: Path, unit: str, size: int) -> Path:
    """`folder/notices/long-text/notice.yaml` with a run of `size` characters made of `unit`."""
    path = folder / "notices" / "long-text" / "notice.yaml"
    path.parent.mkdir(parents=True, exist_ok=True)
    run = (unit * (size // len(unit) + 1))[:size]
    path.write_text(NOTICE.format(run=run), encoding="utf-8")
    return path


def measure(commands: dict[str, list[str]], runs: int) -> dict[str, float]:
    """Median CPU time of each command over `runs` interleaved runs."""
    cpus: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(runs):
        for name, command in commands.items():
            cpus[name].append(time_once(command)[1])
    return {name: statistics.median(values) for name, values in cpus.items()}


def lint_stage(path: Path, runs: int) -> float:
    """Least CPU time of loading, validating and linting `path` in this process (no start-up)."""
    from noticekit.lint.config import LintConfig
    from noticekit.lint.engine import lint_loaded
    from noticekit.validate import load_notices

    best = float("inf")
    for _ in range(runs + 1):  # the first run also builds the rule table and the validators
        started = time.process_time()
        result = load_notices([path], with_positions=True)
        lint_loaded(result.notices, LintConfig())
        best = min(best, time.process_time() - started) if _ else best
    assert result.notices, result.problems  # the rules ran on the notice
    return best


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    parser.add_argument("--runs", type=int, default=5, help="timed runs of each tool (default 5)")
    parser.add_argument("--kinds", nargs="+", choices=list(KINDS), default=list(KINDS))
    args = parser.parse_args()
    print(f"{args.runs} runs each; CPU time: processes median, interleaved; stage least")
    print(
        "| run | characters | noticekit lint (s) | yamllint (s) | noticekit / yamllint "
        "| noticekit stage (s) | × per step | yamllint above empty (s) | × per step |"
    )
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    with tempfile.TemporaryDirectory() as work:
        path = write_notice(Path(work), "x", 0)
        empty = measure(commands_for(path), args.runs)
        stage = lint_stage(path, args.runs)
        cells = [f"{empty['noticekit']:.3f}", f"{empty['yamllint']:.3f}", "", f"{stage:.4f}"]
        print(f"| none | 0 | {' | '.join(cells)} | | | |")
        for kind in args.kinds:
            previous: tuple[float, float] | None = None
            for size in sorted(args.sizes):
                path = write_notice(Path(work), KINDS[kind], size)
                commands = commands_for(path)
                measure(commands, 1)  # warm-up: the file in the page cache
                times = measure(commands, args.runs)
                stage = lint_stage(path, args.runs)
                above = max(times["yamllint"] - empty["yamllint"], 1e-3)
                steps = ["", ""]
                if previous:
                    pairs = zip((stage, above), previous, strict=True)
                    steps = [f"{now / then:.1f}" for now, then in pairs]
                cells = [
                    f"{times['noticekit']:.3f}", f"{times['yamllint']:.3f}",
                    f"{times['noticekit'] / times['yamllint']:.2f}",
                    f"{stage:.4f}", steps[0], f"{above:.3f}", steps[1],
                ]  # fmt: skip
                print(f"| {kind} | {size:,} | {' | '.join(cells)} |", flush=True)
                previous = (stage, above)
    return 0


def commands_for(path: Path) -> dict[str, list[str]]:
    """The two commands on one notice file, each tool from the venv (or PATH)."""
    return {
        "noticekit": [tool("noticekit"), "lint", "--format", "text", str(path)],
        "yamllint": [tool("yamllint"), "--format", "parsable", str(path)],
    }


if __name__ == "__main__":
    sys.exit(main())
