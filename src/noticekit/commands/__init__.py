"""Command bodies that have no package of their own; `noticekit.cli` calls them."""
