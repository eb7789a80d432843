"""The console script: a fast path for a plain look-up and for help screens, Typer for everything else.

A look-up at the classroom door should answer at once, so `oudergesprek phrase ...` does not import
Typer or Rich when a small parser (oudergesprek/fastpath.py) understands all its arguments; help
screens are kept after the first time. Anything else goes to the Typer app in cli.py.
"""

from __future__ import annotations

import sys


def main() -> None:
    from oudergesprek.cli import fastpath

    _printable_everywhere()
    from oudergesprek.cleantext import without_escapes

    sys.argv[1:] = [without_escapes(arg) for arg in sys.argv[1:]]  # a name, a query: content, never styling
    args = sys.argv[1:]
    values = fastpath.phrase_options(args)
    if values is None:
        shown = fastpath.cached_help(args)
        if shown is not None:
            raise SystemExit(shown)
    try:
        if values is not None:
            raise SystemExit(fastpath.run_phrase(values))
        fastpath.typer_with_help_cache(args)
    except SystemExit as stop:  # a look-up and every command end the same way
        if _started_as_program():
            fastpath.exit_now(_exit_code(stop.code))
        raise


def _exit_code(code: object) -> int:
    """The exit status Python gives a SystemExit with this code."""
    if code is None:
        return 0
    if isinstance(code, int):
        return code
    print(code, file=sys.stderr)
    return 1


def _printable_everywhere() -> None:
    """In a terminal that cannot show every character (C locale), show '?' instead of stopping with an error;
    and never pass a control character or escape sequence (other than colours) to the terminal."""
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.reconfigure(errors="replace")  # type: ignore[union-attr]  # a TextIOWrapper; others are skipped
        except (AttributeError, ValueError):
            pass
    from oudergesprek.cleantext import SafeStream

    # The one place where output leaves the program: no escape sequences from a phrase or a name
    if not isinstance(sys.stdout, SafeStream):
        sys.stdout = SafeStream(sys.stdout)
    if not isinstance(sys.stderr, SafeStream):
        sys.stderr = SafeStream(sys.stderr)


def _started_as_program() -> bool:
    """True for the console script and `python -m oudergesprek`, not when a test calls main()."""
    return getattr(sys.modules.get("__main__"), "main", None) is main
