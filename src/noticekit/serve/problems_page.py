"""The page `serve` shows in place of the site while the notices do not build."""

from __future__ import annotations

from html import escape

POLICY = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'"

STYLE = """\
body { font-family: system-ui, sans-serif; line-height: 1.5; margin: 2rem auto; max-width: 60rem;
  padding: 0 1rem; color: #1a1a1a; background: #fff; }
ol { padding-left: 1.5rem; }
li { margin-bottom: 0.5rem; }
code { font-family: ui-monospace, monospace; overflow-wrap: anywhere; white-space: pre-wrap; }
@media (prefers-color-scheme: dark) { body { color: #eee; background: #121212; } }
"""


def problems_page(message: str) -> bytes:
    """The build's error as a page: its first line as the summary, each further line (a problem at
    `file:line:col`, as `noticekit validate` prints it) as an item of a list."""
    summary, *details = message.splitlines() or [""]
    items = "".join(f"<li><code>{escape(line)}</code></li>\n" for line in details if line.strip())
    listing = f"<ol>\n{items}</ol>\n" if items else ""
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<meta http-equiv="Content-Security-Policy" content="{POLICY}">
<title>Notice problems: nothing to preview</title>
<style>
{STYLE}</style>
</head>
<body>
<main>
<h1>The notices do not build</h1>
<p>{escape(summary)}</p>
{listing}<p>Fix the file and save it: this page reloads by itself.</p>
</main>
</body>
</html>
""".encode()
