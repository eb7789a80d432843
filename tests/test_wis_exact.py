"""`wis --kind` removes what a save left behind only when it is exactly this child's, by the stored `kind`.
When the content cannot be read, a file named after exactly this child is kept and named ("niet zeker van
wie"): "Sanne B" and "Sanne-B" share a file name. Never by a piece of a name."""

from __future__ import annotations

import shutil
from pathlib import Path

import yaml
from helpers import reflection, write

from oudergesprek import names


def folder(isolated: Path, name: str) -> Path:
    return isolated / "xdg_data_home" / "oudergesprek" / name


def reflect(cli, isolated: Path, child: str) -> Path:
    answers = {**reflection(ouders="moeder"), "kind": child, "gevraagd": "vertrouwelijk: melding Veilig Thuis"}
    path = write(isolated / "in" / f"{names.slug(child)}.yaml", yaml.safe_dump(answers, allow_unicode=True))
    result = cli("reflect", "--answers", str(path))
    assert result.exit_code == 0, result.output
    (saved,) = [p for p in folder(isolated, "reflecties").glob(f"*-{names.slug(child)}-reflectie.yaml")]
    return saved


def killed_save_and_damage(cli, saved: Path, damaged: str = "ouders: [moeder\n") -> None:
    """What a killed save and a damaged file leave: a .tmp copy, and the file set aside by --list."""
    shutil.copy(saved, saved.parent / f".{saved.name}.k3j4h5.tmp")
    saved.write_text(damaged, encoding="utf-8")
    assert "apart gezet" in cli("reflect", "--list").stderr


def test_wis_sanne_keeps_the_damaged_and_half_saved_files_of_sanne_de_vries(cli, isolated):
    de_vries = reflect(cli, isolated, "Sanne de Vries")
    killed_save_and_damage(cli, de_vries)
    here = folder(isolated, "reflecties")
    before = sorted(p.name for p in here.iterdir())
    assert any(".beschadigd-" in n for n in before) and any(n.endswith(".tmp") for n in before)
    assert any(n.endswith(".lock") for n in before)
    result = cli("wis", "--kind", "Sanne", "--ja")
    assert result.exit_code == 2 and "Niets gevonden over 'Sanne'" in result.stderr, result.output
    assert sorted(p.name for p in here.iterdir()) == before
    gone = cli("wis", "--kind", "sanne de vries", "--ja")
    assert gone.exit_code == 0, gone.output
    (copy,) = [n for n in before if ".beschadigd-" in n]
    lock = next(n for n in before if n.endswith(".lock"))
    assert sorted(p.name for p in here.iterdir()) == sorted([copy, lock]), "the .tmp with her name goes"
    assert f"Niet zeker van wie; niet verwijderd:\n  - reflecties/{copy}" in gone.stdout, "no name inside: kept"


def test_wis_sanne_keeps_the_leftovers_of_sanne_b_and_sanne_fleur(cli, isolated):
    sanne = reflect(cli, isolated, "Sanne")
    other = reflect(cli, isolated, "Sanne-Fleur")
    killed_save_and_damage(cli, other)
    plans = folder(isolated, "plannen")
    write(plans / "2026-12-02-sanne-b-plan.yaml.beschadigd-20261202-101010", "kind: Sanne B.\nouders: [Els\n")
    write(plans / ".2026-12-02-sanne-b-plan.yaml.lock", "")
    write(plans / ".2026-12-01-sanne-plan.yaml.ab12cd.tmp", "kind: Sanne\nouders: moeder (Fat")
    result = cli("wis", "--kind", "Sanne", "--ja")
    assert result.exit_code == 0, result.output
    assert not sanne.exists() and not (plans / ".2026-12-01-sanne-plan.yaml.ab12cd.tmp").exists()
    left = sorted(p.name for p in plans.iterdir()) + sorted(p.name for p in folder(isolated, "reflecties").iterdir())
    assert "2026-12-02-sanne-b-plan.yaml.beschadigd-20261202-101010" in left
    assert ".2026-12-02-sanne-b-plan.yaml.lock" in left
    assert sum("sanne-fleur" in n for n in left) == 3, left  # set-aside copy, .tmp and lock


def test_unreadable_leftovers_named_after_the_child_are_kept_and_named(cli, isolated):
    here = folder(isolated, "concepten")
    junk = b"\x00\xff\xfe kapot"
    for name in (
        "2026-12-02-محمد-deurgesprek.yaml.beschadigd-20261202-101010",  # exactly محمد, by its name only: stays
        ".2026-12-02-محمد-slecht-nieuws-2.yaml.x1y2z3.tmp",  # the same, second draft of that day: stays
        "2026-12-02-محمد-علي-deurgesprek.yaml.beschadigd-20261202-101010",  # محمد علي: stays
        ".2026-12-02-محمد-boze-ouder.yaml.lock",  # a lock whose draft is gone, named after exactly محمد: goes
        "2026-12-02-محمد-onbekend.yaml.beschadigd-20261202-101010",  # an ending we do not know: stays, said
    ):
        (here / name).parent.mkdir(parents=True, exist_ok=True)
        (here / name).write_bytes(junk)
    write(here / "2026-12-02-王伟-deurgesprek.yaml.beschadigd-20261202-101010", "kind: محمد\n[[")  # by content: goes
    write(here / "2026-12-02-محمد-startgesprek.yaml.beschadigd-20261202-101010", "kind: 王伟\n[[")  # name and
    # content disagree: stays, said
    result = cli("wis", "--kind", "محمد", "--ja")
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in here.iterdir()) == sorted(
        [
            "2026-12-02-محمد-deurgesprek.yaml.beschadigd-20261202-101010",
            ".2026-12-02-محمد-slecht-nieuws-2.yaml.x1y2z3.tmp",
            "2026-12-02-محمد-علي-deurgesprek.yaml.beschadigd-20261202-101010",
            "2026-12-02-محمد-onbekend.yaml.beschadigd-20261202-101010",
            "2026-12-02-محمد-startgesprek.yaml.beschadigd-20261202-101010",
        ]
    )
    assert "Niet zeker van wie; niet verwijderd:" in result.stdout
    assert "2026-12-02-محمد-onbekend.yaml.beschadigd-20261202-101010" in result.stdout
    assert "2026-12-02-محمد-deurgesprek.yaml.beschadigd-20261202-101010" in result.stdout
    assert "2026-12-02-محمد-startgesprek.yaml.beschadigd-20261202-101010" in result.stdout
    assert "علي" not in result.stdout, "another child's file is not even mentioned"


def test_a_lock_file_goes_with_its_own_file_only(cli, isolated):
    sanne = reflect(cli, isolated, "Sanne")
    anna = reflect(cli, isolated, "Anna")
    here = folder(isolated, "reflecties")
    assert (here / f".{anna.name}.lock").exists()
    write(here / f".{anna.name}.q9w8e7.tmp", "kind: Sanne\n")  # oddly, another child's content: not Anna's file
    result = cli("wis", "--kind", "Sanne", "--ja")
    assert result.exit_code == 0, result.output
    assert not sanne.exists() and not (here / f".{sanne.name}.lock").exists()
    assert anna.exists() and (here / f".{anna.name}.lock").exists()


def _prepared(isolated: Path, child: str, file_name: str) -> Path:
    text = f"situatie: deurgesprek\nkind: {child}\nouders: moeder\naanspreekvorm: u\n"
    return write(folder(isolated, "concepten") / file_name, text)


def test_a_file_name_with_wildcards_is_only_its_own_name(cli, isolated):
    """A draft renamed by hand to '2026-12-02-*.yaml' made `wis --kind Sanne` delete every draft of the day."""
    daan = _prepared(isolated, "Daan", "2026-12-02-daan-deurgesprek.yaml")
    noor = _prepared(isolated, "Noor", "2026-12-02-noor-deurgesprek.yaml")
    sanne = _prepared(isolated, "Sanne", "2026-12-02-*.yaml")
    result = cli("wis", "--kind", "Sanne", "--ja")
    assert result.exit_code == 0, result.output
    assert not sanne.exists() and daan.exists() and noor.exists()
    assert "Verwijderd: 1 onderdeel (1 bestand)." in result.stdout


def test_a_file_name_with_brackets_is_really_removed_and_counted_truly(cli, isolated):
    """'sanne [oud].yaml' was reported as removed and stayed: [oud] was read as a pattern."""
    old = _prepared(isolated, "Sanne", "sanne [oud].yaml")
    result = cli("wis", "--kind", "Sanne", "--ja")
    assert result.exit_code == 0, result.output
    assert not old.exists()
    assert "Verwijderd: 1 onderdeel (1 bestand)." in result.stdout
