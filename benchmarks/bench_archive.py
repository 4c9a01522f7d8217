"""Benchmark the archive: one notice with 50 versions in git against 50 independent notices.

Both builds render the same number of notice pages (50 notices x 3 languages x HTML, Markdown and
JSON-LD); the archive adds reading git (one `git log`, one `git cat-file --batch`), the semantic
diff of each version with the one before, the list of versions, the changes pages and the feed.
Issue 11's target: the archive of 50 versions builds in at most 2x the time of 50 independent
notices. The builds are separate processes, timed in turns; medians of `--repeat` rounds. Then
incremental rebuilds: with no new commit, after a commit to another file (which renders nothing:
the archive is keyed on the commits that changed its file) and after a commit to the notice (which
renders its pages and its archive again). Last, what the archive keys cost a build: the one
`git log` per repository (`history.git.last_changes`) against `git rev-parse HEAD` (the key before),
in repositories of `--keys NOTICES:COMMITS` made by `git fast-import` (half the commits change one
notice, half another file).

    .venv/bin/python benchmarks/bench_archive.py                  # 50 versions, 3 rounds
    .venv/bin/python benchmarks/bench_archive.py --versions 20 --repeat 5 --work /tmp/bench-archive
    .venv/bin/python benchmarks/bench_archive.py --keys 100:1000 1000:10000
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))

import synth  # noqa: E402

from noticekit.history.git import last_changes  # noqa: E402

TARGET = 2.0
GIT_ENV = {
    "GIT_CONFIG_GLOBAL": os.devnull, "GIT_CONFIG_NOSYSTEM": "1", "GIT_AUTHOR_NAME": "Bench",
    "GIT_AUTHOR_EMAIL": "bench@example.com", "GIT_COMMITTER_NAME": "Bench",
    "GIT_COMMITTER_EMAIL": "bench@example.com",
}  # fmt: skip


def git(root: Path, *args: str, when: str = "2025-01-01T12:00:00+00:00") -> None:
    env = {**os.environ, **GIT_ENV, "GIT_AUTHOR_DATE": when, "GIT_COMMITTER_DATE": when}
    subprocess.run(["git", "-C", str(root), *args], env=env, check=True, capture_output=True)


def evolve(data: dict, number: int, rng: random.Random) -> None:
    """Version `number` of the notice: a new version and date, and one change (material or not)."""
    day = dt.date(2024, 1, 1) + dt.timedelta(weeks=number)
    data["version"] = f"{number}.0"
    data["effective_date"] = day.isoformat()
    change = number % 3
    if change == 0:
        data["introduction"] = synth.texts(rng, 3)
    elif change == 1:
        purpose = rng.choice(data["purposes"])
        purpose["retention"]["duration"] = f"P{rng.randint(1, 12)}Y"
    else:
        data["recipients"][0]["description"] = synth.texts(rng, 1)
    entry = {"date": day.isoformat(), "version": data["version"], "summary": synth.texts(rng, 1, 8)}
    data.setdefault("changes", {"history": []})["history"].insert(0, entry)


def history_repo(root: Path, versions: int) -> Path:
    """A git repository whose one notice went through `versions` versions, one commit each."""
    rng = random.Random(11)
    data = synth.notice(0, rng)
    folder = root / "notices" / data["id"]
    folder.mkdir(parents=True)
    git(root, "init", "-q", "-b", "main")
    for number in range(1, versions + 1):
        evolve(data, number, rng)
        text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100)
        (folder / "notice.yaml").write_text(text, encoding="utf-8")
        git(root, "add", "-A")
        when = f"{data['effective_date']}T12:00:00+00:00"
        git(root, "commit", "-q", "-m", f"version {number}", when=when)
    return root / "notices"


def after_commit(root: Path, file: str, number: int, argv: list[str]) -> float:
    """The time of `argv` after a new commit that adds a comment line to `file` (not timed)."""
    with open(root / file, "a", encoding="utf-8") as handle:
        handle.write(f"# round {number}\n")
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", f"round {number}", when=f"2030-01-01T12:{number:02d}:00+00:00")
    return timed(argv, root)


def key_repo(root: Path, notices: int, commits: int) -> list[str]:
    """A repository of `notices` notice files and `commits` commits; the notice paths."""
    rng = random.Random(commits)
    paths = [f"notices/n{number:05d}/notice.yaml" for number in range(notices)]
    stream = bytearray()
    for number in range(commits):
        stream += (
            f"commit refs/heads/main\ncommitter B <b@example.com> {1_700_000_000 + number}".encode()
        )
        stream += b" +0000\ndata 2\nc\n"
        changed = paths if number == 0 else [rng.choice(paths)] if number % 2 else []
        for path in changed or [f"src/file{rng.randrange(200)}.txt"]:
            content = f"{number}\n".encode()
            stream += f"M 644 inline {path}\ndata {len(content)}\n".encode() + content + b"\n"
        stream += b"\n"
    root.mkdir(parents=True)
    git(root, "init", "-q", "-b", "main")
    fast_import = ["git", "-C", str(root), "fast-import", "--quiet"]
    subprocess.run(fast_import, input=bytes(stream), env={**os.environ, **GIT_ENV}, check=True)
    return paths


def key_cost(root: Path, paths: list[str], repeat: int) -> tuple[float, float]:
    """Median seconds of the archive keys' `git log` and of the `git rev-parse HEAD` before it."""
    keys, head = [], []
    for _ in range(repeat):
        start = time.perf_counter()
        assert len(last_changes(root, paths)) == len(paths)
        keys.append(time.perf_counter() - start)
        start = time.perf_counter()
        git(root, "rev-parse", "--verify", "HEAD^{commit}")
        head.append(time.perf_counter() - start)
    return statistics.median(keys), statistics.median(head)


def command(notices: Path, out: Path, *options: str) -> list[str]:
    script = Path(sys.executable).with_name("noticekit")
    base = [str(script)] if script.exists() else [sys.executable, "-m", "noticekit"]
    return [*base, "build", str(notices), "--out", str(out), *options]


def timed(argv: list[str], cwd: Path) -> float:
    start = time.perf_counter()
    subprocess.run(argv, cwd=cwd, check=True, capture_output=True)
    return time.perf_counter() - start


def files(folder: Path) -> int:
    return sum(1 for path in folder.rglob("*") if path.is_file())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--versions", type=int, default=50)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--work", type=Path, help="keep the repositories and sites here")
    parser.add_argument(
        "--keys", nargs="*", default=["100:1000", "1000:10000"], help="NOTICES:COMMITS repositories"
    )
    args = parser.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="bench-archive-"))
    shutil.rmtree(work, ignore_errors=True)
    history = history_repo(work / "history", args.versions)
    independent = work / "independent" / "notices"
    synth.write_notices(args.versions, independent)
    # Every timed round is a full build (--clean): builds are incremental otherwise.
    runs = {
        "archive": (command(history, work / "site-archive", "--clean"), work / "history"),
        "current only": (
            command(history, work / "site-current", "--clean", "--no-history"),
            work / "history",
        ),
        "independent": (
            command(independent, work / "site-independent", "--clean", "--no-history"),
            work,
        ),
    }
    times: dict[str, list[float]] = {name: [] for name in runs}
    for _ in range(args.repeat):
        for name, (argv, cwd) in runs.items():
            times[name].append(timed(argv, cwd))
    archive = statistics.median(times["archive"])
    independent_time = statistics.median(times["independent"])
    print(f"{args.versions} versions of one notice; {args.versions} notices, x{args.repeat}\n")
    print("| build | wall median (s) | wall min (s) | files |")
    print("|---|---|---|---|")
    for name in runs:
        out = Path(runs[name][0][runs[name][0].index("--out") + 1])
        median, best = statistics.median(times[name]), min(times[name])
        print(f"| {name} | {median:.2f} | {best:.2f} | {files(out)} |")
    ratio = archive / independent_time
    verdict = "meets" if ratio <= TARGET else "misses"
    print(f"\narchive / independent = {ratio:.2f} ({verdict} the target of {TARGET:.0f}x)")
    incremental = command(history, work / "site-archive")
    rebuild = statistics.median(timed(incremental, runs["archive"][1]) for _ in range(args.repeat))
    share = rebuild / archive
    print(f"rebuild with no new commit: {rebuild:.2f} s, {share:.0%} of the full archive build")
    notice = next(history.glob("*/notice.yaml")).relative_to(work / "history").as_posix()
    for what, file in (("another file", "README.md"), ("the notice", notice)):
        after = statistics.median(
            after_commit(work / "history", file, number, incremental)
            for number in range(args.repeat)
        )
        print(
            f"rebuild after a commit to {what}: {after:.2f} s, {after / archive:.0%} of the full"
            " archive build"
        )
    for size in args.keys:
        notices, commits = map(int, size.split(":"))
        paths = key_repo(work / f"keys-{notices}-{commits}", notices, commits)
        keys, head = key_cost(work / f"keys-{notices}-{commits}", paths, args.repeat)
        print(
            f"archive keys of {notices} notices, {commits} commits: one git log"
            f" {keys * 1000:.0f} ms (git rev-parse HEAD {head * 1000:.1f} ms)"
        )
    if args.work is None:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
