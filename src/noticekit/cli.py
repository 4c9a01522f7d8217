"""The `noticekit` command line: thin commands that parse options and call one function each.

Exit codes: 0 clean, 1 invalid input or findings at error level, 2 usage or configuration error.
Heavy modules are imported inside the commands so that `lint` never pays for `build`.
No `from __future__ import annotations` here: Typer reads every command's annotations at each
start, and evaluating them from strings doubles the time it takes to set up the commands.
"""

import sys
from pathlib import Path
from typing import Annotated

import typer

from noticekit.cli_options import BUILD_FORMAT_HELP
from noticekit.cli_options import EXPLAIN_HELP
from noticekit.cli_options import LANG_HELP
from noticekit.cli_options import OUT_HELP
from noticekit.cli_options import SCHEMA_OUT_HELP
from noticekit.cli_options import STRICT_BUILD_HELP
from noticekit.cli_options import STRICT_LINT_HELP
from noticekit.cli_options import TEMPLATES_HELP
from noticekit.cli_options import ConfigOption
from noticekit.cli_options import FormatOption
from noticekit.cli_options import HelpFlag
from noticekit.cli_options import PathsArg
from noticekit.cli_options import VersionFlag
from noticekit.cli_options import flag
from noticekit.cli_run import run
from noticekit.cli_run import start_up
from noticekit.console import ESCAPE
from noticekit.console import use_plain_fallback

app = typer.Typer(
    name="noticekit",
    help=(
        "Compile privacy notices written as YAML into HTML, Markdown and JSON-LD, "
        "and lint them against the GDPR."
    ),
    no_args_is_help=True,
    add_completion=False,
    add_help_option=False,
    pretty_exceptions_enable=False,
)

SINCE_HELP = (
    "A git revision (the base branch): a material change since then needs a new version, "
    "effective date and change-history entry (NK045)."
)
HISTORY_HELP = (
    "Earlier versions from git: auto (skipped, with a warning, in a shallow clone or outside "
    "git) or require (an error then)."
)
NO_HISTORY_HELP = "Publish the current versions only, without the archive of earlier ones."
CLEAN_HELP = (
    "Validate and render every notice. Without it, a notice whose inputs (its file, the "
    "templates, the catalogs, the options, noticekit's version) are unchanged since the last "
    "build into --out keeps that build's files, and its file is not validated again."
)
PORT_HELP = "Port to listen on (0: any free port)."
HOST_HELP = "Address to listen on."
OPEN_HELP = "Open the site in the default web browser."


def command(name: str | None = None):
    """Register a command with the shared `-h`/`--help` (see `noticekit.cli_options`)."""
    return app.command(name, add_help_option=False)


@app.callback()
def main_options(version: VersionFlag = False, help_: HelpFlag = False) -> None:
    """The options of `noticekit` itself: --version and --help."""


#: `--format` values read by programs: on a narrow console, escaped and never simplified.
MACHINE_FORMATS = ("json", "sarif")


def _default_paths(paths: list[Path] | None) -> list[Path]:
    return list(paths) if paths else [Path("notices")]


@command()
def validate(paths: PathsArg = None, version: VersionFlag = False, help_: HelpFlag = False) -> None:
    """Check the notices in PATHS (default: notices/) against the schema, at file:line:col."""
    from noticekit.commands.validate import run_validate

    run(run_validate, _default_paths(paths), sys.stdout)


@command()
def lint(
    paths: PathsArg = None,
    output_format: FormatOption = "auto",
    strict: Annotated[bool, flag("--strict", help=STRICT_LINT_HELP)] = False,
    explain: Annotated[str | None, typer.Option(help=EXPLAIN_HELP, metavar="RULE")] = None,
    config: ConfigOption = None,
    since: Annotated[str | None, typer.Option(help=SINCE_HELP, metavar="REV")] = None,
    version: VersionFlag = False,
    help_: HelpFlag = False,
) -> None:
    """Validate, then check the notices in PATHS (default: notices/) against the GDPR."""
    from noticekit.lint.command import run_explain
    from noticekit.lint.command import run_lint

    if output_format in MACHINE_FORMATS:
        use_plain_fallback(sys.stdout, handler=ESCAPE)
    if explain is not None:
        run(run_explain, explain, sys.stdout)
    run(run_lint, _default_paths(paths), output_format, strict, config, sys.stdout, since)


@command()
def rules(version: VersionFlag = False, help_: HelpFlag = False) -> None:
    """List every lint rule with its code, level and article."""
    from noticekit.lint.command import run_rules

    run(run_rules, sys.stdout)


@command()
def build(
    paths: PathsArg = None,
    out: Annotated[Path, typer.Option("--out", "-o", help=OUT_HELP, metavar="FOLDER")] = Path(
        "site"
    ),
    lang: Annotated[list[str] | None, typer.Option(help=LANG_HELP, metavar="LANG")] = None,
    output_format: Annotated[
        list[str] | None, typer.Option("--format", help=BUILD_FORMAT_HELP, metavar="FORMAT")
    ] = None,
    templates: Annotated[Path | None, typer.Option(help=TEMPLATES_HELP, metavar="FOLDER")] = None,
    strict: Annotated[bool, flag("--strict", help=STRICT_BUILD_HELP)] = False,
    history: Annotated[str, typer.Option(help=HISTORY_HELP, metavar="auto|require")] = "auto",
    no_history: Annotated[bool, flag("--no-history", help=NO_HISTORY_HELP)] = False,
    clean: Annotated[bool, flag("--clean", help=CLEAN_HELP)] = False,
    version: VersionFlag = False,
    help_: HelpFlag = False,
) -> None:
    """Render the notices in PATHS (default: notices/) to HTML, Markdown and JSON-LD, with the
    earlier versions from git."""
    from noticekit.commands.build import run_build
    from noticekit.write import stop_on_signals

    with stop_on_signals():
        run(
            run_build,
            _default_paths(paths),
            out=out,
            languages=lang or None,
            formats=output_format or None,
            templates=templates,
            strict=strict,
            history=history,
            no_history=no_history,
            clean=clean,
        )


@command()
def schema(
    out: Annotated[
        Path | None, typer.Option("--out", "-o", help=SCHEMA_OUT_HELP, metavar="FILE")
    ] = None,
    check: Annotated[bool, flag("--check", help="Fail if the file is not up to date.")] = False,
    version: VersionFlag = False,
    help_: HelpFlag = False,
) -> None:
    """Write the JSON Schema of the notice model (for editor completion)."""
    from noticekit.commands.schema import run_schema
    from noticekit.project import default_schema_out

    run(run_schema, out or default_schema_out(), check)


@command()
def new(
    notice_id: Annotated[
        str, typer.Argument(metavar="ID", help="Id of the new notice.", hidden=True)
    ],
    root: Annotated[Path, typer.Option(help="Folder of notices.", metavar="FOLDER")] = Path(
        "notices"
    ),
    version: VersionFlag = False,
    help_: HelpFlag = False,
) -> None:
    """Scaffold notices/ID/notice.yaml (ID in kebab-case): a commented skeleton of every section."""
    from noticekit.commands.new import run_new

    run(run_new, notice_id, root)


@command()
def reference(
    out: Annotated[
        Path, typer.Option("--out", "-o", help="The authoring guide to update.", metavar="FILE")
    ] = Path("docs/authoring.md"),
    check: Annotated[bool, flag("--check", help="Fail if the field reference is stale.")] = False,
    version: VersionFlag = False,
    help_: HelpFlag = False,
) -> None:
    """Regenerate the field reference in the authoring guide from the model."""
    from noticekit.commands.reference import run_reference

    run(run_reference, out, check)


@command()
def init(
    folder: Annotated[Path, typer.Argument(metavar="DIR", hidden=True)] = Path("."),
    notice_id: Annotated[
        str, typer.Option("--id", help="Id of the scaffolded notice.", metavar="ID")
    ] = "privacy",
    version: VersionFlag = False,
    help_: HelpFlag = False,
) -> None:
    """Set up a repository of notices in DIR (default: here); adds only missing files."""
    from noticekit.commands.init import run_init

    run(run_init, folder, notice_id)


@command()
def docs(version: VersionFlag = False, help_: HelpFlag = False) -> None:
    """Print the guide for authors of notices (Markdown), e.g. noticekit docs | less."""
    from noticekit.commands.docs import run_docs

    run(run_docs, sys.stdout)


import_app = typer.Typer(
    name="import",
    help="Import notices that exist in another format.",
    no_args_is_help=True,
    add_help_option=False,
)
app.add_typer(import_app)


@import_app.callback()
def import_options(version: VersionFlag = False, help_: HelpFlag = False) -> None:
    """Import notices that exist in another format."""


@import_app.command("tilt", add_help_option=False)
def import_tilt(
    file: Annotated[Path, typer.Argument(metavar="FILE", hidden=True)],
    notice_id: Annotated[
        str | None,
        typer.Option("--id", help="Id of the notice. Default: from its name.", metavar="ID"),
    ] = None,
    root: Annotated[Path, typer.Option(help="Folder of notices.", metavar="FOLDER")] = Path(
        "notices"
    ),
    lang: Annotated[
        str | None,
        typer.Option(help="Language of the texts. Default: meta.language.", metavar="LANG"),
    ] = None,
    version: VersionFlag = False,
    help_: HelpFlag = False,
) -> None:
    """Import the TILT document FILE (JSON) as notices/ID/notice.yaml, and report what to review."""
    from noticekit.importers.command import run_import_tilt

    run(run_import_tilt, file, notice_id, root, lang)


DIFF_PATHS_HELP = (
    "Notice files or folders (default: notices/); or two files OLD.yaml NEW.yaml to compare."
)
DIFF_FORMAT_HELP = "Output format: text, json, markdown (a pull-request comment) or github."
FROM_HELP = "Git revision of the old version (default: HEAD)."
TO_HELP = "Git revision of the new version (default: the working tree)."

DiffPathsArg = Annotated[
    list[Path] | None, typer.Argument(help=DIFF_PATHS_HELP, show_default=False, hidden=True)
]


@command()
def diff(
    paths: DiffPathsArg = None,
    from_rev: Annotated[str | None, typer.Option("--from", help=FROM_HELP, metavar="REV")] = None,
    to_rev: Annotated[str | None, typer.Option("--to", help=TO_HELP, metavar="REV")] = None,
    output_format: Annotated[
        str, typer.Option("--format", "-f", help=DIFF_FORMAT_HELP, metavar="FORMAT")
    ] = "text",
    exit_zero: Annotated[
        bool, flag("--exit-zero", help="Exit 0 even when notices changed.")
    ] = False,
    version: VersionFlag = False,
    help_: HelpFlag = False,
) -> None:
    """Show what changed in the notices in PATHS (default: notices/; or two files, OLD NEW),
    semantically, and whether each change is material."""
    from noticekit.diff.command import run_diff

    run(run_diff, _default_paths(paths), from_rev, to_rev, output_format, exit_zero, sys.stdout)


@command()
def serve(
    paths: PathsArg = None,
    port: Annotated[int, typer.Option(help=PORT_HELP, metavar="PORT")] = 8000,
    host: Annotated[str, typer.Option(help=HOST_HELP, metavar="ADDRESS")] = "127.0.0.1",
    lang: Annotated[list[str] | None, typer.Option(help=LANG_HELP, metavar="LANG")] = None,
    templates: Annotated[Path | None, typer.Option(help=TEMPLATES_HELP, metavar="FOLDER")] = None,
    open_browser: Annotated[bool, flag("--open", help=OPEN_HELP)] = False,
    version: VersionFlag = False,
    help_: HelpFlag = False,
) -> None:
    """Preview the notices in PATHS (default: notices/) on localhost, rebuilt and reloaded on every
    save; built in a private temporary folder (never site/), removed on exit."""
    from noticekit.serve.command import run_serve

    run(
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
    start_up()
    use_plain_fallback(sys.stdout, sys.stderr)
    app()
