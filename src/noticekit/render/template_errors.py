"""A template that fails to compile or to render, reported as one line at its file and line.

Jinja gives a syntax error's file and line (`TemplateSyntaxError.filename`, `.lineno`). For an error
while rendering, Jinja rewrites the traceback so that frames in template code carry the template's
file name and line; the deepest such frame is where the template went wrong.
"""

from __future__ import annotations

import os
import traceback
from collections.abc import Sequence
from pathlib import Path

import jinja2

from noticekit.console import escaped
from noticekit.errors import BuildError


class BrokenTemplate(BuildError):
    """A template that does not compile, names something undefined, or fails while rendering."""


def broken_template(
    error: Exception, folders: Sequence[Path], *, rewritten: bool = True
) -> BrokenTemplate | None:
    """`error` at its template's file and line; None when it is not the template's fault.

    Jinja's own errors always are; any other error only when it is raised in a template of the
    user's folder (`folders[0]` when there are two: the user's, then the packaged one).
    `rewritten` says that Jinja rewrote the traceback (`render` does, `make_module` does not):
    without it, the template's file is known but not its line.
    """
    if isinstance(error, jinja2.TemplateSyntaxError) and error.filename:
        return _at(error.filename, error.lineno, error.message or str(error))
    frame = _deepest_template_frame(error, folders)
    if isinstance(error, jinja2.TemplateError):
        message = _jinja_message(error)
    elif _deepest_template_frame(error, folders[:-1]) is not None:
        frame = _deepest_template_frame(error, folders[:-1])
        message = f"{type(error).__name__}: {error}"
    else:
        return None
    if frame is None:
        return BrokenTemplate(f"template error: {_one_line(message)}")
    return _at(frame[0], frame[1] if rewritten else None, message)


def _jinja_message(error: jinja2.TemplateError) -> str:
    if isinstance(error, jinja2.TemplateNotFound):
        return f'template "{error.name}" not found'
    return error.message or type(error).__name__


def _deepest_template_frame(error: Exception, folders: Sequence[Path]) -> tuple[str, int] | None:
    roots = [os.path.abspath(folder) + os.sep for folder in folders]
    found = None
    for frame in traceback.extract_tb(error.__traceback__):
        if frame.lineno and os.path.abspath(frame.filename).startswith(tuple(roots)):
            found = (frame.filename, frame.lineno)
    return found


def _at(filename: str, line: int | None, message: str) -> BrokenTemplate:
    where = f"{_shown(filename)}:{line}" if line else _shown(filename)
    return BrokenTemplate(f"{where}: template error: {_one_line(message)}")


def _one_line(message: str) -> str:
    """`message` on one line, with control characters escaped (`\\x1b`)."""
    return escaped(" ".join(message.split()))


def _shown(filename: str) -> str:
    try:
        return str(Path(filename).resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return filename
