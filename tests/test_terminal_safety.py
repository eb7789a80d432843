"""Control characters and markup from a library, a name or an answer never reach the terminal as such."""

from __future__ import annotations

import os
import subprocess
import sys

import pexpect
from helpers import SCRIPT, spawn_raw, write

from oudergesprek.cleantext import for_stream

NASTY = "\x1b[2J\x1b]52;c;Z2VoZWlt\x07\x1b]8;;https://kwaad.example\x1b\\klik\x1b]8;;\x1b\\"


def env(isolated, **extra) -> dict:
    out = {**os.environ, **extra}
    for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"):
        out[var] = str(isolated / var.lower())
    return out


def test_a_name_with_escape_sequences_is_shown_without_them(isolated):
    result = subprocess.run(
        [sys.executable, "-m", "oudergesprek", "phrase", "ouder huilt", "--kind", f"Sanne{NASTY}", "-n", "1"],
        env=env(isolated, NO_COLOR="1"),
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    assert "\x1b" not in result.stdout and "\x07" not in result.stdout
    assert "Sanne" in result.stdout


def test_in_a_terminal_only_colour_codes_pass(isolated):
    child = spawn_raw(
        SCRIPT, ["snel", "--kind", f"Sanne{NASTY}"], env=env(isolated, TERM="xterm-256color"), encoding="utf-8"
    )
    child.expect(pexpect.EOF, timeout=30)
    screen = child.before
    assert "\x1b[2J" not in screen and "\x1b]52" not in screen and "\x1b]8" not in screen


def test_markup_in_a_library_title_does_not_crash_phrase(isolated):
    lib = isolated / "lib"
    write(
        lib / "soorten.yaml",
        "situaties:\n  - situatie: school-eigen\n    titel: 'Eigen [/bold] situatie [red]'\n    uitleg: Van school.\n",
    )
    write(
        lib / "eigen.yaml",
        "vaardigheid: regie-houden\ntitel: 'Regie [/bold]'\nzinnen:\n  - id: school-zin\n    soort: begrenzen\n"
        "    situaties: [school-eigen]\n    tekst: Ik stop het gesprek nu even.\n",
    )
    child = spawn_raw(
        SCRIPT,
        ["phrase", "--situatie", "school-eigen"],
        env=env(isolated, TERM="xterm-256color", OUDERGESPREK_LIBRARY=str(lib)),
        encoding="utf-8",
    )
    child.expect(pexpect.EOF, timeout=30)
    child.close()
    assert child.exitstatus == 0, child.before
    assert "[/bold]" in child.before and "Traceback" not in child.before


def test_check_rejects_control_characters_in_a_library(cli, isolated):
    lib = isolated / "lib"
    write(
        lib / "eigen.yaml",
        "vaardigheid: regie-houden\nzinnen:\n  - id: school-escape\n    soort: begrenzen\n"
        '    situaties: [boze-ouder]\n    tekst: "Ik stop \\e[2J het gesprek."\n',
    )
    result = cli("check", str(lib))
    assert result.exit_code == 1
    assert "stuurteken" in result.stdout


def test_for_stream_keeps_text_newlines_and_colours():
    assert for_stream("a\x1b[1mb\x1b[0m\nc\td") == "a\x1b[1mb\x1b[0m\nc\td"
    assert for_stream(f"x{NASTY}y") == "xkliky"
