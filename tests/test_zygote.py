"""The tests' pseudo-terminal runs (zygote.py) behave exactly as the console script started anew.

Most interactive tests run the program as a fork of a started copy, to keep the suite within its time. These
tests run the same things both ways and compare all that a teacher would see: the screen, the exit status,
and what was written to disk.
"""

from __future__ import annotations

import os
from pathlib import Path

import pexpect
import pytest
import zygote
from helpers import SCRIPT, exits_with, personal_phrase, put_cache, spawn, stop


def transcript(isolated: Path, args: tuple[str, ...], typed: list[str], new_process: bool) -> tuple[str, int]:
    """The screen (with this test's folder as <MAP>) and the exit status of one run."""
    child = spawn(isolated, *args, new_process=new_process)
    for text in typed:
        child.expect("> ")
        if text == "^C":
            stop(child, "ctrl-c")
            break
        child.sendline(text)
    child.expect(pexpect.EOF)
    shown = child.before
    child.close()
    status = child.exitstatus if child.exitstatus is not None else -child.signalstatus
    return shown.replace(str(isolated), "<MAP>"), status


RUNS = [  # a list, a look-up, a stop at a question, a question answered and then a stop
    (("prep", "--list"), []),
    (("phrase", "ouder huilt"), []),
    (("reflect",), ["^C"]),
    (("plan", "Bram"), ["5", "^C"]),
]


@pytest.mark.parametrize(("args", "typed"), RUNS, ids=lambda v: " ".join(v) if isinstance(v, tuple) else None)
def test_a_forked_run_shows_and_saves_what_a_new_process_does(
    tmp_path, monkeypatch, builtin_library_cache, args, typed
):
    shown, saved = [], []
    for new_process in (True, False):
        isolated = tmp_path / ("nieuw" if new_process else "fork")
        for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"):
            monkeypatch.setenv(var, str(isolated / var.lower()))
        put_cache(builtin_library_cache)  # as after a first look-up, in both
        shown.append(transcript(isolated, args, typed, new_process))
        saved.append(sorted(str(p.relative_to(isolated)) for p in isolated.rglob("*") if "cache" not in p.parts))
    assert shown[0] == shown[1]
    assert saved[0] == saved[1]


def test_the_forked_program_is_a_child_of_the_test_in_its_own_session(isolated):
    """pexpect waits for it and signals it as its own child; Ctrl-C reaches it through the terminal."""
    child = spawn(isolated, "reflect")
    child.expect("Over welk gesprek")
    with open(f"/proc/{child.pid}/stat", encoding="ascii") as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    parent, session = int(fields[1]), int(fields[3])
    assert parent == os.getpid()
    assert session == child.pid  # the leader of a session of its own, as after pexpect's own fork
    assert zygote._zygote is not None and zygote._zygote.script == SCRIPT
    stop(child, "ctrl-c")
    assert "Traceback" not in exits_with(child, 130)


def test_another_start_up_setting_or_a_read_variable_starts_a_new_process():
    env = dict(os.environ)
    found = zygote.zygote_for(SCRIPT, env)
    assert found is not None and found.fits(env)
    assert not found.fits({**env, "PYTHONUTF8": "1" if env.get("PYTHONUTF8") != "1" else "0"})
    assert not found.fits({**env, "LC_ALL": "C"})
    for name in found.read:  # what an import read (such as TYPER_USE_RICH) decides for every run
        assert not found.fits({**env, name: (env.get(name) or "") + "x"})


def test_a_library_the_program_reads_at_the_run_is_the_one_of_that_run(isolated):
    """Nothing of the program is loaded before the run: a personal phrase written just now is found."""
    personal_phrase(isolated, "zeepbel-zin", "Ik zie de zeepbel, meneer.", "Ik zie de zeepbel.")
    child = spawn(isolated, "phrase", "zeepbel")
    child.expect(pexpect.EOF)
    assert "Ik zie de zeepbel, meneer." in child.before
