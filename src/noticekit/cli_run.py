"""How every command ends: its function's return value or error as an exit code and one line.

Exit codes: 0 clean, 1 invalid input or findings at error level, 2 usage or configuration error,
130 after Ctrl-C. A closed standard output ends quietly.
"""

from __future__ import annotations

import os
import sys
from typing import NoReturn

import typer

from noticekit.console import say
from noticekit.errors import NoticekitError

#: The exit code after Ctrl-C (128 + SIGINT).
EXIT_INTERRUPTED = 130


def run(function, *args, **kwargs) -> None:
    """Call a command's function; turn its return value and its errors into exit codes.

    A NoticekitError exits with its own code; a file or folder that the system refused (no
    permission, a name too long, a full disk) exits 1 with the path and the reason; Ctrl-C
    exits 130, as a shell reports a command stopped by SIGINT.
    """
    try:
        code = function(*args, **kwargs)
    except NoticekitError as error:
        fail(error.format_message(), error.exit_code)
    except BrokenPipeError:
        stdout_closed()
    except OSError as error:
        fail(os_error_message(error), 1)
    except KeyboardInterrupt:
        fail("interrupted", EXIT_INTERRUPTED)
    raise typer.Exit(code or 0)


def fail(message: str, exit_code: int) -> NoReturn:
    say(f"Error: {message}", sys.stderr)
    raise typer.Exit(exit_code)


def os_error_message(error: OSError) -> str:
    """`cannot access "notices/acme": Permission denied` (both paths of a failed rename)."""
    paths = [path for path in (error.filename, error.filename2) if path is not None]
    reason = error.strerror or str(error)
    if not paths:
        return reason
    quoted = " or ".join(f'"{os.fsdecode(path)}"' for path in paths)
    return f"cannot access {quoted}: {reason}"


def stdout_closed() -> NoReturn:
    """The reader of standard output went away (`noticekit rules | head -1`): stop quietly.

    Python's documented way: point standard output at devnull so that the final flush fails no more.
    """
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    raise typer.Exit(1)
