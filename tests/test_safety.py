"""Trust: nothing leaves the machine, writes are atomic, data is private, terminals of any size work."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap

import pytest
from helpers import ROOT, SCRIPT, write

_NETWORK_EVENTS: list[str] = []
_WATCHING = [False]


def _audit(event: str, args: tuple) -> None:
    if _WATCHING[0] and event.startswith(("socket.", "urllib.Request", "http.client")):
        _NETWORK_EVENTS.append(event)


sys.addaudithook(_audit)  # audit hooks cannot be removed; this one only records while a test watches


def test_no_network_connection_in_a_full_run(cli, isolated):
    _NETWORK_EVENTS.clear()
    _WATCHING[0] = True
    try:
        assert cli("phrase", "ouder huilt").exit_code == 0
        assert cli("check").exit_code == 0
        out = isolated / "script.pdf"
        result = cli("prep", "--answers", str(ROOT / "examples" / "slecht-nieuws.yaml"), "--output", str(out))
        assert result.exit_code == 0, result.output
        assert cli("cheatsheet", "--output", str(isolated / "spiek.pdf")).exit_code == 0
        assert cli("snel").exit_code == 0
    finally:
        _WATCHING[0] = False
    assert _NETWORK_EVENTS == [], "no socket is created and nothing is fetched"


def test_an_interrupted_write_leaves_the_old_file_intact(tmp_path):
    target = tmp_path / "concept.yaml"
    target.write_text("kind: Sanne\n", encoding="utf-8")
    code = textwrap.dedent(
        f"""
        import os, sys, time
        from pathlib import Path
        from oudergesprek import atomic
        real_fsync = os.fsync
        def slow_fsync(fd):
            print("half", flush=True)
            time.sleep(30)
        os.fsync = slow_fsync
        atomic.write_text(Path({str(target)!r}), "kind: " + "x" * 1_000_000)
        """
    )
    proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "half"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert target.read_text(encoding="utf-8") == "kind: Sanne\n"


def test_exported_scripts_and_drafts_are_private(cli, isolated):
    out = isolated / "script.md"
    assert cli("prep", "--answers", str(ROOT / "examples" / "startgesprek.yaml"), "--output", str(out)).exit_code == 0
    assert oct(out.stat().st_mode & 0o777) == "0o600"


def test_output_in_a_missing_or_unwritable_folder_is_a_clear_error(cli, isolated):
    answers = str(ROOT / "examples" / "boze-ouder.yaml")
    result = cli("prep", "--answers", answers, "--output", str(isolated / "bestaat-niet" / "x.pdf"))
    assert result.exit_code == 2 and "bestaat niet" in result.stderr
    locked = isolated / "dicht"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        if os.access(locked, os.W_OK):
            pytest.skip("running as a user who can write anywhere (root)")
        result = cli("prep", "--answers", answers, "--output", str(locked / "x.pdf"))
        assert result.exit_code == 2 and "Traceback" not in result.output
    finally:
        locked.chmod(0o700)


def test_anonymous_export_uses_initials(cli, isolated):
    out = isolated / "anoniem.txt"
    args = ("prep", "--answers", str(ROOT / "examples" / "slecht-nieuws.yaml"), "--output", str(out), "--anoniem")
    assert cli(*args).exit_code == 0
    text = out.read_text(encoding="utf-8")
    assert "Sanne" not in text and "Ayşe" not in text and "Tom" not in text
    assert "S." in text


def test_wis_removes_one_childs_data_after_confirmation(cli, isolated):
    folder = isolated / "xdg_data_home" / "oudergesprek" / "concepten"
    write(folder / "a.yaml", "situatie: startgesprek\nkind: Daan\nouders: vader\naanspreekvorm: u\n")
    write(folder / "a.pdf", "script")
    write(folder / "b.yaml", "situatie: startgesprek\nkind: Noor\nouders: moeder\naanspreekvorm: u\n")
    result = cli("wis", "--kind", "Daan")
    assert result.exit_code == 2 and "--ja" in result.stderr  # no terminal to confirm in
    assert (folder / "a.yaml").exists()
    result = cli("wis", "--kind", "daan", "--ja")
    assert result.exit_code == 0, result.output
    assert not (folder / "a.yaml").exists() and not (folder / "a.pdf").exists()
    assert (folder / "b.yaml").exists()


@pytest.mark.parametrize("columns", ["40", "200"])
def test_plain_output_fits_narrow_and_wide_terminals(columns, isolated):
    env = {**os.environ, "COLUMNS": columns, "NO_COLOR": "1"}
    for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"):
        env[var] = str(isolated / var.lower())
    done = subprocess.run([SCRIPT, "phrase", "ouder huilt"], capture_output=True, text=True, env=env)
    assert done.returncode == 0, done.stderr
    widest = max(len(line) for line in done.stdout.splitlines())
    assert widest <= max(int(columns), 40) and widest <= 100


def test_every_command_has_complete_dutch_help(cli):
    from oudergesprek.cli.app import app

    names = [c.name for c in app.registered_commands]
    assert {"phrase", "check", "prep", "cheatsheet", "wis"} <= set(names)
    for name in names:
        result = cli(name, "--help")
        assert result.exit_code == 0, name
        assert "Gebruik:" in result.stdout and "Toon deze hulp" in result.stdout, name
        for english in ("Usage", "Show this message", "Options", "[default"):
            assert english not in result.stdout, (name, english)
