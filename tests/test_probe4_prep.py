"""Fourth hostile probe, the findings about `prep`.

G2: naming another child in prep's overview asks what the teacher means: a new preparation for that child
(the first child's stays as it was, and nothing of it comes along), or the same child under its right name
(every answer goes along, the file is renamed). G5: the child's answer keeps only the name as the name
("Sanne zit in groep 5" is Sanne), and only a groep as the groep ("Daan, ADHD" is not a groep)."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pexpect
import pytest
import yaml
from helpers import REVIEW_PROMPT as REVIEW
from helpers import answer_prep, exits_with, resume_prep, started_preparation, write
from hypothesis import assume, given
from hypothesis import strategies as st

from oudergesprek.interview.childanswer import child_answer, read_child

ROOT = Path(__file__).resolve().parent.parent


def data(isolated: Path, name: str) -> Path:
    return isolated / "xdg_data_home" / "oudergesprek" / name


# --- G5: the child's answer ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "expected", "unused"),
    [
        ("Sanne zit in groep 5", {"kind": "Sanne", "groep": "groep 5"}, []),
        ("Sanne uit groep 5", {"kind": "Sanne", "groep": "groep 5"}, []),
        ("Sanne in groep 1/2", {"kind": "Sanne", "groep": "groep 1/2"}, []),
        ("Sanne van groep 7 en 8", {"kind": "Sanne", "groep": "groep 7 en 8"}, []),
        ("Sanne - groep 5", {"kind": "Sanne", "groep": "groep 5"}, []),
        ("Sanne: groep 5", {"kind": "Sanne", "groep": "groep 5"}, []),
        ("Sanne/groep 5", {"kind": "Sanne", "groep": "groep 5"}, []),
        ("Sanne uit 5b", {"kind": "Sanne", "groep": "5b"}, []),
        ("Sanne 5B", {"kind": "Sanne", "groep": "5B"}, []),
        ("Jan-Ze groep 8", {"kind": "Jan-Ze", "groep": "groep 8"}, []),
        ("Sanne groep 5 van juf Ans", {"kind": "Sanne", "groep": "groep 5"}, ["van juf Ans"]),
        ("Daan, ADHD", {"kind": "Daan"}, ["ADHD"]),
        ("Daan, Dyslexie", {"kind": "Daan"}, ["Dyslexie"]),
        ("Eva, pleegkind", {"kind": "Eva"}, ["pleegkind"]),
        ("Sanne, 8 jaar", {"kind": "Sanne"}, ["8 jaar"]),
        ("Sanne, 5B", {"kind": "Sanne", "groep": "5B"}, []),
        ("Lina (Dolfijnen)", {"kind": "Lina", "groep": "Dolfijnen"}, []),
        ("Lina, de Rode Draken", {"kind": "Lina", "groep": "de Rode Draken"}, []),
        ("Mo (hen)", {"kind": "Mo", "voornaamwoord": "anders"}, []),
        ("Mo (die/hen)", {"kind": "Mo", "voornaamwoord": "anders"}, []),
        ("Sanne (ze/haar)", {"kind": "Sanne", "voornaamwoord": "zij"}, []),
        ("Daan (hij/hem), groep 4", {"kind": "Daan", "voornaamwoord": "hij", "groep": "groep 4"}, []),
        ("Sanne (hij) (zij)", {"kind": "Sanne", "voornaamwoord": "hij"}, ["zij"]),
        ("(zij) Sanne", {"kind": "Sanne", "voornaamwoord": "zij"}, []),
        ("Li Ze (hij)", {"kind": "Li Ze", "voornaamwoord": "hij"}, []),
        ("Ivan van der Berg", {"kind": "Ivan van der Berg"}, []),
    ],
)
def test_only_the_name_is_the_name_and_only_a_groep_is_the_groep(typed, expected, unused):
    read = read_child(typed)
    assert (read.given, read.unused) == (expected, unused)


_WORD = st.one_of(
    st.sampled_from(["Ze", "ze", "Zij", "hij", "Li", "Yu", "Anne", "Groep", "van", "in", "uit", "zit", "de"]),
    st.text(st.characters(categories=("Lu", "Ll", "Lo")), min_size=1, max_size=8),
)


@given(
    st.lists(_WORD, min_size=1, max_size=4),
    st.lists(st.sampled_from([" ", "-", "'", "/"]), min_size=3),
    st.sampled_from([" zit in ", " uit ", " in ", " - ", ": ", "/", " "]),
    st.sampled_from(["groep 5", "groep 1/2", "Groep 7 en 8"]),
)
def test_a_groep_typed_after_the_name_leaves_the_name_whole(words, joints, filler, group):
    assume(words[-1].lower() not in ("zit", "in", "uit", "van"))  # "Li in groep 5": that is Li, in groep 5
    name = words[0] + "".join(joint + word for joint, word in zip(joints, words[1:], strict=False))
    assert child_answer(f"{name}{filler}{group}") == {"kind": name, "groep": group}


def test_hen_is_not_kept_where_the_pronoun_question_has_no_other_choice():
    assert read_child("Mo (hen)", others=False).given == {"kind": "Mo"}
    assert read_child("Mo (hen)", others=False).unused == ["hen"]


def test_a_class_name_from_the_settings_is_a_groep():
    assert read_child("Daan, bso Zeester", known_groups=("BSO Zeester",)).given == {
        "kind": "Daan",
        "groep": "bso Zeester",
    }
    assert child_answer("Daan, bso Zeester") == {"kind": "Daan"}


def test_sanne_zit_in_groep_5_is_sanne_and_wis_finds_her(cli, isolated):
    """The probe's case: the draft, the script and `wis --kind Sanne` all know her as Sanne."""
    child = resume_prep(isolated, started_preparation(isolated))
    child.expect("voornaam van het kind.*\r\n> ")
    child.sendline("Sanne zit in groep 5, ADHD")
    child.expect("hij of zij.*\r\n> ")
    said = " ".join(child.before.split())
    child.sendline("2")
    child.expect("Wie komen er van de ouders")
    child.sendintr()
    exits_with(child, 130)
    assert "Genoteerd: kind Sanne, groep 5. Niet bewaard: 'ADHD'" in said
    (saved,) = data(isolated, "concepten").glob("*.yaml")
    assert saved.name.endswith("-sanne-slecht-nieuws.yaml")
    answers = yaml.safe_load(saved.read_text(encoding="utf-8"))
    assert answers["kind"] == "Sanne" and answers["groep"] == "groep 5"
    assert "ADHD" not in saved.read_text(encoding="utf-8")
    wiped = cli("wis", "--kind", "Sanne", "--ja")
    assert wiped.exit_code == 0 and saved.stem in wiped.output and not saved.exists()


# --- G2: another child named in the overview ---------------------------------------------------------------

SANNES = ("Sanne", "Ayşe", "Yılmaz", "Tom de Vries", "Marieke", "leestoets", "Leestoets", "prentenboek")


def finished_preparation(isolated: Path) -> Path:
    """Sanne's finished preparation (the example's answers), as prep leaves it after the script."""
    answers = yaml.safe_load((ROOT / "examples" / "slecht-nieuws.yaml").read_text(encoding="utf-8"))
    answers["concept"] = {"aangemaakt": "2026-12-02T08:00:00", "status": "klaar", "overgenomen": []}
    return write(
        data(isolated, "concepten") / "2026-12-02-sanne-slecht-nieuws.yaml", yaml.safe_dump(answers, allow_unicode=True)
    )


def answer_all(child: pexpect.spawn) -> str:
    """Answer every question for Daan until the overview; what was said on the way."""
    return answer_prep(
        child,
        {"Wie komen er van de ouders": "vader (Kees Jansen)"},
        fact="Daan rekende op 1 december tien sommen goed.",
        filler="iets over Daan",
    )


def change_the_child(isolated: Path, draft: str, new: str, choice: str, out: Path) -> pexpect.spawn:
    child = resume_prep(isolated, draft, "--output", str(out), "--force")
    child.expect(REVIEW)
    child.sendline("1")
    child.expect(r"\[Sanne\]\r\n> ")
    child.sendline(new)
    child.expect(f"{new} is een ander kind dan Sanne. Alles in deze voorbereiding gaat over Sanne")
    child.expect(r"Nummer \[nieuw\]\r\n> ")
    child.sendline(choice)
    return child


def test_another_child_gets_a_preparation_of_its_own_and_sannes_stays(cli, isolated):
    sanne = finished_preparation(isolated)
    before = sanne.read_bytes()
    out = isolated / "daan.md"

    child = change_the_child(isolated, sanne.stem, "Daan", "", out)  # Enter: a new preparation for Daan
    child.expect("De voorbereiding van Sanne is bewaard zoals hij was")
    child.expect("hij of zij")
    child.expect(r"\[anders\]")
    said = answer_all(child)
    child.sendline("")
    exits_with(child, 0)

    kept = yaml.safe_load(before)
    after = yaml.safe_load(sanne.read_text(encoding="utf-8"))
    assert all(after[key] == value for key, value in kept.items() if key != "concept"), "Sanne's stays as it was"
    assert after["concept"]["status"] == "klaar"
    for first in SANNES:
        assert first not in said, f"{first} offered for Daan"
    (daan,) = (p for p in data(isolated, "concepten").glob("*.yaml") if p != sanne)
    # a new preparation is dated the day it is begun
    assert daan.name == f"{dt.date.today().isoformat()}-daan-slecht-nieuws.yaml"
    text = daan.read_text(encoding="utf-8")
    script = out.read_text(encoding="utf-8")
    for first in SANNES:
        assert first not in text and first not in script
    answers = yaml.safe_load(text)
    assert answers["kind"] == "Daan" and answers["ouders"] == "vader (Kees Jansen)" and "groep" not in answers
    listed = cli("prep", "--list").output
    assert re.search(r"2026-12-02-sanne-slecht-nieuws +Sanne .* klaar", listed)
    assert re.search(rf"{daan.stem} +Daan .* klaar", listed)

    # no change after all (3), then the same child under its right name (2): every answer goes along
    child = change_the_child(isolated, sanne.stem, "Sanna", "3", isolated / "sanna.md")
    child.expect("De voorbereiding blijft bij Sanne.")
    child.expect(REVIEW)
    child.sendline("1")
    child.expect(r"\[Sanne\]\r\n> ")
    child.sendline("Sanna")
    child.expect(r"Nummer \[nieuw\]\r\n> ")
    child.sendline("2")
    child.expect(r"hij of zij.*\[zij\]\r\n> ")
    child.sendline("")
    child.expect("Deze voorbereiding hoort nu bij Sanna")
    child.expect(r" 1\. Kind +Sanna, zij, groep 4\r\n")
    child.expect(REVIEW)
    child.sendline("")
    exits_with(child, 0)
    assert not sanne.exists()
    renamed = data(isolated, "concepten") / f"{dt.date.today().isoformat()}-sanna-slecht-nieuws.yaml"  # dated today
    sanna = yaml.safe_load(renamed.read_text("utf-8"))
    assert sanna["kind"] == "Sanna" and sanna["voornaamwoord"] == "zij"
    assert all(sanna[key] == kept[key] for key in ("ouders", "aanwezigen", "feiten", "kernboodschap", "groep"))
