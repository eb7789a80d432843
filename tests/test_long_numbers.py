"""A number too long for Python (over 4,300 digits) is a damaged file like any other, never a crash."""

from __future__ import annotations

import pytest
import yaml
from helpers import write
from hypothesis import given, settings
from hypothesis import strategies as st

from oudergesprek import safeyaml

LOADERS = [yaml.SafeLoader] + ([yaml.CSafeLoader] if hasattr(yaml, "CSafeLoader") else [])
LONG = "9" * 5000
CRASH = "Er ging iets mis"


@settings(max_examples=40, deadline=None)
@given(digits=st.integers(1, 6000), sign=st.sampled_from(["", "-", "+"]), line=st.integers(0, 3))
def test_a_long_number_is_read_or_refused_with_its_line(digits, sign, line):
    text = "".join(f"a{n}: x\n" for n in range(line)) + f"groep: {sign}{'7' * digits}\n"
    for loader in LOADERS:
        try:
            value = safeyaml.loads(text, loader)["groep"]
        except safeyaml.YamlProblem as problem:
            assert digits > 4000 and problem.line == line + 1 and "getal" in problem.message
        else:
            assert value == int(sign + "7" * digits)


def test_a_quoted_long_number_stays_text():
    assert safeyaml.loads(f"groep: '{LONG}'\n")["groep"] == LONG


def test_settings_with_a_long_number_are_set_aside_and_config_works(cli, isolated):
    folder = isolated / "xdg_config_home" / "oudergesprek"
    write(folder / "instellingen.yaml", f"aanspreekvorm: je\ngroep: {LONG}\n")
    result = cli("config")
    assert result.exit_code == 0, result.output
    assert CRASH not in result.output and "beschadigd" in result.stderr and "regel 2" in result.stderr
    assert any(p.name.startswith("instellingen.yaml.beschadigd") for p in folder.iterdir())


def _long_draft(isolated) -> None:
    folder = isolated / "xdg_data_home" / "oudergesprek" / "concepten"
    write(folder / "2026-12-02-sanne-deurgesprek.yaml", f"situatie: deurgesprek\nkind: Sanne\ngroep: {LONG}\n")


def test_a_draft_with_a_long_number_is_set_aside_and_wis_removes_it(cli, isolated):
    _long_draft(isolated)
    listing = cli("prep", "--list")
    assert listing.exit_code == 0 and CRASH not in listing.output and "apart gezet" in listing.output
    removed = cli("wis", "--kind", "Sanne", "--ja")
    assert removed.exit_code == 0 and CRASH not in removed.output, removed.output
    assert not list((isolated / "xdg_data_home" / "oudergesprek" / "concepten").iterdir())


@pytest.mark.parametrize("args", [["wis", "--alles", "--ja"], ["wis", "--kind", "Sanne", "--ja"]])
def test_wis_deletes_a_draft_with_a_long_number_at_once(cli, isolated, args):
    _long_draft(isolated)
    result = cli(*args)
    assert result.exit_code == 0 and CRASH not in result.output, result.output
    assert not list((isolated / "xdg_data_home" / "oudergesprek" / "concepten").iterdir())


def test_a_school_file_with_a_long_number_is_named_by_check_and_skipped_by_phrase(cli, isolated, monkeypatch):
    school = write(
        isolated / "school" / "eigen.yaml",
        "vaardigheid: regie-houden\nzinnen:\n  - id: school-lang\n    soort: begrenzen\n"
        f"    situaties: [boze-ouder]\n    tekst: {LONG}\n",
    )
    checked = cli("check", str(school.parent))
    assert checked.exit_code == 1 and CRASH not in checked.output
    assert "eigen.yaml:6" in checked.output and "getal" in checked.output
    monkeypatch.setenv("OUDERGESPREK_LIBRARY", str(school.parent))
    found = cli("phrase", "ouder huilt", "-n", "1")
    assert found.exit_code == 0 and CRASH not in found.output
    assert "eigen.yaml" in found.stderr and "De rest werkt gewoon" in found.stderr


def test_an_answers_file_with_a_long_number_is_refused_with_file_and_line(cli, isolated):
    answers = write(
        isolated / "a.yaml", f"situatie: deurgesprek\nkind: Sanne\nouders: moeder\naanspreekvorm: u\ngroep: {LONG}\n"
    )
    result = cli("prep", "--answers", str(answers), "--output", str(isolated / "s.md"))
    assert result.exit_code == 2 and CRASH not in result.output
    assert "a.yaml:5" in result.stderr


def test_an_unexpected_error_outside_an_interview_does_not_claim_anything_was_saved(cli, isolated, monkeypatch):
    from oudergesprek import settings as settings_module

    def broken() -> dict:
        raise RuntimeError("kapot")

    monkeypatch.setattr(settings_module, "load", broken)
    result = cli("config")
    assert result.exit_code == 70 and CRASH in result.stderr
    assert "bewaard" not in result.stderr and "Wilt u dit melden" in result.stderr
