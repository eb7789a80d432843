"""The program ends without tearing down its modules one by one, but with everything Python does at its end.

After a command that made a PDF, that teardown was 0.08 s of fpdf2's modules; `exit_now` skips it. What a
normal end does still happens: the exit functions run, all output is written, the exit status is kept.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from helpers import ROOT

# The console script's own lines (see .venv/bin/oudergesprek), after an exit function that leaves a mark.
PROGRAM = """
import atexit, sys
mark = sys.argv.pop(1)
atexit.register(lambda: open(mark, "w").write("ran"))
from oudergesprek.cli.entry import main
sys.argv[0] = "oudergesprek"
sys.exit(main())
"""


@pytest.mark.parametrize(
    ("args", "status"),
    [(["prep", "--list"], 0), (["onzin"], 2), (["prep", "--answers", str(ROOT / "examples" / "startgesprek.yaml")], 0)],
    ids=["list", "unknown", "preview"],
)
def test_exit_functions_run_and_all_output_is_written(cli, isolated: Path, args: list[str], status: int):
    mark = isolated / "mark"
    done = subprocess.run(
        [sys.executable, "-c", PROGRAM, str(mark), *args], capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == status, done.stderr
    assert mark.read_text() == "ran"
    assert done.stdout == cli(*args).stdout  # to the last line, as the app prints it in this process


def test_a_text_exit_code_is_printed_and_gives_status_1(monkeypatch, capsys):
    from oudergesprek.cli import entry

    assert entry._exit_code(None) == 0
    assert entry._exit_code(3) == 3
    assert entry._exit_code("Gestopt.") == 1
    assert "Gestopt." in capsys.readouterr().err
