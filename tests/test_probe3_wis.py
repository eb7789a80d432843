"""Third probe, what is removed or overwritten: a script in Documenten, a draft's name, `wis` and what it
takes with it (copies set aside as damaged, a draft open in another window, practice logs, the list of
saved files, the teacher's own files)."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

import pytest
import yaml
from helpers import ROOT, exits_with, finish_prep, reflection, resume_prep, write

from oudergesprek import names

TODAY = dt.date.today().isoformat()


def data(isolated: Path) -> Path:
    return isolated / "xdg_data_home" / "oudergesprek"


def answers_file(isolated: Path, name: str, answers: dict) -> str:
    return str(write(isolated / "in" / f"{name}.yaml", yaml.safe_dump(answers, allow_unicode=True)))


def started_draft(isolated: Path, child: str, name: str, **answers: object) -> Path:
    """A preparation begun in a terminal (status bezig) with every answer given but the review."""
    given = yaml.safe_load((ROOT / "examples" / "startgesprek.yaml").read_text(encoding="utf-8"))
    given.update(answers)
    given["kind"] = child
    given["concept"] = {"status": "bezig", "aangemaakt": f"{TODAY}T09:00:00"}
    return write(data(isolated) / "concepten" / f"{name}.yaml", yaml.safe_dump(given, allow_unicode=True))


# --- F3: a script in Documenten is only written over by the draft it was made from --------------------------


def test_a_script_of_another_draft_with_the_same_file_name_is_never_written_over(isolated):
    """Sanne B's newest script was `…-sanne-b-slecht-nieuws-2.pdf` (her first one had been annotated). A
    draft for another child, "Sanne-B", got the draft name `…-sanne-b-slecht-nieuws-2` and wrote its script
    over hers, because the file was the program's own and unchanged. The same for a second talk that day."""
    docs = isolated / "documenten"
    first = f"{TODAY}-sanne-b-startgesprek"
    hers = write(docs / f"{first}-2.pdf", "%PDF-1.4 het script over Sanne B (moeder Fatima)\n")
    row = {
        "pad": str(hers.resolve()),
        "kinderen": ["Sanne B"],
        "sha256": hashlib.sha256(hers.read_bytes()).hexdigest(),
        "concept": first,
        "begonnen": f"{TODAY}T08:00:00",
    }
    write(data(isolated) / "opgeslagen-bestanden.yaml", yaml.safe_dump([row], allow_unicode=True))
    started_draft(isolated, "Sanne-B", f"{first}-2", ouders="vader (Kees Jansen)")

    pdf, _ = finish_prep(isolated, docs, f"{first}-2")

    assert hers.read_text(encoding="utf-8") == "%PDF-1.4 het script over Sanne B (moeder Fatima)\n"
    assert pdf == docs / f"{first}-2-2.pdf" and pdf.exists()
    rows = yaml.safe_load((data(isolated) / "opgeslagen-bestanden.yaml").read_text(encoding="utf-8"))
    assert {r["pad"]: r["kinderen"] for r in rows} == {str(hers.resolve()): ["Sanne B"], str(pdf): ["Sanne-B"]}
    assert next(r for r in rows if r["pad"] == str(pdf))["concept"] == f"{first}-2"


# --- F4: a new draft never takes the name of one that left something behind ------------------------------


def test_a_new_item_never_takes_the_name_of_a_copy_set_aside_and_wis_naam_keeps_that_copy(cli, isolated):
    here = data(isolated) / "reflecties"
    name = f"{TODAY}-sanne-b-reflectie"
    write(here / f"{name}.yaml", "kind: Sanne B.\nouders: moeder (Fatima)\nfeiten: [onafgesloten\n")
    assert "apart gezet" in cli("reflect", "--list").stderr
    (copy,) = here.glob(f"{name}.yaml.beschadigd-*")
    result = cli("reflect", "--answers", answers_file(isolated, "r", {**reflection(), "kind": "Sanne-B"}))
    assert result.exit_code == 0, result.output
    assert (here / f"{name}-2.yaml").exists() and not (here / f"{name}.yaml").exists(), "a name of its own"

    gone = cli("wis", name, "--ja")
    assert gone.exit_code == 2 and "Niets gevonden met de naam" in gone.stderr, gone.output
    assert copy.exists(), "Sanne B.'s copy is not the new draft's"
    assert cli("wis", f"{name}-2", "--ja").exit_code == 0
    assert copy.exists()


def test_wis_naam_removes_beside_the_draft_only_what_names_its_child_and_names_every_file(cli, isolated):
    """A copy of another child that carried the draft's name (made before a name could not be taken again)
    was removed without a word, not even listed."""
    here = data(isolated) / "concepten"
    name = f"{TODAY}-sanne-b-startgesprek"
    started_draft(isolated, "Sanne-B", name)
    other = write(here / f"{name}.yaml.beschadigd-20261201-101010", "kind: Sanne B.\nfeiten: [kapot\n")
    unreadable = write(here / f"{name}.yaml.beschadigd-20261201-111111", "feiten: [kapot\n")
    half = write(here / f".{name}.yaml.k3j4.tmp", "situatie: startgesprek\nkind: Sanne-B\nfeiten: [ha")
    script = write(here / f"{name}.pdf", "%PDF-1.4")
    result = cli("wis", name, "--ja")
    assert result.exit_code == 0, result.output
    assert other.exists() and unreadable.exists()
    assert not half.exists() and not script.exists() and not (here / f"{name}.yaml").exists()
    assert f"met: {half.name} (half bewaard bestand)" in result.stdout
    assert f"met: {script.name} (script)" in result.stdout
    assert f"Niet zeker van wie; niet verwijderd:\n  - concepten/{other.name}" in result.stdout
    assert unreadable.name in result.stdout
    assert "Verwijderd: 1 onderdeel (3 bestanden)." in result.stdout


# --- F5: a draft open in another window is left alone, and is not written back once it is gone ----------


def test_wis_leaves_a_draft_open_in_another_window_and_a_deleted_draft_is_not_written_back(cli, isolated):
    name = f"{TODAY}-sanne-startgesprek"
    draft = started_draft(isolated, "Sanne", name, ouders="moeder (Fatima El Amrani)")
    given = yaml.safe_load(draft.read_text(encoding="utf-8"))
    for key in ("doel", "kernboodschap"):
        given.pop(key, None)
    draft.write_text(yaml.safe_dump(given, allow_unicode=True), encoding="utf-8")
    prep = resume_prep(isolated, name, XDG_DOCUMENTS_DIR=str(isolated / "documenten"))
    prep.expect(f"Verder met {name}")
    prep.expect("> ")

    for args in (["--kind", "Sanne"], ["--alles"]):
        result = cli("wis", *args, "--ja")
        assert result.exit_code == 2, result.output
        assert f"Open in een ander venster; niet verwijderd:\n  - voorbereiding: {name}" in result.stderr
        assert "Sluit dat venster" in result.stderr
        assert draft.exists() and (draft.parent / f".{draft.name}.lock").exists()

    draft.unlink()  # removed by hand meanwhile (or by a program that ignores the lock)
    prep.sendline("Dat Sanne mee kan doen.")
    output = exits_with(prep, 2)
    assert f"{name} is intussen verwijderd" in output and "niet opnieuw bewaard" in output
    assert "Alles wat u beantwoordde is bewaard" not in output
    assert not draft.exists() and not list(draft.parent.glob("*.yaml*"))


# --- F7: a slug shared by two children proves nothing --------------------------------------------------------


@pytest.mark.parametrize("asked", ["Sanne-B", "Sanne B"])
def test_a_copy_without_a_readable_name_is_kept_and_named_whatever_its_file_name(cli, isolated, asked):
    here = data(isolated) / "concepten"
    copy = write(here / f"{TODAY}-sanne-b-slecht-nieuws.yaml.beschadigd-20261202-101010", "kind: [Sanne B\n")
    lock = write(here / f".{TODAY}-sanne-b-slecht-nieuws.yaml.lock", "")
    result = cli("wis", "--kind", asked, "--ja")
    assert result.exit_code == 2 and f"Niets gevonden over '{asked}'." in result.stderr, result.output
    assert f"Niet zeker van wie; niet verwijderd:\n  - concepten/{copy.name}" in result.stderr
    assert copy.exists() and lock.exists()


# --- F8: the child's name in a practice log ----------------------------------------------------------------


def test_wis_kind_finds_the_practice_rounds_about_that_child_only(cli, isolated):
    practice = {"situatie": "boze-ouder", "aanspreekvorm": "u", "antwoorden": ["Ik snap dat u boos bent."]}
    daan = answers_file(isolated, "daan", {**practice, "kind": "Daan"})
    plain = answers_file(isolated, "plain", practice)
    assert cli("oefen", "--answers", daan).exit_code == 0
    assert cli("oefen", "--answers", plain, "--kind", "Daan").exit_code == 0
    assert cli("oefen", "--answers", plain, "--kind", "Noor").exit_code == 0
    assert cli("oefen", "--answers", plain).exit_code == 0
    logs = data(isolated) / "oefenrondes"
    kinds = sorted(str(yaml.safe_load(p.read_text(encoding="utf-8")).get("kind")) for p in logs.glob("*.yaml"))
    assert kinds == ["Daan", "Daan", "None", "Noor"]

    result = cli("wis", "--kind", "Daan", "--ja")
    assert result.exit_code == 0, result.output
    assert result.stdout.count("oefenronde:") == 2 and "Verwijderd: 2 onderdelen" in result.stdout
    left = [yaml.safe_load(p.read_text(encoding="utf-8")) for p in logs.glob("*.yaml")]
    assert sorted(str(log.get("kind")) for log in left) == ["None", "Noor"]
    assert not any("Daan" in p.read_text(encoding="utf-8") for p in logs.iterdir() if p.is_file())


# --- F9: the list of saved files, damaged or left on its own ----------------------------------------------


def test_a_damaged_list_of_saved_files_is_said_and_what_it_listed_is_still_removed(cli, isolated):
    docs = isolated / "documenten"
    docs.mkdir()
    prep = answers_file(
        isolated, "prep", yaml.safe_load((ROOT / "examples" / "slecht-nieuws.yaml").read_text(encoding="utf-8"))
    )
    assert cli("prep", "--answers", prep, "--output", str(docs / "sanne1.pdf")).exit_code == 0
    index = data(isolated) / "opgeslagen-bestanden.yaml"
    index.write_text(index.read_text(encoding="utf-8") + "- pad: [\n", encoding="utf-8")
    second = cli("prep", "--answers", prep, "--output", str(docs / "sanne2.pdf"))
    assert second.exit_code == 0, second.output
    (copy,) = data(isolated).glob("opgeslagen-bestanden.yaml.beschadigd-*")
    assert "overzicht van opgeslagen bestanden was beschadigd" in second.stderr and copy.name in second.stderr

    result = cli("wis", "--kind", "Sanne", "--ja")
    assert result.exit_code == 0, result.output
    assert f"opgeslagen bestand: {docs / 'sanne1.pdf'}" in result.stdout
    assert not list(docs.iterdir()), "both scripts go, also the one only the set-aside copy lists"
    assert copy.name in result.stdout, "the copy itself is named"

    everything = cli("wis", "--alles", "--ja")
    assert everything.exit_code == 0, everything.output
    assert f"overzicht van opgeslagen bestanden: {copy.name}" in everything.stdout
    assert not [p for p in data(isolated).iterdir() if p.is_file()], "the list, its copy and its lock file"


def test_wis_alles_removes_a_list_of_saved_files_whose_files_are_gone_and_says_nothing_found_plainly(cli, isolated):
    assert cli("wis", "--alles", "--ja").stderr.startswith("Niets gevonden.\n")
    r = answers_file(isolated, "r", {**reflection(), "kind": "Sanne"})
    out = isolated / "reflectie.md"
    assert cli("reflect", "--answers", r, "--output", str(out)).exit_code == 0
    (saved,) = (data(isolated) / "reflecties").glob("*.yaml")
    assert cli("wis", saved.stem, "--ja").exit_code == 0
    out.unlink()  # the teacher deleted the file: only the list of saved files still names Sanne
    result = cli("wis", "--alles", "--ja")
    assert result.exit_code == 0, result.output
    assert "overzicht van opgeslagen bestanden: opgeslagen-bestanden.yaml" in result.stdout
    assert not (data(isolated) / "opgeslagen-bestanden.yaml").exists()


# --- F12: `wis --alles` removes only what the program itself wrote ------------------------------------------


def test_wis_alles_leaves_the_teachers_own_files_in_the_data_folders_and_names_them(cli, isolated):
    here = data(isolated) / "concepten"
    draft = started_draft(isolated, "Sanne", f"{TODAY}-sanne-startgesprek")
    script = write(here / f"{TODAY}-sanne-startgesprek.pdf", "%PDF-1.4")
    copy = write(here / "oud.yaml.beschadigd-20261120-101010", "[[\n")
    mine = write(here / "mijn aantekeningen.txt", "Van mij.")
    also_mine = write(data(isolated) / "plannen" / "lijstje.odt", "Van mij.")
    result = cli("wis", "--alles", "--ja")
    assert result.exit_code == 0, result.output
    assert not draft.exists() and not script.exists() and not copy.exists()
    assert mine.exists() and also_mine.exists()
    assert "Niet van oudergesprek; blijft staan:" in result.stdout
    assert "concepten/mijn aantekeningen.txt" in result.stdout and "plannen/lijstje.odt" in result.stdout
    assert "apart gezette kopieën, tijdelijke bestanden" not in result.stdout
    assert names.slug("Sanne") in result.stdout  # the draft is named, as every file that goes
