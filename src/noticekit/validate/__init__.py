"""Check loaded notices against the model and their cross-references; explain every problem.

`load_notices` is the stage a command calls: discover, load and validate every notice under the
paths given. `validate_document` checks one document that is already loaded.
"""

from __future__ import annotations

from noticekit.validate.notices import Checked
from noticekit.validate.notices import LoadedNotice
from noticekit.validate.notices import LoadResult
from noticekit.validate.notices import check_file
from noticekit.validate.notices import load_notices
from noticekit.validate.notices import locate
from noticekit.validate.notices import problem_order
from noticekit.validate.notices import validate_document

__all__ = [
    "Checked", "LoadResult", "LoadedNotice", "check_file", "load_notices", "locate",
    "problem_order", "validate_document",
]  # fmt: skip
