"""Read notices: find the files, decode them, and parse the YAML safely with every value's position.

`discover` finds notice files under the paths given; `load_source` (and `load_bytes` for bytes
read elsewhere, such as from git) turns one file into a `SourceDocument`, or into `Problem`s.
"""

from __future__ import annotations

from noticekit.load.files import MAX_BYTES
from noticekit.load.files import NOTICE_FILE
from noticekit.load.files import OutsideFolderError
from noticekit.load.files import discover
from noticekit.load.files import load_bytes
from noticekit.load.files import load_source

__all__ = [
    "MAX_BYTES", "NOTICE_FILE", "OutsideFolderError", "discover", "load_bytes", "load_source",
]  # fmt: skip
