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


# Bidirectional controls: U+202E shows "ni tegnew" as "wegnet in"; isolates and marks move text around.
BIDI = ["\u202e", "\u202a", "\u2067", "\u2069", "\u200f", "\u200e", "\u061c"]


def test_check_reports_bidi_controls_in_every_text_field_with_file_and_line(cli, isolated):
    lib = isolated / "lib"
    situations = write(
        lib / "situaties.yaml",
        "situaties:\n  - situatie: school-eigen\n"
        '    titel: "Eigen \\u2067situatie\\u2069"\n'  # line 3
        '    uitleg: "Van \\u200fschool."\n'  # line 4
        '    trefwoorden: ["deur", "\\u202avader\\u202c"]\n',  # line 5
    )
    skill = write(
        lib / "eigen.yaml",
        'vaardigheid: regie-houden\ntitel: "Regie \\u202eneduoh\\u202c"\nzinnen:\n'  # line 2
        "  - id: zebra-bidi\n    soort: begrenzen\n    situaties: [boze-ouder]\n"
        '    tekst: "Ik bel u \\u202ethcan ed ni tegnew\\u202c morgen."\n'  # line 7
        '    waarom: "Omdat \\u2066het\\u2069 helpt."\n'  # line 8
        '    wanneer: ["zebraprobe \\u200evader boos"]\n'  # line 9
        '    ouder_zegt: ["Dit \\u061cklopt niet."]\n'  # line 10
        "  - id: zebra-vormen\n    soort: begrenzen\n    situaties: [boze-ouder]\n    tekst:\n"
        '      u: "Ik stop \\u2068het\\u2069 gesprek nu even."\n'  # line 15
        "      je: Ik stop het gesprek nu even.\n",
    )
    result = cli("check", str(lib))
    assert result.exit_code == 1, result.stdout
    for path, line in [(situations, n) for n in (3, 4, 5)] + [(skill, n) for n in (2, 7, 8, 9, 10, 15)]:
        reported = [r for r in result.stdout.splitlines() if r.startswith(f"{path}:{line}: ")]
        assert reported and "richting" in reported[0], (line, result.stdout)
    assert "Alles in orde" not in result.stdout


def test_a_phrase_with_a_bidi_control_is_not_loaded(isolated):
    from oudergesprek.library.files import read_file

    path = write(
        isolated / "eigen.yaml",
        "vaardigheid: regie-houden\nzinnen:\n  - id: zebra-bidi\n    soort: begrenzen\n"
        '    situaties: [boze-ouder]\n    tekst: "Ik bel u \\u202ethcan ed ni tegnew\\u202c morgen."\n',
    )
    content = read_file(path)
    assert content.phrases == [] and content.problems


def test_bidi_controls_never_reach_the_output_of_phrase(isolated):
    name = "".join(f"{mark}S" for mark in BIDI) + "anne"
    for extra in ([], ["--json"]):
        result = subprocess.run(
            [sys.executable, "-m", "oudergesprek", "phrase", "ouder huilt", "--kind", name, "-n", "1", *extra],
            env=env(isolated, NO_COLOR="1"),
            capture_output=True,
            text=True,
        )
        assert result.returncode == 0, result.stderr
        assert not any(mark in result.stdout for mark in BIDI), extra
        assert "SSSSSSSanne" in result.stdout
    child = spawn_raw(
        SCRIPT,
        ["phrase", "ouder huilt", "--kind", name, "-n", "1"],
        env=env(isolated, TERM="xterm-256color"),
        encoding="utf-8",
    )
    child.expect(pexpect.EOF, timeout=30)
    assert "SSSSSSSanne" in child.before and not any(mark in child.before for mark in BIDI)


def test_for_stream_drops_bidi_controls():
    assert for_stream("a\x1b[1m\u202eb\u202c\x1b[0m\u2067c\u2069\u200f") == "a\x1b[1mb\x1b[0mc"


def test_a_document_never_carries_bidi_controls(cli, isolated):
    for suffix in (".md", ".html"):
        out = isolated / f"spiekbrief{suffix}"
        result = cli("cheatsheet", "--situatie", "boze-ouder", "--kind", "San\u202ene\u200f", "-o", str(out))
        assert result.exit_code == 0, result.output
        text = out.read_text(encoding="utf-8")
        assert "Sanne" in text and not any(mark in text for mark in BIDI), suffix
