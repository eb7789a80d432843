"""The one place that decides how output looks here: colours and boxes (Rich) or plain text.

Plain text in a pipe, with NO_COLOR, on a dumb terminal or for a screen reader; Rich decides everything
else with its own detection (FORCE_COLOR, TTY_COMPATIBLE, Jupyter ...). Rich is imported only when it
may be needed: a look-up piped into another program never loads it.
"""

from __future__ import annotations

import os
import sys

TYPE_CHECKING = False  # as typing.TYPE_CHECKING, without importing typing on the look-up path
if TYPE_CHECKING:
    from collections.abc import Collection, Iterable, Sequence
    from typing import TextIO

# Environment variables with which Rich may call a stream a terminal that is none (see rich.console).
_RICH_FORCES = ("FORCE_COLOR", "TTY_COMPATIBLE", "TTY_INTERACTIVE")


def use_colour(stream: TextIO | None = None) -> bool:
    """True when Rich would draw colours on this stream (standard output by default)."""
    stream = stream or sys.stdout
    if os.environ.get("NO_COLOR") or os.environ.get("TERM") == "dumb":
        return False  # also Rich's rule; checked here so that a plain answer never imports Rich
    isatty = getattr(stream, "isatty", None)
    if not (isatty and isatty()) and not any(os.environ.get(name) for name in _RICH_FORCES):
        return False  # Rich says the same; no need to import it
    from rich.console import Console

    console = Console(file=stream)
    return console.is_terminal and not console.no_color and not console.is_dumb_terminal


def reset_colours(stream: TextIO | None = None) -> None:
    """After output that was cut off half-way (Ctrl-C while Rich draws): colours and styles back to normal,
    so that what follows is not printed in the colour of a frame."""
    stream = stream or sys.stdout
    isatty = getattr(stream, "isatty", None)
    try:
        if isatty and isatty():
            stream.write("\x1b[0m")
            stream.flush()
    except (OSError, ValueError):  # a closed terminal: nothing to reset
        pass


def width() -> int:
    """The terminal's width (or $COLUMNS), between 30 and 100."""
    import shutil

    return max(30, min(shutil.get_terminal_size((80, 24)).columns, 100))


def print_numbered(
    columns: Sequence[tuple[str, int]], last: str, rows: Iterable[Sequence[str]], ellipsis: Collection[str] = ()
) -> None:
    """A `--list` in plain text: a heading line, then one line per row, numbered from 1 (the number that
    other options take, as in `reflect --show NR`). `columns` are (heading, width): a longer value is cut
    to the width, ending in '…' in the columns named in `ellipsis` (where a cut could pass unnoticed).
    The last column, headed `last` (say the status), stands whole at the end of each row."""

    def line(number: str, values: Sequence[str]) -> str:
        cells = []
        for (heading, width), value in zip(columns, values[: len(columns)], strict=True):
            if len(value) > width:
                value = value[: width - 1] + "\u2026" if heading in ellipsis else value[:width]
            cells.append(f"{value:<{width}}")
        return f"{number:>3}  {' '.join(cells)} {values[len(columns)]}"

    print(line("Nr", [heading for heading, _ in columns] + [last]))
    for number, row in enumerate(rows, 1):
        print(line(str(number), row))
