"""Text as Markdown that every renderer of `notice.md` shows as typed, never as syntax.

`notice.md` is read by CommonMark renderers that pass raw HTML through (GitHub, markdown-it-py) and
by Python-Markdown (MkDocs), which knows fewer backslash escapes: it has no `\\<`, `\\|`, `\\=`,
`\\~` or `\\:`. Those characters are written as character references (`&lt;`, `&#124;`), which every
renderer shows as the character; the others get the backslash escapes both kinds know.
"""

from __future__ import annotations

import re
from functools import lru_cache
from html.entities import html5

#: Characters written otherwise: NUL as U+FFFD (as CommonMark renderers show it), and STX and
#: ETX left out, as Python-Markdown does (they mark its placeholders).
_UNSAFE_CHARACTERS = re.compile("[\0\x02\x03]")
_REPLACE_UNSAFE = str.maketrans({"\0": "\ufffd", "\x02": None, "\x03": None})
#: A line end with the spaces around it: a plain string keeps to one line. (Renderers end lines
#: at `\n` and `\r` only: U+2028 and the like are characters of the line.)
_FOLD = re.compile(r"[ \t]*[\r\n][ \t\r\n]*")
#: What would be read as syntax anywhere in a line (see `_escape_char`).
_SPECIAL = re.compile(
    r"[\\`*\[\]{|]"  # emphasis, code, links and references, attribute lists, table cells
    r"|_(?![^\W_])|(?<![^\W_])_"  # `_` that is not between two letters or digits
    r"|<(?!\s)"  # the start of a tag, a comment or an autolink
    r"|&(?=#?[A-Za-z0-9]+;)"  # the start of what reads as a character reference...
    r"|&#?[A-Za-z0-9]+$"  # ... or would, before a `;` that follows the text on the page
    r"|(?<![A-Za-z])[A-Za-z]+:(?=//)"  # a bare `scheme://` that GitHub would link...
    r"|(?<![A-Za-z0-9])xmpp(?=:)"  # ... and its `xmpp:` before an address
    r"|#(?=[ \t]*$)"  # closing `#` of a heading
    r"|!$"  # `!` before a link: an image
)
#: What any of `_SPECIAL` or `_UNSAFE_CHARACTERS` needs (with `://` and `xmpp:`, see
#: `_has_special`): most texts have none of it and are kept as they are.
_MAYBE_SPECIAL = re.compile(r"[\\`*\[\]{|_<&#!\0\x02\x03]")
_REFERENCES = {"<": "&lt;", "&": "&amp;", "|": "&#124;"}
#: What starts a block at the beginning of a line, escaped with a backslash: a list item, rule,
#: underline or table rule (`-`, or `+` and a space), a quote, a heading, a Python-Markdown
#: admonition (`!!!`)...
_LINE_START_BLOCK = re.compile(r"[->#!]|\+(?=[ \t]|$)")
#: ... and those Python-Markdown cannot escape (setext underline, fence, definition, table rule).
_LINE_START_REFERENCES = {"=": "&#61;", "~": "&#126;", ":": "&#58;"}
_ORDERED_MARKER = re.compile(r"\d{1,9}[.)](?=[ \t]|$)")
#: Splits `xmpp:a@b.example` in two texts, so GitHub makes at most a `mailto:` link of it.
XMPP_BREAK = "<!-- -->"


_NUMERIC_REFERENCE = re.compile(r"&#(?:[0-9]{1,7}|[xX][0-9A-Fa-f]{1,6});")


def _is_reference(text: str) -> bool:
    """True for `&amp;`, `&#38;`, `&#x26;`: a named or numeric character reference."""
    return text[1:] in html5 or _NUMERIC_REFERENCE.fullmatch(text) is not None


def _has_special(text: str) -> bool:
    """False for a text that `escape_text` keeps as it is (a character class and `in` are fast)."""
    return _MAYBE_SPECIAL.search(text) is not None or "://" in text or "xmpp:" in text


def _escape_inline(text: str) -> str:
    """`text` with whatever would be read as syntax inside a line escaped."""
    return _SPECIAL.sub(_escape_char, text) if _has_special(text) else text


def _escape_char(match: re.Match[str]) -> str:
    found = match.group()
    if found[0] == "&" and len(found) > 1:
        return "&amp;" + found[1:] if _is_reference(found + ";") else found
    if found[-1] == ":":  # GitHub links `ftp://` where it reads the `:`; not as `&#58;`
        return found if found[:-1].lower() in ("http", "https") else found[:-1] + "&#58;"
    if found == "xmpp":  # GitHub links `xmpp:` with the address after it in the same text
        return "xmpp" + XMPP_BREAK
    return _REFERENCES.get(found) or "\\" + found


def _line_start(text: str) -> str:
    """`text` escaped where it begins a line: no indent, and no list, quote, heading or fence."""
    text = text.lstrip(" \t")
    if not text:
        return ""
    first = text[0]
    if _LINE_START_BLOCK.match(text):
        return "\\" + first + _escape_inline(text[1:])
    if first in _LINE_START_REFERENCES:
        return _LINE_START_REFERENCES[first] + _escape_inline(text[1:])
    marker = _ORDERED_MARKER.match(text)
    if marker:
        end = marker.end() - 1
        return text[:end] + "\\" + text[end] + _escape_inline(text[end + 1 :])
    return _escape_inline(text)


#: What `_line_start` changes at the beginning of a line.
_LINE_START_CHARACTERS = frozenset("-+>#!=~: \t0123456789")


def escape_text(text: str, at_line_start: bool) -> str:
    """A run of text escaped (`at_line_start`: where it begins a line), as it should show."""
    if not _has_special(text) and not (at_line_start and text[:1] in _LINE_START_CHARACTERS):
        return text  # most texts: nothing to escape
    if _UNSAFE_CHARACTERS.search(text):
        text = text.translate(_REPLACE_UNSAFE)
    return _line_start(text) if at_line_start else _escape_inline(text)


@lru_cache(maxsize=16384)
def escape_markdown(text: str) -> str:
    """A plain string (a name, an address line) as one line of Markdown that shows it as typed."""
    text = _FOLD.sub(" ", text)
    if _UNSAFE_CHARACTERS.search(text):
        text = text.translate(_REPLACE_UNSAFE)
    return _line_start(text.strip())


#: Characters that could end a Markdown link target early, percent-encoded.
_URL_ESCAPES = {char: f"%{ord(char):02X}" for char in "()<>[]\\ \t\n\"'`"}


def markdown_url(url: str) -> str:
    """A URL or e-mail address made safe inside `(...)` and `<...>` of a Markdown link."""
    return "".join(_URL_ESCAPES.get(char, char) for char in url)


def code_span(code: str) -> str:
    """Code as a code span, fenced with more backticks than it holds."""
    code = code.translate(_REPLACE_UNSAFE)
    longest = max((len(run) for run in re.findall("`+", code)), default=0)
    fence = "`" * (longest + 1)
    pad = " " if code[:1] == "`" or code[-1:] == "`" or code[:1] == code[-1:] == " " else ""
    return fence + pad + code + pad + fence
