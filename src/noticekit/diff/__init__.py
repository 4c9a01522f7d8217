"""`noticekit diff`: a semantic diff of two versions of a notice model, each change classified.

`compare.diff_notice(old, new)` walks the two models (`walk`), classifies each change with the one
table of rules (`rules`), then applies the notice's own classifications (`overrides`). Reading the
versions from git or files is `sources`; the output formats are in `formats`. This package imports
neither Jinja nor Babel except in the Markdown format, so that `lint --since` stays light.
"""
