"""`wis --kind` also removes the scripts, plans and reflections the program itself saved about that child,
wherever it saved them; only those files, and only while they are unchanged where they were saved."""

from __future__ import annotations

import shutil
from pathlib import Path

import pexpect
import yaml
from helpers import ROOT, finish_prep, reflection, spawn_env, spawn_program, write

from oudergesprek import names


def data(isolated: Path) -> Path:
    return isolated / "xdg_data_home" / "oudergesprek"


def answers_file(isolated: Path, name: str, answers: dict) -> str:
    return str(write(isolated / "in" / f"{name}.yaml", yaml.safe_dump(answers, allow_unicode=True)))


def test_wis_kind_removes_what_prep_reflect_plan_and_cheatsheet_saved_about_that_child(cli, isolated):
    docs = isolated / "documenten"
    docs.mkdir()
    sanne = yaml.safe_load((ROOT / "examples" / "slecht-nieuws.yaml").read_text(encoding="utf-8"))
    prep = answers_file(isolated, "prep", sanne)
    assert cli("prep", "--answers", prep, "--output", str(docs / "sanne.pdf")).exit_code == 0
    assert cli("prep", "--answers", prep, "--output", str(docs / "verplaatst.md")).exit_code == 0
    assert cli("prep", "--answers", prep, "--output", str(docs / "zelf-bewerkt.txt")).exit_code == 0
    r = answers_file(isolated, "r", {**reflection(), "kind": "SANNE"})
    assert cli("reflect", "--answers", r, "--output", str(docs / "reflectie.md")).exit_code == 0
    assert cli("cheatsheet", "--kind", "Sanne", "--output", str(docs / "spiekbrief.html")).exit_code == 0
    plan = {"kind": "Sanne B.", "ouders": "moeder (Els)", "aanspreekvorm": "u", "tolk": "nee"}
    assert cli("plan", "--answers", answers_file(isolated, "p", plan), "--output", str(docs / "b.md")).exit_code == 0
    assert cli("cheatsheet", "--output", str(docs / "algemeen.html")).exit_code == 0
    index = data(isolated) / "opgeslagen-bestanden.yaml"
    assert oct(index.stat().st_mode & 0o777) == "0o600"
    shutil.move(docs / "verplaatst.md", isolated / "elders.md")  # moved by the teacher: left alone
    (docs / "zelf-bewerkt.txt").write_text("Mijn eigen aantekeningen.\n", encoding="utf-8")  # now the teacher's

    result = cli("wis", "--kind", "Sanne", "--ja")
    assert result.exit_code == 0, result.output
    for gone in ("sanne.pdf", "reflectie.md", "spiekbrief.html"):
        assert f"opgeslagen bestand: {docs / gone}" in result.stdout
        assert not (docs / gone).exists(), gone
    assert sorted(p.name for p in docs.iterdir()) == ["algemeen.html", "b.md", "zelf-bewerkt.txt"]
    assert (isolated / "elders.md").exists()
    assert "Sanne B." not in result.stdout and "verplaatst" not in result.stdout
    kept = yaml.safe_load(index.read_text(encoding="utf-8"))
    assert sorted(row["kinderen"] for row in kept) == [["Sanne"], ["Sanne B."]], "zelf-bewerkt and b.md"


def _finish_a_draft_for(isolated: Path, docs: Path, child_name: str) -> tuple[str, dict, Path]:
    """A started preparation about this child, finished in a terminal; its name, environment and script."""
    answers = {**yaml.safe_load((ROOT / "examples" / "startgesprek.yaml").read_text(encoding="utf-8"))}
    answers["kind"] = child_name
    answers["concept"] = {"status": "bezig"}
    name = f"2026-12-02-{names.slug(child_name)}-startgesprek"
    write(data(isolated) / "concepten" / f"{name}.yaml", yaml.safe_dump(answers, allow_unicode=True))
    pdf, _ = finish_prep(isolated, docs, child_name.lower())
    return name, spawn_env(isolated, NO_COLOR="1", COLUMNS="100", XDG_DOCUMENTS_DIR=str(docs)), pdf


def test_the_script_prep_saved_in_documents_is_named_at_the_confirmation_and_removed(cli, isolated):
    docs = isolated / "documenten"
    docs.mkdir()
    name, env, pdf = _finish_a_draft_for(isolated, docs, "Σοφία")
    assert pdf == docs / f"{name}.pdf" and pdf.exists()

    wis = spawn_program(["wis", "--kind", "ΣΟΦΊΑ"], env, rows=40, cols=200)
    wis.expect("Weet u het zeker\\?")
    assert f"opgeslagen bestand: {pdf}" in wis.before
    wis.sendline("ja")
    wis.expect(pexpect.EOF)
    assert not pdf.exists() and not list(docs.iterdir())


def _index_row(path: Path, child: str = "Sanne") -> dict:
    import hashlib

    return {"pad": str(path), "kinderen": [child], "sha256": hashlib.sha256(path.read_bytes()).hexdigest()}


def test_the_index_only_ever_removes_an_absolute_resolved_document(cli, isolated, monkeypatch):
    """An edited index must not make `wis` delete other files: a path with '..', a relative path, or a file
    that is no document the program writes."""
    r = answers_file(isolated, "r", {**reflection(), "kind": "Sanne"})
    assert cli("reflect", "--answers", r).exit_code == 0
    victim = write(isolated / "belangrijk.pdf", "van de leerkracht zelf")
    relative = write(isolated / "werk" / "rel.md", "ook")
    program = write(isolated / "programma.py", "print('hallo')")
    rows = [
        _index_row(victim) | {"pad": str(isolated / "sub" / ".." / "belangrijk.pdf")},
        _index_row(relative) | {"pad": "rel.md"},
        _index_row(program),
    ]
    write(data(isolated) / "opgeslagen-bestanden.yaml", yaml.safe_dump(rows))
    monkeypatch.chdir(isolated / "werk")
    result = cli("wis", "--kind", "Sanne", "--ja")
    assert result.exit_code == 0, result.output
    assert victim.exists() and relative.exists() and program.exists()


def test_a_damaged_index_is_set_aside_and_said(cli, isolated):
    """It was set aside without a word, and the exports it listed stayed behind unnoticed."""
    docs = isolated / "documenten"
    docs.mkdir()
    plan = {"kind": "Sanne", "ouders": "moeder (Els)", "aanspreekvorm": "u", "tolk": "nee"}
    assert cli("plan", "--answers", answers_file(isolated, "p", plan), "--output", str(docs / "p.md")).exit_code == 0
    index = data(isolated) / "opgeslagen-bestanden.yaml"
    index.write_text(index.read_text(encoding="utf-8") + "- [kapot\n", encoding="utf-8")
    result = cli("wis", "--kind", "Sanne", "--ja")
    assert result.exit_code == 0, result.output
    assert "overzicht van opgeslagen bestanden was beschadigd" in result.stderr
    (copy,) = data(isolated).glob("opgeslagen-bestanden.yaml.beschadigd-*")
    assert copy.name in result.stderr


def test_a_file_of_the_teacher_in_documents_is_never_overwritten(isolated):
    """A script the teacher annotated (or any file of that name) was replaced without a question."""
    docs = isolated / "documenten"
    mine = write(docs / "2026-12-02-sanne-startgesprek.pdf", "AANTEKENING van de leerkracht")
    name, _, pdf = _finish_a_draft_for(isolated, docs, "Sanne")
    assert mine.read_text(encoding="utf-8") == "AANTEKENING van de leerkracht"
    assert pdf == docs / f"{name}-2.pdf" and pdf.exists()
