"""Typer and its bundled Click speak English; this module makes help and errors Dutch."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import Any

import typer
from typer import _click, rich_utils
from typer._click import exceptions as click_exc
from typer._click import formatting
from typer._click.exceptions import NoArgsIsHelpError
from typer.exceptions import Abort, Exit

from oudergesprek.errors import EXIT_USAGE, guarded, raise_interrupt

rich_utils.ARGUMENTS_PANEL_TITLE = "Argumenten"
rich_utils.OPTIONS_PANEL_TITLE = "Opties"
rich_utils.COMMANDS_PANEL_TITLE = "Opdrachten"
rich_utils.ERRORS_PANEL_TITLE = "Fout"
rich_utils.ABORTED_TEXT = "Afgebroken."
rich_utils.DEFAULT_STRING = "[standaard: {}]"
rich_utils.REQUIRED_LONG_STRING = "[verplicht]"
rich_utils.ENVVAR_STRING = "[omgevingsvariabele: {}]"
rich_utils.RICH_HELP = "Zie [blue]'{command_path} {help_option}'[/] voor hulp."
rich_utils.OptionHighlighter.highlights[-1] = r"(?P<usage>Gebruik: )"

_write_usage = formatting.HelpFormatter.write_usage


def _dutch_usage(self: Any, prog: str, args: str = "", prefix: str | None = None) -> None:
    _write_usage(self, prog, args, "Gebruik: " if prefix is None else prefix)


formatting.HelpFormatter.write_usage = _dutch_usage  # type: ignore[method-assign]

_get_help_option = _click.core.Command.get_help_option


def _dutch_help_option(self: Any, ctx: Any) -> Any:
    option = _get_help_option(self, ctx)
    if option is not None:
        option.help = "Toon deze hulp en stop."
    return option


_click.core.Command.get_help_option = _dutch_help_option  # type: ignore[method-assign]


_USAGE_WORDS = {"[OPTIONS]": "[OPTIES]", "COMMAND [ARGS]...": "OPDRACHT [ARGUMENTEN]..."}
_collect = _click.core.Command.collect_usage_pieces


def _dutch_pieces(self: Any, ctx: Any) -> list[str]:
    return [_USAGE_WORDS.get(piece, piece) for piece in _collect(self, ctx)]


_click.core.Command.collect_usage_pieces = _dutch_pieces  # type: ignore[method-assign]


def _hide_python_types(cls: Any) -> None:
    """Typer shows '<bool>' or '<list[str]>' beside options: noise for a teacher."""
    original = cls.display_type_rich

    def display_type_rich(self: Any, ctx: Any) -> Any:
        shown = original(self, ctx)
        return None if isinstance(shown, str) and shown.startswith("<") else shown

    cls.display_type_rich = display_type_rich


for _cls in (typer.core.TyperOption, typer.core.TyperArgument):
    _hide_python_types(_cls)


def usage_message(error: Exception, commands: Sequence[str] = ()) -> str:
    """A Dutch sentence for the parse errors a user can make."""
    if isinstance(error, click_exc.NoSuchOption):
        hint = ""
        if error.possibilities:
            hint = f" Bedoelt u {' of '.join(sorted(error.possibilities))}?"
        return f"Onbekende optie {error.option_name}.{hint}"
    if isinstance(error, click_exc.MissingParameter):
        name = error.param.name if error.param is not None else "een waarde"
        return f"Er ontbreekt een waarde: {name}."
    if isinstance(error, click_exc.BadOptionUsage):
        return f"De optie {error.option_name} heeft een waarde nodig."
    if isinstance(error, click_exc.BadParameter):
        name = error.param.opts[0] if error.param is not None and error.param.opts else "een waarde"
        return f"Ongeldige waarde voor {name}: verwacht een geheel getal."
    text = error.format_message() if hasattr(error, "format_message") else str(error)
    if text.startswith("No such command"):
        return "Onbekende opdracht. Kies uit: " + ", ".join(sorted(commands))
    if text.startswith("Got unexpected extra argument"):
        return 'Te veel woorden. Zet een tekst met spaties tussen aanhalingstekens, bijvoorbeeld "ouder huilt".'
    if text.startswith("Missing command"):
        return "Kies een opdracht. Kies uit: " + ", ".join(sorted(commands))
    return f"Dat begrijp ik niet: {text}"


class DutchGroup(typer.core.TyperGroup):
    """Runs the command and turns every error into a Dutch message and an exit code."""

    def visible_commands(self) -> list[str]:
        return [name for name, command in self.commands.items() if not command.hidden]

    def collect_usage_pieces(self, ctx: Any) -> list[str]:
        return [_USAGE_WORDS.get(piece, piece) for piece in super().collect_usage_pieces(ctx)]

    def main(self, args: Any = None, prog_name: str | None = None, **extra: Any) -> Any:
        extra.pop("standalone_mode", None)
        sys.exit(self._run(args, prog_name, extra))

    def _run(self, args: Any, prog_name: str | None, extra: dict) -> int:
        _hang_up_like_ctrl_c()
        return guarded(lambda: self._parse_and_run(args, prog_name, extra))

    def _parse_and_run(self, args: Any, prog_name: str | None, extra: dict) -> int:
        """Typer's own outcomes; everything else is handled by `errors.guarded`, shared with the fast path."""
        try:
            code = super().main(args=args, prog_name=prog_name or "oudergesprek", standalone_mode=False, **extra)
            return code if isinstance(code, int) else 0
        except NoArgsIsHelpError:  # Typer has already shown the help
            return EXIT_USAGE
        except click_exc.UsageError as error:
            command = error.ctx.command_path if error.ctx is not None else "oudergesprek"
            print(usage_message(error, self.visible_commands()), file=sys.stderr)
            print(f"Hulp: {command} --help", file=sys.stderr)
            return EXIT_USAGE
        except Abort:
            raise KeyboardInterrupt from None
        except Exit as done:
            return done.exit_code


def _hang_up_like_ctrl_c() -> None:
    """A closed terminal (SIGHUP) or SIGTERM stops a flow the way Ctrl-C does: saved, with a resume hint, exit 130."""
    import signal

    from oudergesprek.errors import stop_signals

    for sig in stop_signals():
        signal.signal(sig, raise_interrupt)
