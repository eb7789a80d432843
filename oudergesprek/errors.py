"""The project's own error types, and the one place that turns them into messages and exit codes."""

from __future__ import annotations

import sys

EXIT_OK = 0
EXIT_NOT_FOUND = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130


class OudergesprekError(Exception):
    """An error with a Dutch message meant for the user."""

    exit_code = EXIT_USAGE

    def __init__(self, message: str, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint


class UsageError(OudergesprekError):
    """Wrong command-line values, or a file that cannot be written."""


class NotFound(OudergesprekError):
    """A search or look-up found nothing."""

    exit_code = EXIT_NOT_FOUND


class Interrupted(OudergesprekError):
    """The user stopped an interactive flow; what was answered is saved."""

    exit_code = EXIT_INTERRUPTED


def report(error: OudergesprekError) -> int:
    """Print the error in Dutch on stderr and return its exit code."""
    from oudergesprek.hints import as_typed

    print(as_typed(error.message), file=sys.stderr)
    if error.hint:
        print(as_typed(error.hint), file=sys.stderr)
    return error.exit_code


def warn(message: str) -> None:
    """A warning on stderr that does not stop the command."""
    from oudergesprek.hints import as_typed

    print(f"Let op: {as_typed(message)}", file=sys.stderr)


def raise_interrupt(signum: int, frame: object) -> None:
    """Signal handler: a closed terminal (SIGHUP) counts as Ctrl-C."""
    raise KeyboardInterrupt
