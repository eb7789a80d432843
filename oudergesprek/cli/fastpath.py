"""The quick way in: a plain `oudergesprek phrase ...` and the help screens, without importing Typer.

Importing Typer and Rich costs several times more than the whole look-up. So the console script
(`entry.main`) first asks this module:

- `phrase_options(args)`: the options of a `phrase` (or `zin`) call, if this small parser understands every
  argument exactly as Typer would. Anything else (help, an unknown or repeated option, a value that
  is not a plain number, `--`) returns None, and Typer handles it with its Dutch messages.
- `cached_help(args)`: a help screen shown before, if nothing that shapes it has changed since
  (program files, Typer and Rich, terminal width, colour settings). `typer_with_help_cache` runs Typer
  and keeps what it printed for next time.

Imports stay inside the functions: loading this module must cost next to nothing.
"""

from __future__ import annotations

import os
import sys

from oudergesprek import errors
from oudergesprek.cli import options

# The options of `oudergesprek phrase` as (names, PhraseOptions field, what follows): derived from the one
# declaration that the Typer app is built from as well (cli/options.py), never written out twice.
PHRASE_OPTIONS: tuple[tuple[tuple[str, ...], str, str], ...] = tuple(
    (p.names, p.field, p.takes) for p in options.PHRASE.params if not p.is_argument
)
_QUERY = next(p.field for p in options.PHRASE.params if p.is_argument)
_PHRASE_NAMES = options.PHRASE.names  # `phrase` and its Dutch aliases (`zin`, `zinnen`)
_BY_NAME = {name: (field, takes) for names, field, takes in PHRASE_OPTIONS for name in names}

HELP_FLAGS = ("--help", "-h")
HELP_FORMAT = 1


def phrase_options(args: list[str]) -> dict | None:
    """PhraseOptions fields for `phrase ARGS...`, or None when Typer should parse them."""
    if not args or args[0] not in _PHRASE_NAMES or "_OUDERGESPREK_COMPLETE" in os.environ:
        return None
    if sys.platform == "win32" and any(ch in arg for arg in args for ch in "*?["):
        return None  # Click expands wildcards on Windows
    values: dict = {}
    words: list[str] = []
    rest = iter(args[1:])
    for arg in rest:
        if not arg.startswith("-"):
            words.append(arg)
            continue
        name, has_value, value = arg.partition("=") if arg.startswith("--") else (arg, "", "")
        spec = _BY_NAME.get(name)
        if spec is None or spec[0] in values:
            return None  # help, an unknown or a repeated option, `--`, `-n5`: Typer decides
        field, takes = spec
        if takes == "flag":
            if has_value:
                return None
            values[field] = True
            continue
        if not has_value:
            following = next(rest, None)
            if following is None or following.startswith("-"):
                return None
            value = following
        if takes == "number":
            if not (value.isascii() and value.isdigit()):
                return None
            values[field] = int(value)
        else:
            values[field] = value
    values[_QUERY] = " ".join(words)
    return values


def run_phrase(values: dict) -> int:
    """Run the phrase command as the Typer app would, with the same messages and exit codes."""
    import gc

    def call() -> int:
        from oudergesprek.cli.commands.phrase import PhraseOptions, run

        return run(PhraseOptions(**values))

    # A look-up is over in a blink and builds no cycles worth collecting; without the cyclic garbage
    # collector, loading a large library (hundreds of thousands of objects) is a third faster.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return errors.guarded(call)
    finally:
        if collecting:
            gc.enable()


def exit_now(code: int) -> None:
    """End the process without tearing down every object one by one: after a look-up in a library
    of 50,000 phrases that teardown takes longer than the search, and after a PDF it is 0.08 s of the
    modules of fpdf2. What Python does at its end is done first: the exit functions, then the output is
    flushed. Every file the program writes is closed by then (atomic writes, `with` blocks)."""
    import atexit

    atexit._run_exitfuncs()
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        errors.quiet_stdout()
        code = code or 1
    except (OSError, ValueError):
        pass
    try:
        sys.stderr.flush()
    except (OSError, ValueError):
        pass
    os._exit(code)


# --- help screens --------------------------------------------------------------------------------------

# Environment variables that Typer, Click or Rich read to decide colours, width or layout.
_HELP_ENV = (
    "COLUMNS",
    "LINES",
    "TERM",
    "COLORTERM",
    "NO_COLOR",
    "FORCE_COLOR",
    "PY_COLORS",
    "TERMINAL_WIDTH",
    "GITHUB_ACTIONS",
    "DATABRICKS_RUNTIME_VERSION",
    "PYTHONIOENCODING",
    "LANG",
)
_HELP_ENV_PREFIXES = ("TYPER", "_TYPER", "TTY_", "JUPYTER", "LC_", "OUDERGESPREK", "_OUDERGESPREK")


def help_name(args: list[str]) -> str | None:
    """A cache name for a help screen (`oudergesprek`, `--help`, `phrase --help`), else None."""
    if sys.platform == "win32":
        return None  # Rich's Windows console detection is not in the key: always ask Typer
    if not args:
        return "hulp-zonder-opdracht"
    if len(args) == 1 and args[0] in HELP_FLAGS:
        return "hulp"
    if len(args) == 2 and args[1] in HELP_FLAGS and args[0].isascii() and args[0].replace("-", "").isalpha():
        return f"hulp-{args[0].lower()}"
    return None


def _help_file(name: str):
    """One file per screen, and one more for a terminal: a pipe and a terminal would overwrite each other."""
    from oudergesprek import paths

    return paths.cache_dir() / f"{name}{'-terminal' if _isatty(1) else ''}.bin"


def _help_key() -> list:
    """Everything that shapes a help screen; a different key means the screen is drawn afresh."""
    from oudergesprek import __version__, paths

    here = os.path.dirname(os.path.abspath(__file__))
    key: list = [HELP_FORMAT, __version__, sys.version, sys.executable, getattr(sys.stdout, "encoding", None)]
    for folder in (here, os.path.join(here, "commands")):
        try:
            entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
        except OSError:
            continue
        for entry in entries:
            if entry.name.endswith(".py"):
                info = entry.stat()
                key.append((entry.name, info.st_size, info.st_mtime_ns))
    for package in ("typer", "rich", "click"):  # installing or removing a package changes its folder
        for place in sys.path:
            if os.path.isdir(os.path.join(place or ".", package)):
                key.append((package, place, os.stat(place or ".").st_mtime_ns))
                break
    try:  # in case a help text ever shows a setting
        info = os.stat(paths.config_dir() / "instellingen.yaml")
        key.append((info.st_size, info.st_mtime_ns))
    except OSError:
        key.append(None)
    key.extend(sorted((k, v) for k, v in os.environ.items() if k in _HELP_ENV or k.startswith(_HELP_ENV_PREFIXES)))
    key.append(tuple(_isatty(fd) for fd in (0, 1, 2)))
    key.append(_terminal_size())
    return key


def _isatty(fd: int) -> bool:
    try:
        return os.isatty(fd)
    except OSError:
        return False


def _terminal_size() -> tuple[int, int] | None:
    for fd in (0, 1, 2):  # the order Rich asks in
        try:
            columns, lines = os.get_terminal_size(fd)
            return columns, lines
        except (OSError, ValueError):
            continue
    return None


def cached_help(args: list[str]) -> int | None:
    """Print a help screen kept from an earlier run and return its exit code, if still valid."""
    name = help_name(args)
    if name is None:
        return None
    import marshal

    try:
        stored = marshal.loads(_help_file(name).read_bytes())
        if not isinstance(stored, dict) or stored.get("key") != _help_key():
            return None
        text, code = stored["out"], stored["code"]
        if not isinstance(text, str) or not isinstance(code, int):
            return None
    except Exception:  # missing, damaged or from another version: Typer draws it again
        return None
    try:
        sys.stdout.write(text)
        sys.stdout.flush()
    except BrokenPipeError:  # as Typer: quiet, exit code 1
        errors.quiet_stdout()
        return 1
    return code


class _Tee:
    """A stand-in for sys.stdout/sys.stderr that passes everything on and remembers what was written."""

    def __init__(self, stream) -> None:
        self._stream = stream
        self.written: list[str] = []

    def write(self, text: str) -> int:
        count = self._stream.write(text)  # first: Click probes with bytes, which a text stream refuses
        self.written.append(text)
        return count

    def __getattr__(self, name: str):
        return getattr(self._stream, name)


def typer_with_help_cache(args: list[str]) -> None:
    """Run the Typer app; when it drew a cacheable help screen, keep that screen for next time."""
    from oudergesprek.cli.app import app

    name = help_name(args)
    encoding = (getattr(sys.stdout, "encoding", "") or "").lower().replace("-", "")
    if name is None or encoding != "utf8":
        app()
        return
    key = _help_key()
    out, err = _Tee(sys.stdout), _Tee(sys.stderr)
    sys.stdout, sys.stderr = out, err
    finished: object = None  # the exit code, once Typer has drawn the whole screen
    try:
        app()
    except SystemExit as done:
        finished = done.code
        raise
    finally:
        sys.stdout, sys.stderr = out._stream, err._stream
        if isinstance(finished, int) and out.written and not err.written:
            _store_help(name, key, out.written, finished)


def _store_help(name: str, key: list, written: list, code: int) -> None:
    if not all(isinstance(part, str) for part in written):
        return
    import marshal

    try:
        from oudergesprek.atomic import write_bytes

        write_bytes(_help_file(name), marshal.dumps({"key": key, "out": "".join(written), "code": code}))
    except Exception:  # no cache is slower, never wrong
        pass
