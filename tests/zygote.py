"""A started copy of the program, forked for each run in a pseudo-terminal: the same program, sooner.

About 90 tests type into the program. A new Python that imports Typer, Rich, pydantic and fpdf2 spends
0.3 to 0.6 s of CPU before the first question, and on a 2-core machine that was most of the suite's time.
The zygote is one Python per test process that has only imported those modules (it calls no function of
the program). For each run it forks a child that becomes what the console script would be: the leader of
a new session, with the pseudo-terminal as its controlling terminal and as stdin, stdout and stderr; the
run's environment, folder and arguments; Ctrl-C raising KeyboardInterrupt (also when the tests run with
SIGINT ignored); then `sys.exit(main())` as in the console script, with Python's normal ending.

The test process adopts that child (PR_SET_CHILD_SUBREAPER), so pexpect waits for it, signals it and
reads its exit status exactly as for a child it started itself.

A new process is started instead, whenever a fork could differ from one:
- an environment variable that was read during the imports has another value for this run;
- Python's own start-up settings differ (a PYTHON* variable, the locale: LANG, LANGUAGE, LC_*);
- the run asks for something else than the console script, or for other pexpect options;
- not on Linux, or `OUDERGESPREK_TESTS_NEW_PROCESS=1` (every run a new process, to compare).
"""

from __future__ import annotations

import atexit
import ctypes
import fcntl
import json
import os
import struct
import subprocess
import sys
import termios
import threading

import ptyprocess

# What the runs import: every module of the program (importing one only defines things), PyYAML, filelock,
# fpdf2 (through render.pdf), and what Typer 0.29 loads at a parse.
PRELOAD = (
    "oudergesprek.cli.entry",
    "oudergesprek.cli.app",
    "*oudergesprek",
    "yaml",
    "filelock",
    "typer._adapters",
    "typer._coercion",
    "pydantic.plugin._loader",
)

_CHILD = r"""
import json, os, signal, sys
script = sys.argv[1]
sys.path[0] = os.path.dirname(script)  # as for the console script: its own folder first
read = set()


class Recording(type(os.environ)):
    def __getitem__(self, key):
        read.add(key)
        return super().__getitem__(key)

    def __iter__(self):
        read.add("*")
        return super().__iter__()


plain = type(os.environ)
os.environ.__class__ = Recording


def preload(names):
    import importlib
    import pkgutil

    for name in names:
        try:
            if name.startswith("*"):  # a package and every module in it
                package = importlib.import_module(name[1:])
                for found in pkgutil.walk_packages(package.__path__, name[1:] + "."):
                    if found.name.split(".")[-1] != "__main__":
                        importlib.import_module(found.name)
            else:
                importlib.import_module(name)
        except ImportError:
            pass


preload(json.loads(sys.argv[2]))
os.environ.__class__ = plain
from oudergesprek.cli.entry import main  # __main__.main, as in the console script (see entry._started_as_program)
import gc
gc.collect()
gc.freeze()
os.write(1, (json.dumps(sorted(read)) + "\n").encode())
pending = b""
while True:
    while b"\n" not in pending:
        chunk = os.read(0, 65536)
        if not chunk:
            os._exit(0)
        pending += chunk
    line, pending = pending.split(b"\n", 1)
    run = json.loads(line)
    started_r, started_w = os.pipe()
    middle = os.fork()
    if middle == 0:
        os.close(started_r)
        if os.fork() == 0:
            break  # the program, below
        os._exit(0)
    os.close(started_w)
    os.waitpid(middle, 0)  # gone at once: its child now belongs to the test process
    pid = os.read(started_r, 32) or b"0"
    os.close(started_r)
    os.write(1, pid + b"\n")

os.setsid()
tty = os.open(run["tty"], os.O_RDWR)  # the first terminal a session leader opens becomes its own
for fd in (0, 1, 2):
    os.dup2(tty, fd)
os.write(started_w, str(os.getpid()).encode())
os.closerange(3, 65536)
for number in signal.valid_signals():
    if number not in (signal.SIGKILL, signal.SIGSTOP, signal.SIGPIPE, signal.SIGXFSZ):  # as Python starts
        try:
            signal.signal(number, signal.SIG_DFL)
        except (OSError, ValueError):
            pass
signal.signal(signal.SIGINT, signal.default_int_handler)
os.chdir(run["cwd"])
os.environ.clear()
os.environ.update(run["env"])
sys.argv = run["argv"]
encoding, errors = sys.stdout.encoding, sys.stdout.errors
sys.stdin = sys.__stdin__ = open(0, "r", encoding=encoding, errors=sys.stdin.errors, closefd=False)
sys.stdout = sys.__stdout__ = open(1, "w", encoding=encoding, errors=errors, closefd=False)  # a tty: by line
sys.stderr = sys.__stderr__ = open(2, "w", encoding=encoding, errors="backslashreplace", closefd=False, buffering=1)
del json, script, read, Recording, plain, preload, gc, pending, line, run, started_r, started_w, middle, tty, fd
del number, encoding, errors
sys.exit(main())
"""

_STARTUP = ("LANG", "LANGUAGE")


class Zygote:
    """The program after its imports, in a process of its own; `start` gives a run in a pseudo-terminal."""

    def __init__(self, script: str) -> None:
        self.script = script
        self.env = dict(os.environ)
        self._lock = threading.Lock()
        self._process = subprocess.Popen(
            [sys.executable, "-c", _CHILD, script, json.dumps(PRELOAD)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            env=self.env,
        )
        assert self._process.stdout is not None
        self.read: set[str] = set(json.loads(self._process.stdout.readline() or "[]"))
        atexit.register(self.stop)

    def fits(self, env: dict[str, str]) -> bool:
        """Whether a fork runs as a new process would with this environment."""
        if "*" in self.read or self._process.poll() is not None:
            return False
        startup = {k for k in {*env, *self.env} if k.startswith(("PYTHON", "LC_")) or k in _STARTUP}
        return all(env.get(key) == self.env.get(key) for key in self.read | startup)

    def start(self, argv: list[str], env: dict[str, str], cwd: str | None, rows: int, cols: int):
        master, slave = os.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
        run = {"argv": argv, "env": env, "cwd": cwd or os.getcwd(), "tty": os.ttyname(slave)}
        try:
            with self._lock:
                assert self._process.stdin is not None and self._process.stdout is not None
                self._process.stdin.write((json.dumps(run) + "\n").encode())
                self._process.stdin.flush()
                pid = int(self._process.stdout.readline() or b"0")
        finally:
            os.close(slave)  # the child holds the terminal now (or never will)
        if not pid:
            os.close(master)
            raise RuntimeError("the zygote could not start the program")
        process = ptyprocess.PtyProcess(pid, master)
        process.argv, process.env, process.launch_dir = argv, env, cwd
        return process

    def stop(self) -> None:
        if self._process.poll() is None:
            self._process.kill()
            self._process.wait()


_zygote: Zygote | None = None
_adopting = False


def _adopt_orphans() -> bool:
    """Make this process the parent of the zygote's children (Linux): whether that worked."""
    global _adopting
    if not _adopting and sys.platform.startswith("linux"):
        PR_SET_CHILD_SUBREAPER = 36
        _adopting = ctypes.CDLL(None, use_errno=True).prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0) == 0
    return _adopting


def zygote_for(script: str, env: dict[str, str]) -> Zygote | None:
    """The zygote of this test process when it can run `script` with `env`, else None."""
    global _zygote
    if os.environ.get("OUDERGESPREK_TESTS_NEW_PROCESS") or not _adopt_orphans():
        return None
    if _zygote is None:
        _zygote = Zygote(script)
    return _zygote if _zygote.fits(env) else None
