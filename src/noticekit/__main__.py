"""`python -m noticekit` runs the command-line interface."""

from __future__ import annotations

from noticekit.cli import main

if __name__ == "__main__":
    main()
