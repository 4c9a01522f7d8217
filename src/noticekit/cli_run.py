"""How every command ends: its function's return value or error as an exit code and one line.

Exit codes: 0 clean, 1 invalid input or findings at error level, 2 usage or configuration error,
130 after Ctrl-C. A closed standard output ends quietly.
The `noticekit` script starts without garbage collection until the command's function runs
(`start_up`, `started`).
"""

from __future__ import annotations

import gc
import os
import sys
from typing import NoReturn

import typer

from noticekit.console import say
from noticekit.errors import NoticekitError

#: The exit code after Ctrl-C (128 + SIGINT).
EXIT_INTERRUPTED = 130
#: Whether `start_up` turned the garbage collector off and `started` is yet to turn it on.
_starting = False


def start_up() -> None:
    """First thing in the `noticekit` script: no garbage collection while the command sets up.

    Importing a command's modules makes ~100,000 objects that live as long as the process (the
    notice models' schemas, Typer's commands, the templates' modules); the collector's passes over
    them would take a tenth of a small build, and free nothing.
    """
    global _starting
    _starting = gc.isenabled()
    gc.disable()


def started() -> None:
    """The command's modules are imported: the collector leaves the objects made so far out of
    its passes (`gc.freeze`) and runs again for the command's work."""
    global _starting
    if _starting:
        _starting = False
        gc.freeze()
        gc.enable()


def run(function, *args, **kwargs) -> None:
    """Call a command's function; turn its return value and its errors into exit codes.

    A NoticekitError exits with its own code; a file or folder that the system refused (no
    permission, a name too long, a full disk) exits 1 with the path and the reason; Ctrl-C
    exits 130, as a shell reports a command stopped by SIGINT.
    """
    started()
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
