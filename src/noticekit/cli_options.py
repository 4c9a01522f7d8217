"""The options the `noticekit` commands share: their help texts, `--version` and `-h`/`--help`.

Every value option has a metavar (`FORMAT`, `PATH`) and every flag an empty one, so that help
shows no type placeholders (`<str>`, `<bool>`). Arguments are named in the command's own help
text, where the help shows no placeholder either. Help texts are Rich markup: a literal `[`
is written `\\[`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated
from typing import Any

import typer

from noticekit import __version__

PATHS_HELP = "Notice files, notice folders or folders of notices. Default: notices/."
FORMAT_HELP = (
    "Output format: auto, text, json, github or sarif. auto picks github under GitHub Actions."
)
STRICT_LINT_HELP = "Treat warnings as failures."
STRICT_BUILD_HELP = "Refuse to build when lint finds errors (validates every notice again)."
OUT_HELP = "Output folder: new, empty or an earlier noticekit site; it is replaced atomically."
LANG_HELP = "Build only these languages (repeatable)."
BUILD_FORMAT_HELP = "Build only these formats: html, md, jsonld (repeatable)."
TEMPLATES_HELP = "A folder of templates that override the built-in ones file by file."
CONFIG_HELP = (
    r"Configuration file (default: noticekit.toml, or \[tool.noticekit] in pyproject.toml)."
)
SCHEMA_OUT_HELP = (
    "Where to write the schema. Default: the project's .noticekit/notice.schema.json or "
    "schemas/notice.schema.json, else .noticekit/notice.schema.json."
)
EXPLAIN_HELP = "Show a rule's documentation (code or slug)."


def show_version(value: bool) -> None:
    """`--version`: print `noticekit X.Y.Z` and stop."""
    if value:
        typer.echo(f"noticekit {__version__}")
        raise typer.Exit()


def show_help(ctx: typer.Context, value: bool) -> None:
    """`-h`, `--help`: print the command's help and stop."""
    if value:
        typer.echo(ctx.get_help())
        raise typer.Exit()


def flag(*names: str, help: str) -> Any:
    """An on/off option; its empty metavar keeps `<bool>` out of the help."""
    return typer.Option(*names, help=help, metavar="")


VersionFlag = Annotated[
    bool,
    typer.Option(
        "--version",
        help="Show the version and exit.",
        metavar="",
        callback=show_version,
        is_eager=True,
        expose_value=False,
    ),
]
HelpFlag = Annotated[
    bool,
    typer.Option(
        "--help",
        "-h",
        help="Show this message and exit.",
        metavar="",
        callback=show_help,
        is_eager=True,
        expose_value=False,
    ),
]

#: Arguments are described in the command's help ("Check PATHS ..."), so the panel of arguments,
#: which would show their type, is left out.
PathsArg = Annotated[
    list[Path] | None,
    typer.Argument(help=PATHS_HELP, metavar="PATHS", show_default=False, hidden=True),
]
FormatOption = Annotated[str, typer.Option("--format", "-f", help=FORMAT_HELP, metavar="FORMAT")]
ConfigOption = Annotated[
    Path | None, typer.Option("--config", help=CONFIG_HELP, metavar="FILE", show_default=False)
]
