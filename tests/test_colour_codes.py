"""Colour codes (SGR: hidden text, red, ...) in content never reach the terminal or an exported file.

Only the program's own styling may colour the screen; a library, an answers file, an option or a typed
answer brings text only. `check` names every text field with a control character, with file and line.
"""

from __future__ import annotations

import subprocess

import pexpect
import pytest
import yaml
from helpers import ROOT, SCRIPT, first_reflection_answer, spawn_env, spawn_program, write
from pypdf import PdfReader

HIDDEN = "\x1b[8m"
RED = "\x1b[31m"


def school_library(isolated, key: str) -> str:
    """A school folder with one phrase whose `key` hides text behind SGR 8; the folder."""
    moments = {"wanneer": '["vader is boos"]', "ouder_zegt": '["ik ben boos"]'}
    moments[key] = f'["vader is boos {HIDDEN}verborgen\\e[0m"]'.replace("\x1b", "\\e")
    write(
        isolated / "school" / "eigen.yaml",
        "vaardigheid: regie-houden\nzinnen:\n  - id: school-boos\n    soort: begrenzen\n"
        "    situaties: [boze-ouder]\n    tekst: Ik hoor dat u boos bent.\n"
        f"    wanneer: {moments['wanneer']}\n    ouder_zegt: {moments['ouder_zegt']}\n",
    )
    return str(isolated / "school")


@pytest.mark.parametrize(("key", "line"), [("wanneer", 7), ("ouder_zegt", 8)])
def test_check_names_a_control_character_in_moments_with_file_and_line(cli, isolated, key, line):
    result = cli("check", school_library(isolated, key))
    assert result.exit_code == 1, result.output
    assert f"eigen.yaml:{line}" in result.stdout and "stuurteken" in result.stdout


@pytest.mark.parametrize("key", ["wanneer", "ouder_zegt"])
def test_phrase_never_writes_colour_codes_from_a_library(isolated, key):
    env = spawn_env(isolated, TERM="xterm-256color")
    env.pop("NO_COLOR", None)
    env["OUDERGESPREK_LIBRARY"] = school_library(isolated, key)
    piped = subprocess.run([SCRIPT, "phrase", "vader is boos verborgen"], env=env, capture_output=True, text=True)
    assert HIDDEN not in piped.stdout + piped.stderr and "[8m" not in piped.stdout
    child = spawn_program(["phrase", "vader is boos verborgen"], env)
    child.expect(pexpect.EOF)
    assert HIDDEN not in child.before and "[8m" not in child.before


def test_an_option_value_brings_no_colour_codes_to_the_terminal(isolated):
    env = spawn_env(isolated, TERM="xterm-256color")
    env.pop("NO_COLOR", None)
    child = spawn_program(["phrase", "ouder huilt", "--kind", f"San{HIDDEN}ne", "-n", "1"], env)
    child.expect(pexpect.EOF)
    assert HIDDEN not in child.before and "[8m" not in child.before


def nasty_answers(isolated):
    answers = yaml.safe_load((ROOT / "examples" / "slecht-nieuws.yaml").read_text(encoding="utf-8"))
    answers.update(kind=f"San{HIDDEN}ne", ouders=f"moeder {RED}Fatima")
    return write(isolated / "a.yaml", yaml.safe_dump(answers, allow_unicode=True))


@pytest.mark.parametrize("suffix", [".html", ".md", ".pdf", ""])
def test_an_answers_file_is_cleaned_as_typed_answers_are(cli, isolated, suffix):
    args = ["prep", "--answers", str(nasty_answers(isolated))]
    out = isolated / f"script{suffix}"
    result = cli(*args, *(["--output", str(out)] if suffix else []))
    assert result.exit_code == 0, result.output
    assert "\x1b" not in result.output and "[8m" not in result.output
    if suffix == ".pdf":
        text = "".join(page.extract_text() for page in PdfReader(out).pages)
        assert "Sanne" in text and "moeder Fatima" in text
    elif suffix:
        text = out.read_text(encoding="utf-8")
        assert "\x1b" not in text and "[8m" not in text and "[31m" not in text and "Sanne" in text


def test_a_reflection_from_a_file_stores_what_it_shows(cli, isolated):
    answers = write(
        isolated / "r.yaml",
        yaml.safe_dump(
            {
                "gesprek": "aan de deur",
                "kind": f"San{HIDDEN}ne",
                "ouders": f"moeder {RED}rood",
                "gevraagd": "iets",
                "tevreden": "ja",
                "regie": "ja",
                "volgende_keer": "samenvatten",
                "ging_goed": "regie-houden",
                "was_lastig": "flexibiliteit",
            },
            allow_unicode=True,
        ),
    )
    result = cli("reflect", "--answers", str(answers))
    assert result.exit_code == 0, result.output
    (saved,) = (isolated / "xdg_data_home" / "oudergesprek" / "reflecties").glob("*.yaml")
    stored = yaml.safe_load(saved.read_text(encoding="utf-8"))
    assert stored["kind"] == "Sanne" and stored["ouders"] == "moeder rood"


def test_colour_codes_typed_at_a_prompt_are_not_kept(isolated):
    folder, _ = first_reflection_answer(isolated, b"aan de \x1b[31mdeur\x1b[0m\r")
    (saved,) = folder.glob("*.yaml")
    assert yaml.safe_load(saved.read_text(encoding="utf-8"))["gesprek"] == "aan de deur"


def test_settings_written_by_hand_bring_no_colour_codes(isolated):
    write(
        isolated / "xdg_config_home" / "oudergesprek" / "instellingen.yaml",
        'schoolregels: "Korte berichten \\e[8maan de deur\\e[0m."\n',
    )
    env = spawn_env(isolated, TERM="xterm-256color")
    env.pop("NO_COLOR", None)
    child = spawn_program(["snel"], env)
    child.expect(pexpect.EOF)
    assert "aan de deur" in child.before
    assert HIDDEN not in child.before and "[8m" not in child.before
