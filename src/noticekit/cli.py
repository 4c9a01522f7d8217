"""The `noticekit` command line: thin commands that parse options and call one function each.

Exit codes: 0 clean, 1 invalid input or findings at error level, 2 usage or configuration error.
Heavy modules are imported inside the commands so that `lint` never pays for `build`.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated
from typing import Optional

import typer

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
OUT_HELP = "Output folder; it is replaced atomically."
LANG_HELP = "Build only these languages (repeatable)."
BUILD_FORMAT_HELP = "Build only these formats: html, md, jsonld (repeatable)."
TEMPLATES_HELP = "A folder of templates that override the built-in ones file by file."
SINCE_HELP = (
    "A git revision (the base branch): a material change since then needs a new version, "
    "effective date and change-history entry (NK045)."
)
HISTORY_HELP = (
    "Earlier versions from git: auto (skipped, with a warning, in a shallow clone or outside git) "
    "or require (an error then)."
)
NO_HISTORY_HELP = "Publish the current versions only, without the archive of earlier ones."
CONFIG_HELP = "Configuration file (default: noticekit.toml, or [tool.noticekit] in pyproject.toml)."

PathsArg = Annotated[Optional[list[Path]], typer.Argument(help=PATHS_HELP, show_default=False)]


def _default_paths(paths: list[Path] | None) -> list[Path]:
    return list(paths) if paths else [Path("notices")]


def _run(function, *args, **kwargs) -> None:
    """Call a command's function; turn its return value and NoticekitErrors into exit codes."""
    try:
        code = function(*args, **kwargs)
    except NoticekitError as error:
        typer.echo(f"Error: {error.format_message()}", err=True)
        raise typer.Exit(error.exit_code) from None
    raise typer.Exit(code or 0)


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
    since: Annotated[Optional[str], typer.Option("--since", help=SINCE_HELP)] = None,
) -> None:
    """Validate, then check notices against the GDPR's transparency requirements."""
    from noticekit.lint.command import run_explain
    from noticekit.lint.command import run_lint

    if explain:
        _run(run_explain, explain, sys.stdout)
    _run(run_lint, _default_paths(paths), output_format, strict, config, sys.stdout, since)


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
    history: Annotated[str, typer.Option("--history", help=HISTORY_HELP)] = "auto",
    no_history: Annotated[bool, typer.Option("--no-history", help=NO_HISTORY_HELP)] = False,
) -> None:
    """Render notices to HTML, Markdown and JSON-LD in every language, with earlier versions."""
    from noticekit.build import run_build

    _run(
        run_build,
        _default_paths(paths),
        out=out,
        languages=lang or None,
        formats=output_format or None,
        templates=templates,
        strict=strict,
        history=history,
        no_history=no_history,
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


DIFF_PATHS_HELP = (
    "Notice files or folders (default: notices/); or two files OLD.yaml NEW.yaml to compare."
)
DIFF_FORMAT_HELP = "Output format: text, json, markdown (a pull-request comment) or github."
FROM_HELP = "Git revision of the old version (default: HEAD)."
TO_HELP = "Git revision of the new version (default: the working tree)."

DiffPathsArg = Annotated[
    Optional[list[Path]], typer.Argument(help=DIFF_PATHS_HELP, show_default=False)
]


@app.command()
def diff(
    paths: DiffPathsArg = None,
    from_rev: Annotated[Optional[str], typer.Option("--from", help=FROM_HELP)] = None,
    to_rev: Annotated[Optional[str], typer.Option("--to", help=TO_HELP)] = None,
    output_format: Annotated[str, typer.Option("--format", "-f", help=DIFF_FORMAT_HELP)] = "text",
    exit_zero: Annotated[
        bool, typer.Option("--exit-zero", help="Exit 0 even when notices changed.")
    ] = False,
) -> None:
    """Show what changed in the notices, semantically, and whether each change is material."""
    from noticekit.diff.command import run_diff

    paths = _default_paths(paths)
    _run(run_diff, paths, from_rev, to_rev, output_format, exit_zero, sys.stdout)


def main() -> None:
    """Entry point of the `noticekit` console script."""
    app()
