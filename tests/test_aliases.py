"""The Dutch words for the three commands the design named in English: `zin`/`zinnen` (phrase),
`voorbereiden` (prep) and `spiekbrief` (cheatsheet). Each runs the same command, through CliRunner and
through the installed console script; `zin` takes the same fast path as `phrase`; help stays Dutch."""

from __future__ import annotations

import json
import subprocess

import pytest
from helpers import ROOT, SCRIPT

from oudergesprek.cli import fastpath, options

ALIASES = [("zin", "phrase"), ("zinnen", "phrase"), ("voorbereiden", "prep"), ("spiekbrief", "cheatsheet")]
ENGLISH = ("Usage", "Options", "Commands", "Show this message", "Arguments")


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([SCRIPT, *args], capture_output=True, text=True, timeout=120, check=False)


def test_the_aliases_are_declared_once_with_their_command():
    declared = {alias: command.name for command in options.COMMANDS for alias in command.aliases}
    assert declared == dict(ALIASES)
    every_word = [name for command in options.COMMANDS for name in command.names]
    assert len(every_word) == len(set(every_word))


@pytest.mark.parametrize("alias", ["zin", "zinnen"])
def test_zin_finds_what_phrase_finds(cli, alias):
    for args in (["ouder huilt"], ["--soort", "begrenzen", "--situatie", "verbale-agressie", "-n", "3"]):
        assert cli.json(alias, *args) == cli.json("phrase", *args)


def test_voorbereiden_makes_the_same_script_as_prep(cli, isolated):
    example = str(ROOT / "examples" / "slecht-nieuws.yaml")
    for command in ("prep", "voorbereiden"):
        result = cli(command, "--answers", example, "--output", str(isolated / f"{command}.md"))
        assert result.exit_code == 0, result.output
    assert (isolated / "voorbereiden.md").read_text("utf-8") == (isolated / "prep.md").read_text("utf-8")
    assert cli("voorbereiden", "--list").exit_code == 0


def test_spiekbrief_makes_the_same_sheet_as_cheatsheet(cli, isolated):
    for command in ("cheatsheet", "spiekbrief"):
        result = cli(command, "--situatie", "deurgesprek", "--output", str(isolated / f"{command}.txt"))
        assert result.exit_code == 0, result.output
    assert (isolated / "spiekbrief.txt").read_text("utf-8") == (isolated / "cheatsheet.txt").read_text("utf-8")


def test_the_console_script_answers_the_aliases_as_their_commands(isolated):
    assert run("zin", "ouder huilt", "--json").stdout == run("phrase", "ouder huilt", "--json").stdout
    assert json.loads(run("zinnen", "--soort", "erkenning", "-n", "2", "--json").stdout)
    sheet = isolated / "spiekbrief.md"
    done = run("spiekbrief", "--output", str(sheet))
    assert done.returncode == 0 and sheet.read_text("utf-8").startswith("# ")
    done = run("voorbereiden", "--list")
    assert done.returncode == 0 and "Traceback" not in done.stderr


def test_zin_takes_the_fast_path():
    assert fastpath.phrase_options(["zin", "ouder", "huilt", "-n", "2"]) == fastpath.phrase_options(
        ["phrase", "ouder", "huilt", "-n", "2"]
    )
    assert fastpath.phrase_options(["zin", "--help"]) is None  # help goes to Typer, as for phrase
    # that a look-up with `zin` loads no Typer, Rich or YAML: test_speed_paths.py, beside `phrase`


def test_the_main_help_is_dutch_and_names_each_alias_beside_its_command(cli):
    result = cli("--help")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    for alias, command in ALIASES:
        row = next(n for n, line in enumerate(lines) if line.startswith(f"│ {command} "))
        text = " ".join(lines[row : row + 3])  # the description may wrap
        assert "Ook:" in text and alias in text, text
        assert not any(line.startswith(f"│ {alias} ") for line in lines), "an alias is no extra row"
    for word in ("Gebruik:", "Opdrachten", "Opties", "Toon deze hulp"):
        assert word in result.stdout
    assert not any(word in result.stdout for word in ENGLISH)


@pytest.mark.parametrize("alias, command", ALIASES)
def test_an_alias_has_dutch_help_that_names_the_command(cli, alias, command):
    for args in ([alias, "--help"], [alias, "-h"]):
        result = cli(*args)
        assert result.exit_code == 0, result.output
        assert f"Gebruik: oudergesprek {alias} [OPTIES]" in result.stdout
        assert "Opties" in result.stdout and "Toon deze hulp en stop." in result.stdout
        assert "Ook:" in result.stdout and command in result.stdout
        assert not any(word in result.stdout for word in ENGLISH)
    done = run(alias, "--help")
    assert done.returncode == 0 and f"Gebruik: oudergesprek {alias}" in done.stdout


def test_a_wrong_option_after_an_alias_is_dutch(cli):
    result = cli("zin", "--limiet", "3")
    assert result.exit_code == 2
    assert "Onbekende optie --limiet" in result.stderr and "oudergesprek zin --help" in result.stderr
