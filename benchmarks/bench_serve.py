"""Time `noticekit serve` on N synthetic notices: first start, and an edit until its page is served.

Usage: `python benchmarks/bench_serve.py [-n 300] [--edits 10] [--work DIR]`.

1. Writes N notices (`synth.py`, seeded) and starts `noticekit serve --port 0` on them as a process.
   **First start**: from launching the process to the first page answered with 200.
2. **Edit to served**: edits one notice's English title (a new title each time) and, as the open
   page in a browser does, waits on the live-reload event feed from the end of the write: at each
   `reload` event it fetches the page, until its bytes carry the new title. (Polling the page every
   millisecond instead would load the server with requests while it rebuilds.) `--edits` edits,
   one notice after another, each after the previous one is served. Median and worst are reported.
3. Peer, in the same run: the process `noticekit build --no-history` on the same notices into a new
   folder (`serve` builds without the archive too), which is what showing an edit cost before
   `serve`. Ratio: edit-to-served / build.

Target (issue 12): an edit is served at most 100 ms after the file is written.
"""

from __future__ import annotations

import argparse
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from synth import write_notices  # noqa: E402

BIN = Path(sys.executable).parent
TARGET_MS = 100.0
HEADER = "| notices | first start (s) | edit served, median (ms) | worst (ms) | build (s) | ratio |"


def fetch(url: str) -> tuple[int, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, b""
    except OSError:
        return 0, b""


def start(root: Path) -> tuple[subprocess.Popen[str], str, float]:
    """Launch `serve`; (process, base URL, seconds until the index page answered 200)."""
    begin = time.perf_counter()
    process = subprocess.Popen(
        [str(BIN / "noticekit"), "serve", "--port", "0", str(root / "notices")],
        cwd=root,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    for line in process.stdout:
        found = re.search(r"Serving at (http://\S+/) ", line)
        if found:
            url = found[1]
            break
    else:
        sys.exit("error: `noticekit serve` ended before serving")
    while fetch(url)[0] != 200:
        time.sleep(0.001)
    return process, url, time.perf_counter() - begin


def edit_to_served(root: Path, url: str, notice_id: str, edit: int) -> float:
    """Write a new English title into one notice; seconds until its English page, fetched at each
    reload event as the open page would be, shows it."""
    notice = root / "notices" / notice_id / "notice.yaml"
    text = notice.read_text(encoding="utf-8")
    title = f"Edited title {edit}"
    changed = re.sub(r"(?m)^(title:\n(?:  \w\w: .*\n)*?  en: ).*$", rf"\g<1>{title}", text, count=1)
    assert changed != text, "no English title to edit"
    page = f"{url}{notice_id}/en/index.html"
    wanted = title.encode()
    shown = re.search(rb'data-generation="(\d+)"', fetch(page)[1])
    assert shown is not None, "the served page has no live-reload script"
    with urllib.request.urlopen(f"{url}__noticekit__/events?since={shown[1].decode()}") as feed:
        assert feed.readline().startswith(b": connected")
        notice.write_text(changed, encoding="utf-8")
        written = time.perf_counter()
        while True:
            line = feed.readline()
            assert line, "the event feed ended"
            if line.startswith(b"data:") and wanted in fetch(page)[1]:
                return time.perf_counter() - written


def build_seconds(root: Path) -> float:
    """The peer: one `noticekit build` process on the same notices, into a fresh folder."""
    out = root / "built"
    shutil.rmtree(out, ignore_errors=True)
    begin = time.perf_counter()
    subprocess.run(
        [str(BIN / "noticekit"), "build", str(root / "notices"), "--out", str(out), "--no-history"],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    return time.perf_counter() - begin


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=300, help="number of notices (default 300)")
    parser.add_argument("--edits", type=int, default=10, help="timed edits (default 10)")
    parser.add_argument(
        "--work", type=Path, help="folder for the notices (default: a temporary one)"
    )
    args = parser.parse_args()
    root = args.work or Path(tempfile.mkdtemp(prefix="bench-serve-"))
    notices = write_notices(args.n, root / "notices")
    ids = [notice["id"] for notice in notices]
    process, url, first_start = start(root)
    try:
        edit_to_served(root, url, ids[0], 0)  # warm-up: the first rebuild compiles nothing new
        times = [edit_to_served(root, url, ids[i % len(ids)], i) for i in range(1, args.edits + 1)]
    finally:
        process.terminate()
        process.wait(30)
    build = build_seconds(root)
    if args.work is None:
        shutil.rmtree(root, ignore_errors=True)
    median = statistics.median(times)
    print(HEADER)
    print("|---:|---:|---:|---:|---:|---:|")
    print(
        f"| {args.n} | {first_start:.2f} | {median * 1000:.0f} | {max(times) * 1000:.0f} "
        f"| {build:.2f} | serve / build = {median / build:.2f} |"
    )
    verdict = "met" if median * 1000 <= TARGET_MS else "not met"
    print(f"\nTarget (edit served <= {TARGET_MS:.0f} ms after the write): {verdict}.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
