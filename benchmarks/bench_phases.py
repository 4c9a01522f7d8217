"""Where `noticekit build` spends its time: each stage timed alone, in one process, on N synthetic
notices.

    .venv/bin/python benchmarks/bench_phases.py -n 167            # writes the notices to a temp
    folder .venv/bin/python benchmarks/bench_phases.py --notices DIR      # or times an existing
    notices folder

Stages: imports (what `noticekit build` imports), load (read + YAML), validate (schema +
references), page view data (shared by HTML and Markdown), JSON-LD, HTML pages and Markdown pages.
Each is reported in total and per notice. The same input gives comparable figures from commit to
commit; the machine's noise does not cancel, so compare runs made one after another.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

STAGES = ("load", "validate", "page view data", "json-ld", "html", "md")


def time_stages(notices: Path) -> tuple[float, dict[str, float], int]:
    """(seconds of imports, seconds per stage, notice count) for one pass over `notices`."""
    started = time.perf_counter()
    from noticekit.load import discover
    from noticekit.load import load_source
    from noticekit.pipeline import select_renderers
    from noticekit.render.base import NoticeJob
    from noticekit.validate import LoadedNotice
    from noticekit.validate import validate_document

    renderers = {renderer.format: renderer for renderer in select_renderers(None, None)}
    imports = time.perf_counter() - started
    spent = dict.fromkeys(STAGES, 0.0)
    files = discover([notices])
    for path in files:
        clock = time.perf_counter()
        doc, _ = load_source(path)
        spent["load"] += time.perf_counter() - clock
        clock = time.perf_counter()
        notice, problems = validate_document(doc)
        spent["validate"] += time.perf_counter() - clock
        if notice is None:
            raise SystemExit(f"{path}: invalid ({problems[0]})")
        job = NoticeJob(LoadedNotice(doc, notice), list(notice.languages))
        clock = time.perf_counter()
        for lang in job.languages:
            job.page(lang)
        spent["page view data"] += time.perf_counter() - clock
        clock = time.perf_counter()
        job.jsonld  # noqa: B018 - computed once, cached on the job
        spent["json-ld"] += time.perf_counter() - clock
        for name in ("jsonld", "html", "md"):
            clock = time.perf_counter()
            for _ in renderers[name].render(job):
                pass
            spent["json-ld" if name == "jsonld" else name] += time.perf_counter() - clock
    return imports, spent, len(files)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "-n", type=int, default=167, help="synthetic notices to generate (default 167)"
    )
    parser.add_argument("--notices", type=Path, help="time this folder of notices instead")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="noticekit-phases-") as work:
        notices = args.notices
        if notices is None:
            import synth

            notices = Path(work) / "notices"
            synth.write_notices(args.n, notices)
        imports, spent, count = time_stages(notices)
    print(
        f"| stage | total (s) | per notice (ms) |\n|---|---:|---:|\n| imports | {imports:.3f} | |"
    )
    for stage, seconds in spent.items():
        print(f"| {stage} | {seconds:.3f} | {seconds / count * 1000:.2f} |")
    print(f"| all stages | {sum(spent.values()):.3f} | {sum(spent.values()) / count * 1000:.2f} |")


if __name__ == "__main__":
    main()
