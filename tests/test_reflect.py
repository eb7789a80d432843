"""`oudergesprek reflect`: five questions after a talk, a private journal, and the overview over all talks."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from helpers import assert_damaged_file_set_aside, assert_usage_error, exits_with, spawn, write
from pypdf import PdfReader

from oudergesprek.interview.flows import today_text

FULL = {
    "gesprek": "aan de deur met de vader van Daan",
    "kind": "Daan",
    "ouders": "vader (Joost)",
    "datum": "20 november",
    "gevraagd": "Joost wilde weten waarom Daan niet mee mocht op schoolreis.",
    "tevreden": "Grotendeels; ik ging te snel uitleggen.",
    "regie": "Ja, ik heb een afspraak voor vanmiddag gemaakt.",
    "belemmerd": "De kinderen stonden erbij.",
    "volgende_keer": "Eerst samenvatten, dan pas uitleggen.",
    "ging_goed": "regie-houden",
    "was_lastig": "constructieve-communicatie",
}


def folder(isolated: Path, name: str = "reflecties") -> Path:
    return isolated / "xdg_data_home" / "oudergesprek" / name


def saved(isolated: Path) -> list[dict]:
    return [yaml.safe_load(p.read_text(encoding="utf-8")) for p in sorted(folder(isolated).glob("*.yaml"))]


def add(cli, isolated: Path, name: str = "r", *extra: str, **answers) -> object:
    path = write(isolated / f"{name}.yaml", yaml.safe_dump({**FULL, **answers}, allow_unicode=True))
    return cli("reflect", "--answers", str(path), *extra)


def test_ctrl_c_keeps_every_answer_and_resume_asks_only_what_is_left(isolated):
    days = {today_text()}  # the default date is today: also when the test runs across midnight
    child = spawn(isolated, "reflect")
    child.expect("Over welk gesprek gaat het")
    child.sendline("aan de deur met de moeder van Ilse")
    child.expect("Over welk kind")
    child.sendline("Ilse")
    child.expect("Met wie sprak u")
    child.sendline("moeder (Petra)")
    child.expect(r"Wanneer was het gesprek\? \[")
    child.sendline("")  # today
    child.expect("Wat werd er van u gevraagd")
    child.sendline("?")
    child.expect("luisterend oor")
    child.sendline("Ze wilde dat Ilse naast haar vriendin mocht zitten.")
    child.expect("Bent u tevreden")
    child.sendintr()
    child.expect("bewaard")
    child.expect(r"oudergesprek reflect --resume (\S+)")
    name = child.match.group(1)
    exits_with(child, 130)

    (path,) = folder(isolated).glob("*.yaml")
    assert path.stem == name and "ilse" in name
    assert oct(path.stat().st_mode & 0o777) == "0o600"
    assert oct(path.parent.stat().st_mode & 0o777) == "0o700"
    (first,) = saved(isolated)
    assert first["kind"] == "Ilse" and first["ouders"] == "moeder (Petra)" and first["datum"] in days | {today_text()}
    assert first["gevraagd"].startswith("Ze wilde") and first["concept"]["status"] == "bezig"

    child = spawn(isolated, "reflect", "--resume")
    child.expect(f"Verder met {name}")
    child.expect("Bent u tevreden")  # the first question not answered yet
    for answer in ("Redelijk, ik beloofde te snel iets.", "Ja, ik noemde de regel.", "", "Niets beloven aan de deur."):
        child.sendline(answer)
    child.expect("Welke vaardigheid ging goed")
    child.expect("> ")
    child.sendline("2")
    child.expect("Welke vaardigheid was lastig")
    child.expect("> ")
    child.sendline("1")
    child.expect("Enter om op te slaan")
    child.sendline("")
    child.expect("Bewaard in uw dagboek")
    exits_with(child, 0)
    (done,) = saved(isolated)
    assert done["gevraagd"] == first["gevraagd"] and done["kind"] == "Ilse"
    assert done["ging_goed"] == "constructieve-communicatie" and done["was_lastig"] == "rolhelderheid"
    assert done["concept"]["status"] == "klaar"


def test_ctrl_d_before_any_answer_saves_nothing(isolated):
    child = spawn(isolated, "reflect")
    child.expect("Over welk gesprek gaat het")
    child.sendeof()
    child.expect("niets bewaard")
    exits_with(child, 130)
    assert not list(folder(isolated).glob("*.yaml"))


def test_overview_counts_talks_ranks_hard_skills_and_shows_the_latest_intentions(cli, isolated):
    hard = ["regie-houden", "flexibiliteit", "regie-houden", "voorbereiding", "weet ik niet", "regie-houden"]
    for number, skill in enumerate(hard, 1):
        result = add(cli, isolated, f"r{number}", was_lastig=skill, volgende_keer=f"Voornemen nummer {number}.")
        assert result.exit_code == 0, result.output
    write(folder(isolated) / "half.yaml", "gesprek: half af\nwas_lastig: flexibiliteit\nconcept: {status: bezig}\n")
    result = cli("reflect", "--overzicht")
    assert result.exit_code == 0, result.output
    text = " ".join(result.stdout.split())
    assert "6 gesprekken" in text and "1 nog niet af" in text
    assert "1. Regie houden: 3 keer 2. Voorbereiding: 1 keer 3. Flexibiliteit: 1 keer" in text
    assert "1. Constructieve" not in text.split("vaakst goed")[0]
    assert "Regie houden: 6 keer" in text  # went well in every talk
    intentions = [f"Voornemen nummer {n}." for n in range(6, 1, -1)]
    positions = [text.index(i) for i in intentions]
    assert positions == sorted(positions) and "Voornemen nummer 1." not in text
    assert "oudergesprek phrase --vaardigheid regie-houden" in text


def test_overview_without_reflections_says_so(cli):
    result = cli("reflect", "--overzicht")
    assert result.exit_code == 1 and "nog geen afgeronde reflecties" in result.stderr


def test_answers_file_problems_come_as_one_list_and_nothing_is_saved(cli, isolated):
    bad = write(isolated / "bad.yaml", "gesprek: x\ngevraag: y\nging_goed: regiehouden\nwas_lastig: [a]\n")
    result = cli("reflect", "--answers", str(bad))
    assert result.exit_code == 2
    for expected in (
        "'gevraagd' ontbreekt",
        "'volgende_keer' ontbreekt",
        "Onbekend veld 'gevraag'. Bedoelt u 'gevraagd'?",
        "Bedoelt u 'regie-houden'?",
        "'was_lastig' moet tekst zijn",
    ):
        assert expected in result.stderr
    assert not folder(isolated).exists() or not list(folder(isolated).glob("*.yaml"))


def test_list_and_show_by_number_or_name(cli, isolated):
    assert add(cli, isolated, "a").exit_code == 0
    assert add(cli, isolated, "b", gesprek="rapportgesprek groep 5", kind="Sanne").exit_code == 0
    listing = cli("reflect", "--list")
    assert listing.exit_code == 0
    assert "rapportgesprek groep 5" in listing.stdout and "Daan" in listing.stdout and "klaar" in listing.stdout
    newest = cli("reflect", "--show", "1")
    assert newest.exit_code == 0 and "Reflectie: rapportgesprek groep 5" in newest.stdout
    by_child = cli("reflect", "--show", "daan")
    assert "Wat probeert u de volgende keer? Eerst samenvatten" in " ".join(by_child.stdout.split())
    assert "Was lastig: Constructieve communicatie" in by_child.stdout
    missing = cli("reflect", "--show", "Pieter")
    assert missing.exit_code == 1 and "reflect --list" in missing.stderr


def test_export_one_reflection_and_the_overview_with_initials(cli, isolated):
    assert add(cli, isolated).exit_code == 0
    out = isolated / "reflectie.md"
    result = cli("reflect", "--show", "1", "--output", str(out), "--anoniem")
    assert result.exit_code == 0, result.output
    text = out.read_text(encoding="utf-8")
    assert "D." in text and "J." in text and "Daan" not in text and "Joost" not in text
    assert oct(out.stat().st_mode & 0o777) == "0o600"
    again = cli("reflect", "--show", "1", "--output", str(out))
    assert again.exit_code == 2 and "--force" in again.stderr
    pdf = isolated / "overzicht.pdf"
    assert cli("reflect", "--overzicht", "--output", str(pdf), "--anoniem").exit_code == 0
    page = " ".join(PdfReader(pdf).pages[0].extract_text().split())
    assert "1 gesprek" in page and "Daan" not in page and len(PdfReader(pdf).pages) == 1


def test_an_existing_output_is_refused_before_anything_is_saved(cli, isolated):
    out = write(isolated / "bestaat.txt", "oud\n")
    result = add(cli, isolated, "r", "--output", str(out))
    assert result.exit_code == 2 and out.read_text(encoding="utf-8") == "oud\n"
    assert not folder(isolated).exists() or not list(folder(isolated).glob("*.yaml"))


def test_a_reflection_linked_to_its_preparation(cli, isolated):
    write(
        folder(isolated, "concepten") / "2025-11-20-nguyen-slecht-nieuws.yaml",
        "situatie: slecht-nieuws\nkind: Nguyễn\nouders: moeder (Linh)\ndatum: 20 november\n"
        "doel: De ouders weten dat Nguyễn extra leeshulp krijgt.\nconcept: {status: klaar}\n",
    )
    answers = {k: v for k, v in FULL.items() if k not in ("gesprek", "kind", "ouders")}
    path = write(isolated / "kort.yaml", yaml.safe_dump(answers, allow_unicode=True))
    result = cli("reflect", "--prep", "NGUYỄN", "--answers", str(path))
    assert result.exit_code == 0, result.output
    (entry,) = saved(isolated)
    assert entry["kind"] == "Nguyễn" and entry["ouders"] == "moeder (Linh)"
    assert entry["voorbereiding"] == "2025-11-20-nguyen-slecht-nieuws"
    assert entry["gesprek"] == "Slechtnieuwsgesprek, 20 november"
    shown = " ".join(cli("reflect", "--show", "1").stdout.split())
    assert "UIT DE VOORBEREIDING" in shown and "extra leeshulp" in shown
    unknown = cli("reflect", "--prep", "pieter", "--answers", str(path))
    assert unknown.exit_code == 1 and "Er is geen voorbereiding over 'pieter'" in unknown.stderr
    without_accent = cli("reflect", "--prep", "nguyen", "--answers", str(path))
    assert without_accent.exit_code == 1 and "Wel over: Nguyễn" in without_accent.stderr, "another name"


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        ((), "terminal"),
        (("--list", "--overzicht"), "Kies één van"),
        (("--prep", "x", "--list"), "--prep hoort bij"),
        (("--resume",), "terminal"),
    ],
)
def test_usage_errors_without_a_traceback(cli, args, expected):
    assert_usage_error(cli("reflect", *args), expected)


def test_a_damaged_reflection_is_set_aside_and_the_rest_stays_usable(cli, isolated):
    assert add(cli, isolated).exit_code == 0
    assert_damaged_file_set_aside(cli, "reflect", folder(isolated), listed="Daan", text="gesprek: [\n")
    assert cli("reflect", "--overzicht").exit_code == 0
