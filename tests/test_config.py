"""`oudergesprek config`: show, set and reset settings; a damaged file never stops anyone."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import assert_usage_error, exits_with, write

from oudergesprek.library.forms import foreign_words


def settings_path(isolated: Path) -> Path:
    return isolated / "xdg_config_home" / "oudergesprek" / "instellingen.yaml"


def test_config_alone_shows_every_setting_with_its_default(cli):
    result = cli("config")
    assert result.exit_code == 0
    for key in ("aanspreekvorm", "schoolregels", "naam", "werkplek"):
        assert key in result.stdout
    assert "aanspreekvorm = u  (standaard)" in result.stdout
    assert "naam = (niet ingesteld)" in result.stdout


def test_set_show_and_reset_one_setting_in_a_private_file(cli, isolated):
    result = cli("config", "aanspreekvorm", "JE")
    assert result.exit_code == 0 and "aanspreekvorm = je" in result.stdout
    assert cli("config", "aanspreekvorm").stdout == "je\n"
    assert "aanspreekvorm = je" in cli("config").stdout
    path = settings_path(isolated)
    assert oct(path.stat().st_mode & 0o777) == "0o600"
    assert oct(path.parent.stat().st_mode & 0o777) == "0o700"

    result = cli("config", "aanspreekvorm", "--wis")
    assert result.exit_code == 0 and "weer u (standaard)" in result.stdout
    assert cli("config", "aanspreekvorm").stdout == "u\n"
    assert "al op de standaard" in cli("config", "aanspreekvorm", "--wis").stdout


def test_free_text_settings_keep_what_was_typed(cli):
    rules = "Aan de deur alleen korte dingen; zorgen altijd op afspraak na schooltijd."
    assert cli("config", "schoolregels", rules).exit_code == 0
    assert cli("config", "naam", "Juf Marieke").exit_code == 0
    assert cli("config", "schoolregels").stdout.strip() == rules
    shown = cli("config").stdout
    assert "Juf Marieke" in shown and "zorgen altijd op afspraak" in shown


def test_an_unset_setting_says_how_to_set_it(cli):
    result = cli("config", "naam")
    assert result.exit_code == 0 and result.stdout == ""
    assert 'oudergesprek config naam "..."' in result.stderr


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (("aanspreekform", "je"), "Bedoelt u 'aanspreekvorm'?"),
        (("schoolregel",), "Bedoelt u 'schoolregels'?"),
        (("aanspreekvorm", "jij"), "kies u of je"),
        (("werkplek", "opvang"), "kies school of kinderopvang"),
        (("naam", "  "), "Een lege waarde"),
        (("naam", "Eva\nde Boer"), "één regel"),
        (("naam", "Eva", "--wis"), "niet allebei"),
        (("--wis",), "Zeg welke instelling"),
    ],
)
def test_wrong_keys_and_values_are_usage_errors_with_advice(cli, isolated, args, expected):
    assert_usage_error(cli("config", *args), expected)
    assert not settings_path(isolated).exists()


def test_the_configured_form_is_used_by_phrase_and_snel(cli):
    assert cli("config", "aanspreekvorm", "je").exit_code == 0
    records = cli.json("phrase", "--soort", "ontvangstbevestiging")
    assert records and all(not foreign_words(r["tekst"], "je") for r in records)
    assert any(" je" in r["tekst"] for r in records)
    screen = cli("snel").stdout
    assert not foreign_words(screen, "je") and " je " in screen
    # an explicit choice still wins
    assert not foreign_words(cli("snel", "--aanspreekvorm", "u").stdout, "u")


def test_a_damaged_settings_file_is_set_aside_and_the_defaults_apply(cli, isolated):
    path = write(settings_path(isolated), "aanspreekvorm: [je\n")
    result = cli("snel")
    assert result.exit_code == 0
    assert "beschadigd" in result.stderr and "apart gezet" in result.stderr
    assert not path.exists()
    aside = [p for p in path.parent.iterdir() if p.name.startswith("instellingen.yaml.beschadigd")]
    assert len(aside) == 1 and aside[0].read_text(encoding="utf-8") == "aanspreekvorm: [je\n"
    assert not foreign_words(result.stdout, "u")
    # setting something again starts a fresh file
    assert cli("config", "naam", "Meester Ruud").exit_code == 0
    assert cli("config", "naam").stdout == "Meester Ruud\n"


def test_a_wrong_value_in_the_file_warns_and_uses_the_default(cli, isolated):
    write(settings_path(isolated), "aanspreekvorm: jij\nnaam: Eva\ntoekomst: iets nieuws\n")
    result = cli("config")
    assert result.exit_code == 0
    assert "'jij' kan niet bij 'aanspreekvorm'" in result.stderr
    assert "aanspreekvorm = u  (standaard)" in result.stdout and "naam = Eva" in result.stdout
    # a key from a newer version survives when something else is set
    assert cli("config", "werkplek", "kinderopvang").exit_code == 0
    assert "toekomst: iets nieuws" in settings_path(isolated).read_text(encoding="utf-8")


def test_a_settings_file_that_is_not_a_mapping_is_set_aside(cli, isolated):
    path = write(settings_path(isolated), "- u\n- je\n")
    result = cli("config", "aanspreekvorm")
    assert result.exit_code == 0 and result.stdout == "u\n"
    assert "apart gezet" in result.stderr and not path.exists()


def test_the_installed_program_honours_the_configured_form(cli, isolated):
    """The real command, as typed at the door: the quick look-up path reads the same setting."""
    from helpers import spawn

    assert cli("config", "aanspreekvorm", "je").exit_code == 0
    child = spawn(isolated, "phrase", "--soort", "afspraak", "--situatie", "deurgesprek", "-n", "3")
    exits_with(child, 0)
    assert " je " in child.before and not foreign_words(child.before.split("Waarom")[0], "je")
