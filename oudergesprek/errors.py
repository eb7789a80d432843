"""The project's own error types, and the one place that turns them into messages and exit codes."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable

EXIT_OK = 0
EXIT_NOT_FOUND = 1
EXIT_USAGE = 2
EXIT_SOFTWARE = 70  # an error that should not have happened (sysexits EX_SOFTWARE)
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


_ERRNO_DUTCH = {
    "ENOENT": "het bestand of de map bestaat niet",
    "EACCES": "geen toestemming",
    "EPERM": "dit is niet toegestaan",
    "ENOSPC": "de schijf is vol",
    "EDQUOT": "uw schijfruimte is op",
    "EROFS": "de schijf is alleen-lezen",
    "EISDIR": "dit is een map, geen bestand",
    "ENOTDIR": "een deel van het pad is geen map",
    "EEXIST": "het bestand bestaat al",
    "ENAMETOOLONG": "de naam is te lang",
    "EMFILE": "er staan te veel bestanden tegelijk open",
    "EIO": "de schijf gaf een leesfout of schrijffout",
    "EBUSY": "het bestand is in gebruik",
    "ETXTBSY": "het bestand is in gebruik",
    "ELOOP": "het pad verwijst naar zichzelf",
    "EXDEV": "het bestand staat op een andere schijf",
    "EFBIG": "het bestand is te groot",
    "ENOTEMPTY": "de map is niet leeg",
    "EAGAIN": "het bestand is even niet beschikbaar",
}


def os_reason(error: OSError) -> str:
    """What went wrong with a file, in Dutch: never the system's English text."""
    import errno

    name = errno.errorcode.get(error.errno or 0, "")
    return _ERRNO_DUTCH.get(name, f"het besturingssysteem meldt foutcode {name or error.errno or 'onbekend'}")


def os_error_message(error: OSError) -> OudergesprekError:
    """An OSError that reached the top, as a Dutch message that names the file."""
    where = f" ({error.filename})" if error.filename else ""
    return UsageError(f"Dat lukte niet{where}: {os_reason(error)}.")


def report(error: OudergesprekError) -> int:
    """Print the error in Dutch on stderr and return its exit code."""
    print(as_typed(error.message), file=sys.stderr)
    if error.hint:
        print(as_typed(error.hint), file=sys.stderr)
    return error.exit_code


def warn(message: str) -> None:
    """A warning on stderr that does not stop the command."""
    print(f"Let op: {as_typed(message)}", file=sys.stderr)


def raise_interrupt(signum: int, frame: object) -> None:
    """Signal handler: a closed terminal (SIGHUP) or a stop request (SIGTERM) counts as Ctrl-C."""
    raise KeyboardInterrupt


def stop_signals() -> list:
    """The signals that stop a flow the way Ctrl-C does: SIGHUP and SIGTERM, where the platform has them."""
    import signal

    return [getattr(signal, name) for name in ("SIGHUP", "SIGTERM") if hasattr(signal, name)]


class StopLikeCtrlC:
    """Within this block SIGHUP and SIGTERM raise KeyboardInterrupt (so a flow saves and stops)."""

    def __enter__(self) -> StopLikeCtrlC:
        import signal

        self.previous = [(s, signal.signal(s, raise_interrupt)) for s in stop_signals()]
        return self

    def __exit__(self, *exc: object) -> None:
        import signal

        for sig, handler in self.previous:
            signal.signal(sig, handler)


# --- commands as the user types them (OUDERGESPREK_PROG is set by start.sh) ---------------------------

# "oudergesprek" followed by a command word or an option: a command the user can type. No list of the
# commands here (this base module cannot know the command line); compiled only when needed.
_COMMAND = r"(?<![\w/.~-])oudergesprek(?= (?:[a-z][a-z-]*|--?[a-z])\b)"


def program() -> str:
    """How the user started the program: set by start.sh, else the installed command."""
    return os.environ.get("OUDERGESPREK_PROG", "").strip() or "oudergesprek"


def as_typed(text: str) -> str:
    """Every `oudergesprek COMMAND` in a message, as the user can type it here."""
    name = program()
    if name == "oudergesprek" or not text:
        return text
    import re

    return re.sub(_COMMAND, name, text)


# --- 'Bedoelt u …?' for a misspelt name ------------------------------------------------------------


def closest(value: str, options: Iterable[str]) -> str | None:
    import difflib  # only when a name is misspelt

    matches = difflib.get_close_matches(value.lower(), list(options), n=1, cutoff=0.6)
    return matches[0] if matches else None


def unknown(what: str, value: object, options: Iterable[str]) -> str:
    """A Dutch message for an unknown value, with the closest option or the full list."""
    options = sorted(options)
    guess = closest(str(value), options)
    if guess:
        return f"Onbekende {what} '{value}'. Bedoelt u '{guess}'?"
    return f"Onbekende {what} '{value}'. Kies uit: {', '.join(options)}."


# --- around every command: Dutch messages and exit codes, never a traceback -------------------------


def guarded(call) -> int:
    """What the fast path and the Typer app do around a command: Dutch messages and exit codes, never a traceback."""
    try:
        return call()
    except OudergesprekError as error:
        return report(error)
    except (KeyboardInterrupt, EOFError):
        print("\nAfgebroken.", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:  # the reader of a pipe went away: Typer then says nothing and exits with 1
        quiet_stdout()
        return 1
    except OSError as error:  # a disk, folder or permission problem: in Dutch, never the system's English
        return report(os_error_message(error))
    except Exception as error:  # the last line of defence: never a traceback for a teacher
        if os.environ.get("OUDERGESPREK_DEBUG"):
            raise
        note = getattr(error, _KEPT, None)
        kept = f"{as_typed(note)}\n" if note else ""
        print(
            f"Er ging iets mis dat niet had mogen gebeuren ({type(error).__name__}: {error}).\n"
            f"{kept}Wilt u dit melden? Zet OUDERGESPREK_DEBUG=1 voor details.",
            file=sys.stderr,
        )
        return EXIT_SOFTWARE


_KEPT = "oudergesprek_kept"  # on an error: what the interview that stopped on it has on disk, and how to go on


def keep_note(error: Exception, note: str) -> None:
    """Say `note` (what is on disk, how to go on) if the command stops on this unexpected error.

    Only an interview that really saved answers sets it; every other error says nothing about saving."""
    setattr(error, _KEPT, note)


def quiet_stdout() -> None:
    """After the reader of a pipe went away (| head), write nothing more and say nothing."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except OSError:
        pass
