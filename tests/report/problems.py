"""Problems for the formatter tests: a schema error, a lint error and a lint warning."""

from __future__ import annotations

from noticekit.problems import Problem

CHECKED = ["notices/acme/notice.yaml", "notices/beta/notice.yaml", "notices/clean/notice.yaml"]

PROBLEMS = [
    Problem(
        "notices/acme/notice.yaml",
        3,
        1,
        'unknown field "titel", did you mean "title"?',
        path=("titel",),
    ),
    Problem(
        "notices/acme/notice.yaml",
        14,
        5,
        'purpose "analytics" has no Art. 6(1) legal basis',
        code="NK004",
        path=("purposes", 1, "legal_bases"),
    ),
    Problem(
        "notices/beta/notice.yaml",
        23,
        9,
        'suppression of "NK004" at "purposes.newsletter" matches no finding; remove it',
        level="warning",
        code="NK902",
        path=("suppressions", 1, "at"),
    ),
]

#: A problem whose file name and message hold raw control characters, as a rule or a future
#: message might let through: clear screen, carriage return, bell, CSI, right-to-left override.
RAW = "\x1b[2J\r\x07\x9b31m\u202e"
SHOWN = "\\x1b[2J\\r\\x07\\x9b31m\\u202e"
UNSAFE = Problem(f"notices/{RAW}/notice.yaml", 1, 1, f"got {RAW} here", code="NK004")
