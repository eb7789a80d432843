"""Another child's name in prep's overview starts a new preparation for that child (Enter at the choice): the
first child's stays, nothing of the first child's communication plan comes along, the new child's plan is
offered, {kind} is filled in anew, and the pronoun is asked again."""

from __future__ import annotations

import re
from pathlib import Path

import pexpect
import pytest
import yaml
from helpers import answer_prep, exits_with, resume_prep, started_preparation, write


def data(isolated: Path, name: str) -> Path:
    return isolated / "xdg_data_home" / "oudergesprek" / name


def plan(cli, isolated: Path, child: str, parents: str, interpreter: str, form: str = "je") -> None:
    answers = {"kind": child, "ouders": parents, "aanspreekvorm": form, "tolk": interpreter, "stijl": "allebei"}
    path = write(isolated / "in" / f"plan-{len(child)}.yaml", yaml.safe_dump(answers, allow_unicode=True))
    assert cli("plan", "--answers", str(path)).exit_code == 0


def start(isolated: Path, output: Path, situation: str = "zorg-leren") -> pexpect.spawn:
    """A preparation (zorg om het leren) whose first open question is the child's name."""
    return resume_prep(isolated, started_preparation(isolated, situation), "--output", str(output))


def answer(child: pexpect.spawn, first: dict[str, str] | None = None) -> str:
    """Answer every question until the overview (helpers.answer_prep); what was said on the way."""
    return answer_prep(child, first, fact="Sanne las op 1 december een halve bladzijde.")


def change_the_name(child: pexpect.spawn, new: str, more: dict[str, str] | None = None) -> str:
    child.sendline("1")  # item 1 of the overview: Kind
    child.expect("> ")
    child.sendline(new)
    child.expect(r"Nummer \[nieuw\]\r\n> ")
    said = child.before
    child.sendline("")  # a new preparation for the other child
    said += answer(child, {"hij of zij": "", **(more or {})})
    child.sendline("")
    return said


def test_another_childs_name_drops_the_first_plan_and_takes_the_new_one(cli, isolated):
    plan(cli, isolated, "Sanne", "moeder (Fatima El Idrissi)", "ja, Arabisch")
    plan(cli, isolated, "Sanne B.", "vader (Wim Bakker)", "nee", form="u")
    out = isolated / "script.md"
    child = start(isolated, out)
    said = answer(child, {"voornaam": "Sanne"})
    assert "Overgenomen uit het communicatieplan" in said and "Fatima" in said
    said = change_the_name(child, "Sanne B.")
    exits_with(child, 0)
    flat = " ".join(said.split())
    assert "Sanne B. is een ander kind dan Sanne." in flat and "De voorbereiding van Sanne is bewaard" in flat
    assert "ouders: vader (Wim Bakker)" in flat and "Fatima" not in flat
    script = out.read_text(encoding="utf-8")
    assert "Fatima" not in script and "Arabisch" not in script and "tolk" not in script.lower()
    assert "Wim Bakker" in script
    assert "Wat heeft Sanne B. volgens u nodig?" in script
    assert not re.search(r"\bSanne\b(?! B\.)", script.replace("Sanne las op", "")), "the first name is gone"
    path = only(isolated, "-sanne-b-zorg-leren")
    saved = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert saved["kind"] == "Sanne B." and saved["ouders"] == "vader (Wim Bakker)"
    first = yaml.safe_load(only(isolated, "-sanne-zorg-leren").read_text(encoding="utf-8"))
    assert first["kind"] == "Sanne" and first["ouders"] == "moeder (Fatima El Idrissi)", "Sanne's stays"


def test_a_child_without_a_plan_is_asked_for_the_parents_again(cli, isolated):
    plan(cli, isolated, "محمد", "moeder (Fatima El Idrissi)", "ja, Arabisch")
    out = isolated / "script.md"
    child = start(isolated, out)
    answer(child, {"voornaam": "محمد"})
    said = change_the_name(child, "Σοφία", {"Wie komen er van de ouders": "moeder (Eleni)"})
    exits_with(child, 0)
    assert "Wie komen er van de ouders" in said, "asked again: Σοφία has no plan"
    script = out.read_text(encoding="utf-8")
    assert "Fatima" not in script and "Arabisch" not in script and "محمد" not in script
    assert "Eleni" in script and "Σοφία" in script
    assert only(isolated, "-σοφία-zorg-leren") and only(isolated, "-محمد-zorg-leren")


def only(isolated: Path, part: str) -> Path:
    (path,) = (p for p in data(isolated, "concepten").glob("*.yaml") if p.name.endswith(f"{part}.yaml"))
    return path


def saved_answers(isolated: Path, child: str = "sanne") -> dict:
    return yaml.safe_load(only(isolated, f"-{child}-zorg-gedrag").read_text(encoding="utf-8"))


def sanne_with_zij(isolated: Path, out: Path) -> pexpect.spawn:
    """A preparation about Sanne, with "zij" in its phrases, at the overview."""
    child = start(isolated, out, "zorg-gedrag")
    child.expect("voornaam")
    child.expect("> ")
    child.sendline("Sanne")
    child.expect("hij of zij")
    child.expect("> ")
    child.sendline("2")
    said = answer(child)
    assert re.search(r" 1\. Kind +Sanne, zij\r\n", said)
    assert "Of zij dat zelf erg vindt" in saved_answers(isolated)["opening"]
    return child


@pytest.mark.parametrize(
    ("typed", "offered", "name"),
    [("Daan", "[anders]", "Daan"), ("", "[zij]", "Sanne")],
    ids=["another child: not the first child's pronoun", "the same child: its pronoun as the default"],
)
def test_item_1_of_the_overview_asks_the_pronoun_again(isolated, typed, offered, name):
    out = isolated / "script.md"
    child = sanne_with_zij(isolated, out)
    child.sendline("1")
    child.expect("> ")
    child.sendline(typed)
    if typed:
        child.expect(r"Nummer \[nieuw\]\r\n> ")
        child.sendline("")  # a new preparation for Daan
    child.expect("hij of zij")
    child.expect("> ")
    assert offered in child.before
    child.sendline("1")  # hij
    said = answer(child)
    child.sendline("")
    exits_with(child, 0)
    assert re.search(rf" 1\. Kind +{name}, hij\r\n", said)
    script = out.read_text(encoding="utf-8").replace("Sanne las op", "")
    assert f"{name} staat dan bijna altijd alleen. Of hij dat zelf erg vindt" in script
    assert not re.search(r"\bzij\b", script)
    assert name == "Sanne" or "Sanne" not in script
    assert saved_answers(isolated, name.lower())["voornaamwoord"] == "hij"
