"""Typer and its Click speak English; this small adapter makes help and errors Dutch.

Errors are recognised by their exception type and attributes (NoSuchOption.option_name, BadParameter.param,
MissingParameter.param, the context they were raised in), never by their English text; a type this module
does not know gets a plain Dutch sentence, never a traceback. Help is made Dutch through the public ways
Typer offers: the module-level strings of typer.rich_utils (set when a help screen is drawn, as Typer only
imports that module then), `options_metavar` and `subcommand_metavar`, and
subclasses of Typer's command and group that override public Click methods (format_usage, get_help_option,
resolve_command). Private internals are touched in two places only, each guarded so that a new Typer
release cannot crash the program:
  - `typer._click`, Typer's bundled copy of Click (Typer >= 0.2x), for the exception types: there is no
    public path to them; older Typer releases use Click itself.
  - `display_type_rich` of TyperOption/TyperArgument, to hide Python types such as '<bool>' in the help.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import Any

import typer
import typer.core

from oudergesprek.errors import EXIT_USAGE, guarded, raise_interrupt, stop_signals

try:  # private: Typer's bundled Click (see above)
    from typer._click import exceptions as click_exc
except ImportError:  # pragma: no cover - Typer releases that use Click itself
    from click import exceptions as click_exc  # type: ignore[no-redef]

OPTIONS_METAVAR = "[OPTIES]"
SUBCOMMAND_METAVAR = "OPDRACHT [ARGUMENTEN]..."
USAGE_PREFIX = "Gebruik: "
HELP_OPTION_TEXT = "Toon deze hulp en stop."

_RICH_TEXTS = {
    "ARGUMENTS_PANEL_TITLE": "Argumenten",
    "OPTIONS_PANEL_TITLE": "Opties",
    "COMMANDS_PANEL_TITLE": "Opdrachten",
    "ERRORS_PANEL_TITLE": "Fout",
    "ABORTED_TEXT": "Afgebroken.",
    "DEFAULT_STRING": "[standaard: {}]",
    "REQUIRED_LONG_STRING": "[verplicht]",
    "ENVVAR_STRING": "[omgevingsvariabele: {}]",
    "RICH_HELP": "Zie [blue]'{command_path} {help_option}'[/] voor hulp.",
}


def _dutch_help_screens() -> None:
    """Typer's help screens (typer.rich_utils) in Dutch. Done when a help screen is drawn, not at start:
    rich_utils brings Rich's Markdown and more, a tenth of a second at the start of every command."""
    from typer import rich_utils

    for name, text in _RICH_TEXTS.items():
        if hasattr(rich_utils, name):
            setattr(rich_utils, name, text)
    try:  # the highlighter colours the word before the usage line
        rich_utils.OptionHighlighter.highlights[-1] = r"(?P<usage>Gebruik: )"
    except (AttributeError, IndexError, TypeError):  # pragma: no cover - another Typer: uncoloured, still Dutch
        pass


def _hide_python_types(cls: Any) -> None:
    """Typer shows '<bool>' or '<list[str]>' beside options: noise for a teacher (private method, guarded)."""
    original = getattr(cls, "display_type_rich", None)
    if original is None:
        return

    def display_type_rich(self: Any, ctx: Any) -> Any:
        shown = original(self, ctx)
        return None if isinstance(shown, str) and shown.startswith("<") else shown

    cls.display_type_rich = display_type_rich


for _cls in (typer.core.TyperOption, typer.core.TyperArgument):
    _hide_python_types(_cls)


# --- errors --------------------------------------------------------------------------------------------


class UnknownCommand(click_exc.UsageError):
    """A word where a command should be that is no command."""


def _param_name(param: Any) -> str:
    if param is None:
        return "een waarde"
    opts = getattr(param, "opts", None) or []
    if getattr(param, "param_type_name", "") == "option" and opts:
        return opts[0]
    return getattr(param, "metavar", None) or getattr(param, "human_readable_name", None) or "een waarde"


def _expected(param: Any) -> str:
    """What a value of this parameter should look like, from the parameter's type: the Python annotation
    (Typer's type_descriptor) or, in Typer releases that use Click's types, the Click type's name."""
    import datetime as dt
    import enum
    from pathlib import Path

    annotation = getattr(getattr(param, "type_descriptor", None), "annotation", None)
    if isinstance(annotation, type):
        if issubclass(annotation, enum.Enum):
            return "kies uit " + ", ".join(str(member.value) for member in annotation)
        for python_type, text in (
            (bool, "verwacht ja of nee"),
            (int, "verwacht een geheel getal"),
            (float, "verwacht een getal"),
            (dt.datetime, "verwacht een datum"),
            (Path, "verwacht een pad"),
        ):
            if issubclass(annotation, python_type):
                return text
    type_name = getattr(getattr(param, "type", None), "name", "")
    choices = getattr(getattr(param, "type", None), "choices", None)
    if choices:
        return "kies uit " + ", ".join(str(c) for c in choices)
    return {
        "integer": "verwacht een geheel getal",
        "int": "verwacht een geheel getal",  # Typer's own copy of Click (0.25 to 0.28)
        "integer range": "verwacht een geheel getal binnen de grenzen",
        "int range": "verwacht een geheel getal binnen de grenzen",
        "float": "verwacht een getal",
        "float range": "verwacht een getal binnen de grenzen",
        "boolean": "verwacht ja of nee",
        "path": "verwacht een bestaand pad",
        "filename": "verwacht een bestand",
        "datetime": "verwacht een datum",
        "uuid": "verwacht een UUID",
    }.get(type_name, "deze waarde kan niet")


def usage_message(error: Exception, commands: Sequence[str] = (), params: Sequence[Any] = ()) -> str:
    """A Dutch sentence for a parse error, from its type and attributes only."""
    options = sorted(commands)
    if isinstance(error, UnknownCommand):
        return "Onbekende opdracht. Kies uit: " + ", ".join(options)
    if isinstance(error, click_exc.NoSuchOption):
        possibilities = sorted(getattr(error, "possibilities", None) or [])
        hint = f" Bedoelt u {' of '.join(possibilities)}?" if possibilities else ""
        return f"Onbekende optie {error.option_name}.{hint}"
    if isinstance(error, click_exc.BadOptionUsage):
        option = _find_option(error, params)
        if option is not None and getattr(option, "is_flag", False):
            return f"De optie {error.option_name} neemt geen waarde."
        return f"De optie {error.option_name} heeft een waarde nodig."
    if isinstance(error, click_exc.MissingParameter):
        return f"Er ontbreekt een waarde: {_param_name(error.param)}."
    if isinstance(error, click_exc.BadParameter):
        return f"Ongeldige waarde voor {_param_name(error.param)}: {_expected(error.param)}."
    if type(error) is click_exc.UsageError and error.ctx is not None:
        if isinstance(error.ctx.command, typer.core.TyperGroup):  # a group's own plain error: no command given
            return "Kies een opdracht. Kies uit: " + ", ".join(options)
        # the one plain UsageError a command's parser raises: words left over after the arguments
        return 'Te veel woorden. Zet een tekst met spaties tussen aanhalingstekens, bijvoorbeeld "ouder huilt".'
    return "Dat begrijp ik niet. Kijk bij de hulp welke opdrachten en opties er zijn."


def _find_option(error: Any, params: Sequence[Any]) -> Any:
    """The option an error names: in its command, or (the parser raises without a context) any command."""
    ctx = getattr(error, "ctx", None)
    for param in [*getattr(getattr(ctx, "command", None), "params", []), *params]:
        if error.option_name in (*getattr(param, "opts", ()), *getattr(param, "secondary_opts", ())):
            return param
    return None


# --- the Dutch command and group -----------------------------------------------------------------------


class _Dutch:
    """Usage line, help option and help screen in Dutch, through public Click methods."""

    def format_help(self, ctx: Any, formatter: Any) -> Any:
        _dutch_help_screens()
        return super().format_help(ctx, formatter)  # type: ignore[misc]

    def format_usage(self, ctx: Any, formatter: Any) -> None:
        pieces = self.collect_usage_pieces(ctx)  # type: ignore[attr-defined]
        formatter.write_usage(ctx.command_path, " ".join(pieces), USAGE_PREFIX)

    def get_help_option(self, ctx: Any) -> Any:
        option = super().get_help_option(ctx)  # type: ignore[misc]
        if option is not None:
            option.help = HELP_OPTION_TEXT
        return option


class DutchCommand(_Dutch, typer.core.TyperCommand):
    pass


class DutchGroup(_Dutch, typer.core.TyperGroup):
    """Runs the command and turns every error into a Dutch message and an exit code."""

    def visible_commands(self) -> list[str]:
        return [name for name, command in self.commands.items() if not command.hidden]

    def all_params(self) -> list[Any]:
        return [param for command in self.commands.values() for param in command.params]

    def resolve_command(self, ctx: Any, args: list[str]) -> Any:
        if args and args[0] not in self.commands and not args[0].startswith("-") and not ctx.resilient_parsing:
            raise UnknownCommand("", ctx=ctx)
        return super().resolve_command(ctx, args)

    def main(self, *args: Any, **extra: Any) -> Any:  # type: ignore[override]
        """Always our own exit code and message: Click's standalone handling is switched off."""
        extra.pop("standalone_mode", None)
        given = args[0] if args else extra.pop("args", None)
        prog_name = args[1] if len(args) > 1 else extra.pop("prog_name", None)
        _hang_up_like_ctrl_c()
        sys.exit(guarded(lambda: self._parse_and_run(given, prog_name, extra)))

    def _parse_and_run(self, args: Any, prog_name: str | None, extra: dict) -> int:
        """Typer's own outcomes; everything else is handled by `errors.guarded`, shared with the fast path."""
        no_args_is_help = getattr(click_exc, "NoArgsIsHelpError", ())
        try:
            code = super().main(args=args, prog_name=prog_name or "oudergesprek", standalone_mode=False, **extra)
            return code if isinstance(code, int) else 0
        except no_args_is_help:  # Typer has already shown the help
            return EXIT_USAGE
        except click_exc.UsageError as error:
            command = error.ctx.command_path if error.ctx is not None else "oudergesprek"
            print(usage_message(error, self.visible_commands(), self.all_params()), file=sys.stderr)
            print(f"Hulp: {command} --help", file=sys.stderr)
            return EXIT_USAGE
        except typer.Abort:
            raise KeyboardInterrupt from None
        except typer.Exit as done:
            return done.exit_code


def _hang_up_like_ctrl_c() -> None:
    """A closed terminal (SIGHUP) or SIGTERM stops a flow the way Ctrl-C does: saved, with a resume hint, exit 130."""
    import signal

    for sig in stop_signals():
        signal.signal(sig, raise_interrupt)
