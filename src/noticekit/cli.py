"""The `noticekit` command line: thin commands that parse options and call one function each.

Exit codes: 0 clean, 1 invalid input or findings at error level, 2 usage or configuration error.
Heavy modules are imported inside the commands so that `lint` never pays for `build`.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Annotated
from typing import NoReturn
from typing import Optional

import typer

from noticekit.console import ESCAPE
from noticekit.console import say
from noticekit.console import use_plain_fallback
from noticekit.errors import NoticekitError

app = typer.Typer(
    name="noticekit",
    help="Compile privacy notices written as YAML into HTML, Markdown and JSON-LD, and lint them against the GDPR.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

PATHS_HELP = "Notice files, notice folders or folders of notices. Default: notices/."
FORMAT_HELP = "Output format: auto, text, json, github or sarif. auto picks github under GitHub Actions."
STRICT_LINT_HELP = "Treat warnings as failures."
STRICT_BUILD_HELP = "Refuse to build when lint finds errors."
OUT_HELP = "Output folder: new, empty or an earlier noticekit site; it is replaced atomically."
LANG_HELP = "Build only these languages (repeatable)."
BUILD_FORMAT_HELP = "Build only these formats: html, md, jsonld (repeatable)."
TEMPLATES_HELP = "A folder of templates that override the built-in ones file by file."
CONFIG_HELP = "Configuration file (default: noticekit.toml, or [tool.noticekit] in pyproject.toml)."

#: The exit code after Ctrl-C (128 + SIGINT).
EXIT_INTERRUPTED = 130

#: `--format` values read by programs: on a narrow console, escaped and never simplified.
MACHINE_FORMATS = ("json", "sarif")

PathsArg = Annotated[Optional[list[Path]], typer.Argument(help=PATHS_HELP, show_default=False)]


def _default_paths(paths: list[Path] | None) -> list[Path]:
    return list(paths) if paths else [Path("notices")]


def _run(function, *args, **kwargs) -> None:
    """Call a command's function; turn its return value and its errors into exit codes.

    A NoticekitError exits with its own code; a file or folder that the system refused (no
    permission, a name too long, a full disk) exits 1 with the path and the reason; Ctrl-C
    exits 130, as a shell reports a command stopped by SIGINT.
    """
    try:
        code = function(*args, **kwargs)
    except NoticekitError as error:
        _fail(error.format_message(), error.exit_code)
    except BrokenPipeError:
        _stdout_closed()
    except OSError as error:
        _fail(os_error_message(error), 1)
    except KeyboardInterrupt:
        _fail("interrupted", EXIT_INTERRUPTED)
    raise typer.Exit(code or 0)


def _fail(message: str, exit_code: int) -> NoReturn:
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


def _stdout_closed() -> NoReturn:
    """The reader of standard output went away (`noticekit rules | head -1`): stop quietly.

    Python's documented way: point standard output at devnull so that the final flush fails no more.
    """
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    raise typer.Exit(1)


@app.command()
def validate(paths: PathsArg = None) -> None:
    """Check notices against the schema and report every problem at file:line:col."""
    from noticekit.validate import run_validate

    _run(run_validate, _default_paths(paths), sys.stdout)


@app.command()
def lint(
    paths: PathsArg = None,
    output_format: Annotated[str, typer.Option("--format", "-f", help=FORMAT_HELP)] = "auto",
    strict: Annotated[bool, typer.Option("--strict", help=STRICT_LINT_HELP)] = False,
    explain: Annotated[Optional[str], typer.Option("--explain", help="Show a rule's documentation (code or slug).")] = None,
    config: Annotated[Optional[Path], typer.Option("--config", help=CONFIG_HELP)] = None,
) -> None:
    """Validate, then check notices against the GDPR's transparency requirements."""
    from noticekit.lint.command import run_explain
    from noticekit.lint.command import run_lint

    if output_format in MACHINE_FORMATS:
        use_plain_fallback(sys.stdout, handler=ESCAPE)
    if explain is not None:
        _run(run_explain, explain, sys.stdout)
    _run(run_lint, _default_paths(paths), output_format, strict, config, sys.stdout)


@app.command()
def rules() -> None:
    """List every lint rule with its code, level and article."""
    from noticekit.lint.command import run_rules

    _run(run_rules, sys.stdout)


@app.command()
def build(
    paths: PathsArg = None,
    out: Annotated[Path, typer.Option("--out", "-o", help=OUT_HELP)] = Path("site"),
    lang: Annotated[Optional[list[str]], typer.Option("--lang", help=LANG_HELP)] = None,
    output_format: Annotated[Optional[list[str]], typer.Option("--format", help=BUILD_FORMAT_HELP)] = None,
    templates: Annotated[Optional[Path], typer.Option("--templates", help=TEMPLATES_HELP)] = None,
    strict: Annotated[bool, typer.Option("--strict", help=STRICT_BUILD_HELP)] = False,
) -> None:
    """Render notices to HTML, Markdown and JSON-LD in every language."""
    from noticekit.build import run_build
    from noticekit.write import stop_on_signals

    with stop_on_signals():
        _run(
            run_build,
            _default_paths(paths),
            out=out,
            languages=lang or None,
            formats=output_format or None,
            templates=templates,
            strict=strict,
        )


@app.command()
def schema(
    out: Annotated[Path, typer.Option("--out", "-o", help="Where to write the schema.")] = Path(
        "schemas/notice.schema.json"
    ),
    check: Annotated[bool, typer.Option("--check", help="Fail if the file is not up to date.")] = False,
) -> None:
    """Write the JSON Schema of the notice model (for editor completion)."""
    from noticekit.schema import run_schema

    _run(run_schema, out, check)


@app.command()
def new(
    notice_id: Annotated[str, typer.Argument(metavar="ID", help="Id of the new notice (kebab-case).")],
    root: Annotated[Path, typer.Option("--root", help="Folder of notices.")] = Path("notices"),
) -> None:
    """Scaffold notices/<id>/notice.yaml with a commented skeleton of every section."""
    from noticekit.scaffold import run_new

    _run(run_new, notice_id, root)


@app.command()
def reference(
    out: Annotated[Path, typer.Option("--out", "-o", help="The authoring guide to update.")] = Path(
        "docs/authoring.md"
    ),
    check: Annotated[bool, typer.Option("--check", help="Fail if the field reference is stale.")] = False,
) -> None:
    """Regenerate the field reference in the authoring guide from the model."""
    from noticekit.reference import run_reference

    _run(run_reference, out, check)


@app.command()
def serve(
    paths: PathsArg = None,
    port: Annotated[int, typer.Option("--port", help="Port to listen on (0: any free).")] = 8000,
    host: Annotated[str, typer.Option("--host", help="Address to listen on.")] = "127.0.0.1",
    lang: Annotated[list[str] | None, typer.Option("--lang", help=LANG_HELP)] = None,
    templates: Annotated[Path | None, typer.Option("--templates", help=TEMPLATES_HELP)] = None,
    open_browser: Annotated[bool, typer.Option("--open", help="Open it in a web browser.")] = False,
) -> None:
    """Preview the site on localhost; rebuild and reload the page when a notice or template changes.

    Builds in a private temporary folder (never site/), removed on exit.
    """
    from noticekit.serve.command import run_serve

    _run(
        run_serve,
        _default_paths(paths),
        host=host,
        port=port,
        languages=lang or None,
        templates=templates,
        open_browser=open_browser,
    )


def main() -> None:
    """Entry point of the `noticekit` console script."""
    use_plain_fallback(sys.stdout, sys.stderr)
    app()
