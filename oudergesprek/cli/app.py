"""The command line: the Typer app, built from the declarations in cli/options.py."""

from __future__ import annotations

import importlib
import inspect
from pathlib import Path
from typing import Annotated, Any, Optional

import typer

from oudergesprek.cli import options
from oudergesprek.cli.typer_nl import OPTIONS_METAVAR, SUBCOMMAND_METAVAR, DutchCommand, DutchGroup

app = typer.Typer(
    cls=DutchGroup,
    name="oudergesprek",
    help="De juiste woorden voor gesprekken met ouders: opzoeken, voorbereiden, op papier.",
    add_completion=False,
    no_args_is_help=True,
    context_settings={"help_option_names": ["-h", "--help"]},
    rich_markup_mode="rich",
    options_metavar=OPTIONS_METAVAR,
    subcommand_metavar=SUBCOMMAND_METAVAR,
)

_TYPES: dict[str, Any] = {
    "text": Optional[str],
    "number": Optional[int],
    "flag": bool,
    "path": Optional[Path],
    "texts": Optional[list[str]],
    "paths": Optional[list[Path]],
    "words": Optional[list[str]],
}


def _annotation(param: options.Param) -> Any:
    python_type = int if param.takes == "number" and param.default is not None else _TYPES[param.takes]
    if param.is_argument:
        info: Any = typer.Argument(help=param.help, metavar=param.metavar)
    else:
        info = typer.Option(*param.names, help=param.help, metavar=param.metavar)
    return Annotated[python_type, info]


def _value(param: options.Param, value: Any) -> Any:
    if param.takes == "words":
        return " ".join(value or [])
    if param.takes in ("texts", "paths"):
        return list(value or [])
    return value


def run_command(command: options.Command, values: dict[str, Any]) -> int:
    """Hand the values to the command, by keyword: to its options dataclass, or straight to its run."""
    module = importlib.import_module(f"oudergesprek.cli.commands.{command.name}")
    dataclass = getattr(module, f"{command.name.capitalize()}Options", None)
    return module.run(dataclass(**values)) if dataclass else module.run(**values)


def _register(command: options.Command) -> None:
    def callback(**given: Any) -> None:
        values = {p.field: _value(p, given[p.field]) for p in command.params}
        raise typer.Exit(run_command(command, values))

    parameters = [
        inspect.Parameter(p.field, inspect.Parameter.KEYWORD_ONLY, default=p.default, annotation=_annotation(p))
        for p in command.params
    ]
    callback.__signature__ = inspect.Signature(parameters, return_annotation=None)  # type: ignore[attr-defined]
    callback.__annotations__ = {p.name: p.annotation for p in parameters}
    callback.__name__ = command.name
    for name in command.names:  # an alias runs the same command, and is left out of the list of commands
        others = [other for other in command.names if other != name]
        shown = command.help + (f" Ook: {', '.join(f'[bold]{other}[/]' for other in others)}." if others else "")
        hidden = name != command.name
        app.command(name, help=shown, cls=DutchCommand, options_metavar=OPTIONS_METAVAR, hidden=hidden)(callback)


for _command in options.COMMANDS:
    _register(_command)
