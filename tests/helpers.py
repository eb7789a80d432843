"""What many test modules share: the repository, the console script, files and a pseudo-terminal.

A plain module on pytest's `pythonpath` (see pyproject.toml), so that it imports the same way under
every import mode, `--import-mode=importlib` included.
"""

from __future__ import annotations

import os
import shutil
import signal
import sys
import sysconfig
import time
from pathlib import Path

import pexpect

ROOT = Path(__file__).resolve().parent.parent


def _console_script() -> str:
    """The installed `oudergesprek` of the environment the tests run in (a venv's own scripts folder)."""
    scripts = Path(sysconfig.get_path("scripts"))
    for folder in (scripts, Path(sys.prefix) / ("Scripts" if os.name == "nt" else "bin")):
        candidate = folder / ("oudergesprek.exe" if os.name == "nt" else "oudergesprek")
        if candidate.exists():
            return str(candidate)
    found = shutil.which("oudergesprek")
    assert found, "the console script is installed with the package (pip install -e .)"
    return found


SCRIPT = _console_script()


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def _interruptible() -> None:
    """In the child: Ctrl-C interrupts again, also when the tests were started with SIGINT ignored
    (under nohup, or with & in a shell without job control): an ignored signal stays ignored across exec."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def spawn_env(isolated: Path, **extra: str) -> dict[str, str]:
    env = {**os.environ, **extra}
    for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"):
        env[var] = str(isolated / var.lower())
    env.pop("OUDERGESPREK_LIBRARY", None)
    return env


class Terminal(pexpect.spawn):
    """pexpect.spawn without its fixed pauses, which here only cost time.

    pexpect waits 50 ms before each send, for programs that turn off echo late (a password prompt); ours
    never do, and what is typed early waits in the terminal, as when a teacher types ahead. It also waits
    100 ms in close() for the kernel to report the exit: here close() waits for the exit itself when the
    program already closed the terminal (EOF seen), and keeps pexpect's pause otherwise, so an exit status
    is never read too early.
    """

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.delaybeforesend = None

    def close(self, force: bool = True) -> None:
        if not self.closed and self.flag_eof:
            deadline = time.monotonic() + 5
            while self.isalive() and time.monotonic() < deadline:
                time.sleep(0.002)
            if not self.isalive():
                self.ptyproc.delayafterclose = 0
        super().close(force)


def spawn_program(args: list[str], env: dict[str, str], rows: int = 24, cols: int = 80) -> pexpect.spawn:
    """The installed program in a pseudo-terminal."""
    return Terminal(
        SCRIPT, args, env=env, encoding="utf-8", timeout=20, dimensions=(rows, cols), preexec_fn=_interruptible
    )


def spawn(isolated: Path, *args: str, color: bool = False) -> pexpect.spawn:
    """The installed program in a pseudo-terminal of 80 by 24, with this test's own folders."""
    env = spawn_env(isolated, COLUMNS="80", LINES="24", TERM="xterm-256color")
    env.pop("NO_COLOR", None)
    if not color:
        env["NO_COLOR"] = "1"
    return spawn_program(list(args), env)


def needs(program: str):
    """Skip a test when a system program is missing on a developer's machine, but fail in CI, where
    .ci/run installs it: a skip there would hide a missing install step."""
    import pytest

    if os.environ.get("CI"):
        return lambda test: test  # runs, and fails if the program is missing
    found = shutil.which(program)
    return pytest.mark.skipif(found is None, reason=f"{program} is not installed (.ci/run installs it)")


def spawn_raw(*args, **kwargs) -> pexpect.spawn:
    """pexpect.spawn (as Terminal), with Ctrl-C working in the child (see _interruptible)."""
    return Terminal(*args, preexec_fn=_interruptible, **kwargs)


def print_in_browser(page: Path, folder: Path) -> Path:
    """The HTML page printed to PDF by headless Chromium, as a teacher's browser would print it."""
    import subprocess

    browser = next(p for p in map(shutil.which, ("chromium", "chromium-browser", "google-chrome")) if p)
    printed = folder / "afdruk.pdf"
    subprocess.run(
        [
            browser,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            f"--user-data-dir={folder / 'profiel'}",
            f"--print-to-pdf={printed}",
            "--no-pdf-header-footer",
            page.resolve().as_uri(),
        ],
        capture_output=True,
        timeout=120,
        check=False,
    )
    return printed


def reflection(**answers: str) -> dict[str, str]:
    """A complete reflection answers file (`reflect --answers`); the given answers replace the defaults."""
    base = {
        "gesprek": "aan de deur",
        "kind": "Daan",
        "ouders": "vader",
        "datum": "20 november",
        "gevraagd": "Of Daan mee mocht.",
        "tevreden": "Ja.",
        "regie": "Ja.",
        "belemmerd": "Niets.",
        "volgende_keer": "Eerst samenvatten.",
        "ging_goed": "regie-houden",
        "was_lastig": "constructieve-communicatie",
    }
    return {**base, **answers}


STOPS = ["ctrl-c", "ctrl-d", "hang-up"]


def stop(child: pexpect.spawn, how: str) -> None:
    """Stop a running program the way a teacher can: Ctrl-C, Ctrl-D, or closing the terminal."""
    if how == "ctrl-c":
        child.sendintr()
    elif how == "ctrl-d":
        child.sendeof()
    else:
        child.kill(signal.SIGHUP)
