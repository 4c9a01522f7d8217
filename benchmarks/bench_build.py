"""Benchmark `noticekit build` against Hugo and MkDocs on the same number of pages (see
benchmarks/README.md).

For each N it writes N synthetic notices in 3 languages, then times, as separate processes and in
the same run: `noticekit build` (HTML + Markdown + JSON-LD, 3N pages), `hugo` and `mkdocs build` on
3N similar Markdown pages. The tools take turns, --repeat rounds; wall and CPU time are medians,
peak memory is the process's own maximum resident set size from `os.wait4`. Ratios make machines
comparable.

    .venv/bin/python benchmarks/bench_build.py                 # N = 50, 167 (≈500 pages), 1000
    .venv/bin/python benchmarks/bench_build.py -n 167 --repeat 5 --json results.json
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import sites  # noqa: E402
import synth  # noqa: E402

TARGET_PAGES = 500
MKDOCS_TARGET = 10.0


@dataclass
class Run:
    """One tool on one N: wall and CPU time (median and best of the runs), peak memory, pages and
    files."""

    tool: str
    notices: int
    pages: int
    wall_median: float
    wall_min: float
    cpu_median: float
    peak_mb: float
    files_out: int


@dataclass
class Job:
    """A tool's command and the folder it writes, for one N."""

    tool: str
    command: list[str]
    out: Path


def run_once(command: list[str]) -> tuple[float, float, float]:
    """Run a command to completion: (wall s, CPU s, peak RSS MB) of that process and what it waited
    for."""
    env = dict(os.environ, NO_COLOR="1", TERM="dumb")
    start = time.perf_counter()
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    error = process.stderr.read().decode("utf-8", "replace") if process.stderr else ""
    if process.returncode != 0:
        raise SystemExit(
            f"{' '.join(command)} failed with exit code {process.returncode}:\n{error[-2000:]}"
        )
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def measure(jobs: list[Job], notices: int, pages: int, repeat: int) -> list[Run]:
    """Run the tools in turn, `repeat` rounds, each from a clean output folder, so load hits all
    alike."""
    samples: dict[str, list[tuple[float, float, float]]] = {job.tool: [] for job in jobs}
    for _ in range(repeat):
        for job in jobs:
            shutil.rmtree(job.out, ignore_errors=True)
            samples[job.tool].append(run_once(job.command))
    runs = []
    for job in jobs:
        walls, cpus, peaks = zip(*samples[job.tool], strict=True)
        files = sum(1 for path in job.out.rglob("*") if path.is_file())
        runs.append(
            Run(
                job.tool,
                notices,
                pages,
                statistics.median(walls),
                min(walls),
                statistics.median(cpus),
                max(peaks),
                files,
            )
        )
    return runs


def compile_noticekit() -> None:
    """Give noticekit's modules their bytecode files, as an installed package has them.

    An editable install run with PYTHONDONTWRITEBYTECODE set (as on some CI machines) would
    otherwise compile ~60 modules from source in every timed run (~0.1 s); the peers' packages
    were compiled when they were installed.
    """
    import compileall
    import importlib.util

    spec = importlib.util.find_spec("noticekit")
    if spec is not None and spec.submodule_search_locations:
        for folder in spec.submodule_search_locations:
            compileall.compile_dir(folder, quiet=1)


def noticekit_command(notices: Path, out: Path) -> list[str]:
    """The `noticekit build` command of the running interpreter's environment."""
    script = Path(sys.executable).with_name("noticekit")
    base = [str(script)] if script.exists() else [sys.executable, "-m", "noticekit"]
    return [*base, "build", str(notices), "--out", str(out)]


def write_inputs(count: int, root: Path, tools: list[str]) -> None:
    """Write `count` synthetic notices into `root/notices`, and their pages for `tools`."""
    notices = synth.write_notices(count, root / "notices")
    if "hugo" in tools:
        sites.write_hugo_site(notices, root / "hugo")
    if "mkdocs" in tools:
        sites.write_mkdocs_site(notices, root / "mkdocs")


def write_inputs_apart(count: int, root: Path, tools: set[str]) -> None:
    """`write_inputs` in a process of its own, so that this one stays small.

    A child's peak memory (`ru_maxrss`) counts the memory of the process it was started from,
    up to its `exec`: generating thousands of notices here would show as the tools' memory.
    """
    here = str(Path(__file__).resolve().parent)
    code = (
        f"import sys; sys.path.insert(0, {here!r}); import bench_build; from pathlib import Path; "
        f"bench_build.write_inputs({count}, Path({str(root)!r}), {sorted(tools)!r})"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def bench_size(count: int, work: Path, repeat: int, tools: set[str]) -> list[Run]:
    """Generate `count` notices and their Markdown twins; time every available tool on them."""
    root = work / f"n{count}"
    shutil.rmtree(root, ignore_errors=True)
    write_inputs_apart(count, root, tools)
    pages = count * len(synth.LANGUAGES)
    jobs = [Job("noticekit", noticekit_command(root / "notices", root / "site"), root / "site")]
    if "hugo" in tools:
        command = ["hugo", "--quiet", "-s", str(root / "hugo"), "-d", str(root / "hugo-public")]
        jobs.append(Job("hugo", command, root / "hugo-public"))
    if "mkdocs" in tools:
        command = [
            str(tools_path("mkdocs")),
            "build",
            "-q",
            "-f",
            str(root / "mkdocs" / "mkdocs.yml"),
            "-d",
            str(root / "mkdocs-site"),
        ]
        jobs.append(Job("mkdocs", command, root / "mkdocs-site"))
    return measure(jobs, count, pages, repeat)


def tools_path(name: str) -> Path | None:
    """A tool from the running environment's bin folder, else from PATH."""
    local = Path(sys.executable).with_name(name)
    found = local if local.exists() else shutil.which(name)
    return Path(found) if found else None


def available_tools() -> tuple[set[str], list[str]]:
    """Which comparison tools are installed, and a note for each missing one."""
    tools, notes = set(), []
    if shutil.which("hugo"):
        tools.add("hugo")
    else:
        notes.append("hugo not installed (Debian: apt-get install hugo); skipped")
    if tools_path("mkdocs"):
        tools.add("mkdocs")
    else:
        notes.append("mkdocs not installed (pip install -e '.[bench]'); skipped")
    return tools, notes


def table(runs: list[Run]) -> str:
    """The results as a Markdown table with wall-time and CPU-time ratios per N."""
    lines = [
        "| notices | pages | tool | wall median (s) | wall min (s) | CPU (s) | peak RSS (MB) | "
        "files out "
        "| ratio (wall) | ratio (CPU) |",
        "|---:|---:|---|---:|---:|---:|---:|---:|---|---|",
    ]
    by_size: dict[int, dict[str, Run]] = {}
    for run in runs:
        by_size.setdefault(run.notices, {})[run.tool] = run
    for size, tools in sorted(by_size.items()):
        mine = tools["noticekit"]
        for run in tools.values():
            wall = cpu = ""
            if run.tool == "hugo":
                wall = f"noticekit / hugo = {mine.wall_median / run.wall_median:.2f}"
                cpu = f"{mine.cpu_median / run.cpu_median:.2f}"
            elif run.tool == "mkdocs":
                wall = f"mkdocs / noticekit = {run.wall_median / mine.wall_median:.2f}"
                cpu = f"{run.cpu_median / mine.cpu_median:.2f}"
            lines.append(
                f"| {size} | {run.pages} | {run.tool} | {run.wall_median:.2f} | {run.wall_min:.2f} "
                f"| {run.cpu_median:.2f} | {run.peak_mb:.0f} | {run.files_out} | {wall} | {cpu} |"
            )
    return "\n".join(lines)


def verdict(runs: list[Run]) -> list[str]:
    """Whether the target holds at the size closest to 500 notice-language pages."""
    sizes = sorted({run.pages for run in runs}, key=lambda pages: abs(pages - TARGET_PAGES))
    if not sizes:
        return []
    at = {run.tool: run for run in runs if run.pages == sizes[0]}
    lines = [f"target checked at {sizes[0]} pages:"]
    mine = at["noticekit"]
    if "hugo" in at:
        ok = mine.wall_median <= at["hugo"].wall_median
        lines.append(
            f"- noticekit (3 formats) <= hugo (Markdown only): {'MET' if ok else 'NOT MET'} "
            f"({mine.wall_median:.2f}s vs {at['hugo'].wall_median:.2f}s)"
        )
    if "mkdocs" in at:
        factor = at["mkdocs"].wall_median / mine.wall_median
        ok = factor >= MKDOCS_TARGET
        lines.append(
            f"- at least {MKDOCS_TARGET:.0f}x faster than mkdocs: {'MET' if ok else 'NOT MET'} "
            f"({factor:.1f}x)"
        )
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "-n",
        "--notices",
        type=int,
        nargs="+",
        default=[50, 167, 1000],
        help="numbers of notices to generate (3 languages each); default 50 167 1000",
    )
    parser.add_argument(
        "--repeat",
        type=int,
        help="runs per tool and size (median reported); default 3, 1 from N=500",
    )
    parser.add_argument(
        "--work", type=Path, help="working folder (default: a temporary one, removed after)"
    )
    parser.add_argument("--json", type=Path, help="also write the results as JSON")
    parser.add_argument(
        "--skip", nargs="*", default=[], choices=["hugo", "mkdocs"], help="tools to leave out"
    )
    args = parser.parse_args(argv)
    if any(not 1 <= n <= 5000 for n in args.notices):
        parser.error("--notices must be between 1 and 5000")
    tools, notes = available_tools()
    tools -= set(args.skip)
    compile_noticekit()
    work = args.work or Path(tempfile.mkdtemp(prefix="noticekit-bench-"))
    try:
        runs = []
        for count in args.notices:
            repeat = args.repeat or (3 if count < 500 else 1)
            runs += bench_size(count, work, repeat, tools)
            print(
                "\n".join(table([r for r in runs if r.notices == count]).splitlines()[2:]),
                file=sys.stderr,
            )
    finally:
        if args.work is None:
            shutil.rmtree(work, ignore_errors=True)
    print(
        f"machine: {platform.platform()}, {os.cpu_count()} CPUs, Python {platform.python_version()}"
    )
    print(table(runs))
    print("\n".join(notes + verdict(runs)))
    if args.json:
        args.json.write_text(
            json.dumps([asdict(run) for run in runs], indent=2) + "\n", encoding="utf-8"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
