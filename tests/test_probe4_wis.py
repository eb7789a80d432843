"""Fourth hostile probe, the findings about where prep saves its script and how `wis` finds it again.

G1: when Documenten cannot be written, the script goes beside the drafts under a free name (never over
another child's script, also with `--anoniem`, where "Sanne B" and "Sem B" have the same initials), and
one line says why it is not in Documenten. G6: `wis NAAM` names and removes that preparation's own script
(unchanged, recorded for exactly that draft). G7: a script that cannot be noted in the overview of saved
files is still shown with its path, and the teacher is told that `wis --kind` will not find it."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

import yaml
from filelock import FileLock
from helpers import ROOT, finish_prep, write

from oudergesprek import names

BEGUN = "2026-12-01T09:30:00"


def data(isolated: Path) -> Path:
    return isolated / "xdg_data_home" / "oudergesprek"


def index_rows(isolated: Path) -> list[dict]:
    return yaml.safe_load((data(isolated) / "opgeslagen-bestanden.yaml").read_text(encoding="utf-8")) or []


def a_draft(isolated: Path, child_name: str, begun: str = BEGUN) -> str:
    """A started preparation about this child, with every question answered; its name."""
    answers = {**yaml.safe_load((ROOT / "examples" / "startgesprek.yaml").read_text(encoding="utf-8"))}
    answers["kind"] = child_name
    answers["concept"] = {"status": "bezig", "aangemaakt": begun}
    name = f"2026-12-02-{names.slug(child_name)}-startgesprek"
    write(data(isolated) / "concepten" / f"{name}.yaml", yaml.safe_dump(answers, allow_unicode=True))
    return name


# --- G1: the data folder instead of Documenten -------------------------------------------------------------


def test_without_documenten_two_children_with_the_same_initials_keep_their_own_anonymous_script(isolated):
    """ "Sanne B" and "Sem B" both got `…-s-b-…-anoniem.pdf` beside the drafts: Sem's replaced Sanne's, and
    the overview of saved files listed it as Sem's. Nothing said why Documenten was not used."""
    docs = isolated / "geen-documenten"  # not there
    sanne = a_draft(isolated, "Sanne B")
    sem = a_draft(isolated, "Sem B")
    first, shown = finish_prep(isolated, docs, sanne, "--anoniem", columns=200)
    assert first.parent == data(isolated) / "concepten"
    # the script is dated the day it is made
    assert first.name == f"{dt.date.today().isoformat()}-s-b-startgesprek-anoniem.pdf"
    assert f"uw map met documenten kon niet worden gebruikt (de map {docs} bestaat niet)" in " ".join(shown.split())
    before = first.read_bytes()

    second, _ = finish_prep(isolated, docs, sem, "--anoniem", columns=200)
    assert second != first and second.name == f"{dt.date.today().isoformat()}-s-b-startgesprek-anoniem-2.pdf"
    assert first.read_bytes() == before, "Sanne B's script is untouched"
    rows = {row["pad"]: row for row in index_rows(isolated)}
    assert rows[str(first)]["kinderen"] == ["Sanne B"] and rows[str(first)]["concept"] == sanne
    assert rows[str(second)]["kinderen"] == ["Sem B"] and rows[str(second)]["concept"] == sem

    again, _ = finish_prep(
        isolated, docs, sanne, "--anoniem", columns=200
    )  # Sanne B's own unchanged script is made again
    assert again == first
    assert sorted(p.name for p in first.parent.glob("*.pdf")) == sorted([first.name, second.name])


def test_beside_the_drafts_a_script_never_takes_the_name_of_another_draft(isolated):
    """`NAME-2.pdf` beside the draft `NAME-2.yaml` (another Sanne, same day) would be taken for that draft's
    own script by `wis NAME-2`; a file that is not this draft's own script is never written over."""
    docs = isolated / "geen-documenten"
    name = a_draft(isolated, "Sanne")
    write(data(isolated) / "concepten" / f"{name}-2.yaml", (data(isolated) / "concepten" / f"{name}.yaml").read_text())
    mine = write(data(isolated) / "concepten" / f"{name}.pdf", "AANTEKENING van de leerkracht")
    pdf, _ = finish_prep(isolated, docs, name, columns=200)
    assert pdf == data(isolated) / "concepten" / f"{name}-3.pdf"
    assert mine.read_text(encoding="utf-8") == "AANTEKENING van de leerkracht"


# --- G6: wis NAAM and the script of that preparation -------------------------------------------------------


def test_wis_naam_names_and_removes_the_script_of_that_preparation(cli, isolated, monkeypatch):
    docs = isolated / "documenten"
    docs.mkdir()
    name = a_draft(isolated, "Sanne")
    pdf, _ = finish_prep(isolated, docs, name, columns=200)
    assert pdf == docs / f"{name}.pdf"
    monkeypatch.setenv("XDG_DOCUMENTS_DIR", str(docs))

    result = cli("wis", name, "--ja")
    assert result.exit_code == 0, result.output
    assert f"opgeslagen bestand: {pdf}" in result.stdout
    assert not pdf.exists() and not list(docs.iterdir())
    assert index_rows(isolated) == []


def _recorded(isolated: Path, path: Path, child: str, draft: str, begun: str) -> dict:
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    return {"pad": str(path), "kinderen": [child], "sha256": digest, "concept": draft, "begonnen": begun}


def test_wis_naam_leaves_a_changed_script_and_one_of_another_draft_and_says_so(cli, isolated):
    """Only an unchanged file recorded for exactly this draft goes; one the teacher changed stays, and is
    named; a script of an earlier talk that had the same name, or of another child, is not touched."""
    docs = isolated / "documenten"
    name = a_draft(isolated, "Sanne")
    own = write(docs / f"{name}.pdf", "script van deze voorbereiding")
    changed = write(docs / f"{name}-2.pdf", "ook van deze voorbereiding")
    earlier = write(docs / f"{name}-3.pdf", "van een eerder gesprek met dezelfde naam")
    other = write(docs / "2026-12-02-daan-startgesprek.pdf", "van Daan")
    rows = [
        _recorded(isolated, own, "Sanne", name, BEGUN),
        _recorded(isolated, changed, "Sanne", name, BEGUN),
        _recorded(isolated, earlier, "Sanne", name, "2025-11-30T08:00:00"),
        _recorded(isolated, other, "Daan", "2026-12-02-daan-startgesprek", BEGUN),
    ]
    write(data(isolated) / "opgeslagen-bestanden.yaml", yaml.safe_dump(rows))
    changed.write_text("AANTEKENING van de leerkracht", encoding="utf-8")

    result = cli("wis", name, "--ja")
    assert result.exit_code == 0, result.output
    assert f"opgeslagen bestand: {own}" in result.stdout
    assert "blijft staan" in result.stdout and str(changed) in result.stdout
    assert str(earlier) not in result.stdout and str(other) not in result.stdout
    assert not own.exists()
    assert changed.exists() and earlier.exists() and other.exists()
    assert sorted(row["pad"] for row in index_rows(isolated)) == sorted(map(str, (changed, earlier, other)))


# --- G7: a script that cannot be noted in the overview of saved files ---------------------------------------


def test_a_script_that_cannot_be_noted_is_still_shown_and_the_teacher_is_told(isolated):
    """The run ended with exit 2 and "Dat lukte niet (…tmp): dit is een map" after the PDF was written and the
    draft finished; the path was never shown, and `wis --kind` later left the PDF without a word."""
    docs = isolated / "documenten"
    docs.mkdir()
    name = a_draft(isolated, "Sanne")
    index = data(isolated) / "opgeslagen-bestanden.yaml"
    index.mkdir()  # the overview cannot be written
    pdf, shown = finish_prep(isolated, docs, name, columns=200)  # exit 0: the script is there, only the note is missing
    assert pdf == docs / f"{name}.pdf" and pdf.exists()
    said = " ".join(shown.split())
    assert f"{pdf} is opgeslagen, maar staat niet in het overzicht van opgeslagen bestanden" in said
    assert f"{index} kon niet worden bijgewerkt: dit is een map" in said
    assert "'oudergesprek wis --kind Sanne' vindt het daarom niet: verwijder het zelf" in said
    assert ".tmp" not in said and "Dat lukte niet" not in said
    assert "status: klaar" in (data(isolated) / "concepten" / f"{name}.yaml").read_text(encoding="utf-8")


def test_a_held_overview_gives_its_own_message_and_the_path(cli, isolated, monkeypatch):
    """The filelock Timeout came out as "het besturingssysteem meldt foutcode onbekend"."""
    from oudergesprek.interview import drafts

    index = data(isolated) / "opgeslagen-bestanden.yaml"
    index.parent.mkdir(parents=True)
    lock_path = str(index.with_name(f".{index.name}.lock"))
    monkeypatch.setitem(drafts._LOCKS, lock_path, FileLock(lock_path, timeout=0.05))  # no 10 s wait here
    other_window = FileLock(lock_path, is_singleton=False)
    out = isolated / "sanne.pdf"
    with other_window:
        result = cli("prep", "--answers", str(ROOT / "examples" / "slecht-nieuws.yaml"), "--output", str(out))
    assert result.exit_code == 0, result.output
    assert result.stdout.strip().endswith(str(out)) and out.exists()
    said = " ".join(result.stderr.split())
    assert f"{out} is opgeslagen, maar staat niet in het overzicht van opgeslagen bestanden" in said
    assert "een ander venster van oudergesprek hield het overzicht te lang bezet" in said
    assert "foutcode" not in said
