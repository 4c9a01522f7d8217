"""Safe, atomic output: the site is built next to `--out` and swapped in whole.

Only a folder noticekit made (it holds `.noticekit-site`), an empty one or a new one is replaced,
never the inputs, the working folder, a repository root or the home folder (`target.py`). One
build of an output runs at a time (`lock.py`). A build stopped by a signal, a crash or `kill -9`
leaves at most marked folders next to the output, which the next build puts back or removes
(`swap.py`, `signals.py`).
"""

from noticekit.write.signals import stop_on_signals
from noticekit.write.site import atomic_site
from noticekit.write.site import tidy_output
from noticekit.write.writer import MARKER
from noticekit.write.writer import OutputError
from noticekit.write.writer import SiteWriter

__all__ = [
    "MARKER",
    "OutputError",
    "SiteWriter",
    "atomic_site",
    "stop_on_signals",
    "tidy_output",
]
