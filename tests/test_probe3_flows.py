"""Another child named in the overview of `reflect` or `plan` (probe 3, F2): nothing about the first child
stays in a file that bears the other child's name, nothing of the first child's own plan is lost, and
`wis --kind` finds each file under the child it is about."""

from __future__ import annotations

from pathlib import Path

import pexpect
import yaml
from helpers import exits_with, spawn, write

from oudergesprek.documents.plans import defaults_for

SAVE = "Enter om op te slaan:\r\n> "
YARA = {
    "kind": "Yara",
    "groep": "groep 4",
    "ouders": "moeder (Amina Yusuf), vader (Idris Yusuf)",
    "informeren": "apart",
    "aanspreekvorm": "u",
    "tolk": "ja, Tigrinya",
    "stijl": "cijfers en feiten",
    "bijzonderheden": "Vader woont in Eritrea; geen contact met het kind toegestaan.",
}
YARAS = ("Yara", "Amina", "Idris", "Tigrinya", "Eritrea", "groep 4")


def folder(isolated: Path, name: str) -> Path:
    return isolated / "xdg_data_home" / "oudergesprek" / name


def only(isolated: Path, name: str, child: str) -> Path:
    (path,) = (p for p in folder(isolated, name).glob("*.yaml") if child in p.name)
    return path


def answer_until_overview(child: pexpect.spawn, typed: dict[str, str]) -> str:
    """Answer every question (`typed`: part of a question -> answer; a choice gets 1, the rest Enter or
    "iets"); what was said on the way."""
    said = ""
    for _ in range(40):
        index = child.expect([SAVE, r"\r\n> ", r"\r\n\d> "])
        said += child.before
        if index == 0:
            return said
        if index == 2:  # a list: no lines
            child.sendline("")
            continue
        question = child.before.strip().splitlines()[-1]
        answer = next((text for part, text in typed.items() if part in child.before[-400:]), None)
        if answer is None:
            answer = "1" if question.startswith("Nummer") and "[" not in question else ""
            if question.endswith("?") and "leeg laten kan" not in child.before[-400:].lower():
                answer = "iets"
        child.sendline(answer)
    raise AssertionError("the overview did not come")


def test_another_child_in_a_reflection_takes_nothing_of_the_first_child_along(cli, isolated):
    write(
        folder(isolated, "concepten") / "2026-11-20-sanne-slecht-nieuws.yaml",
        "situatie: slecht-nieuws\nkind: Sanne\nouders: moeder (Fatima El Amrani)\ndatum: 20 november\n"
        "doel: De ouders weten dat Sanne extra leeshulp krijgt.\nconcept: {status: klaar}\n",
    )
    child = spawn(isolated, "reflect", "--prep", "Sanne")
    child.expect("Uw doel was: De ouders weten dat Sanne")
    answer_until_overview(child, {"Wanneer was het gesprek": ""})
    assert "Fatima" in child.before and "Slechtnieuwsgesprek, 20 november" in child.before
    child.sendline("2")  # item 2: the child
    child.expect(r"Over welk kind.*\[Sanne\]\r\n> ")
    child.sendline("Daan")
    child.expect("Daan is een ander kind dan Sanne: deze reflectie hoort nu bij Daan.")
    child.expect("Weggehaald, want het ging over Sanne: de koppeling met de voorbereiding, ")
    child.expect(r"Het bestand heet nu (\S+)\.")
    name = child.match.group(1)
    said = answer_until_overview(
        child, {"Over welk gesprek": "aan de deur met de vader van Daan", "Met wie sprak u": "vader (Joost)"}
    )
    assert "[" not in said, "nothing of the first child offered as a default"
    child.sendline("")
    child.expect("Bewaard in uw dagboek")
    exits_with(child, 0)

    path = only(isolated, "reflecties", "daan")
    assert path.stem == name and not list(folder(isolated, "reflecties").glob("*sanne*"))
    text = path.read_text(encoding="utf-8")
    for first in ("Sanne", "sanne", "Fatima", "voorbereiding", "Slechtnieuws"):
        assert first not in text
    saved = yaml.safe_load(text)
    assert saved["kind"] == "Daan" and saved["ouders"] == "vader (Joost)"
    assert saved["gesprek"] == "aan de deur met de vader van Daan" and saved["concept"]["status"] == "klaar"
    shown = cli("reflect", "--show", "Daan").stdout
    assert "vader (Joost)" in shown and "Fatima" not in shown and "leeshulp" not in shown

    first = cli("wis", "--kind", "Sanne", "--ja")
    assert first.exit_code == 0 and name not in first.output and path.exists()
    new = cli("wis", "--kind", "Daan", "--ja")
    assert new.exit_code == 0 and name in new.output and not path.exists()


def name_another_child(isolated: Path, old: str, new: str) -> pexpect.spawn:
    """`plan OLD --wijzig`, item 1 of the overview (the child) changed to `new`."""
    child = spawn(isolated, "plan", old, "--wijzig")
    child.expect(SAVE)
    child.sendline("1")
    child.expect(rf"Voor welk kind.*\[{old}\]\r\n> ")
    child.sendline(new)
    child.expect(f"{new} is een ander kind dan {old}. Alles in dit plan gaat over {old}")
    return child


def change_the_child(isolated: Path, old: str, new: str, choice: str) -> pexpect.spawn:
    child = name_another_child(isolated, old, new)
    child.expect(r"Nummer \[nieuw\]\r\n> ")
    child.sendline(choice)
    return child


def test_another_child_in_a_plan_gets_a_plan_of_its_own_and_the_first_plan_stays(cli, isolated):
    path = write(isolated / "yara.yaml", yaml.safe_dump(YARA, allow_unicode=True))
    assert cli("plan", "--answers", str(path)).exit_code == 0
    yara = only(isolated, "plannen", "yara")
    before = yara.read_bytes()

    child = change_the_child(isolated, "Yara", "Xavi", "")  # Enter: a new plan for Xavi
    child.expect("Het plan van Yara is bewaard zoals het was. Het nieuwe plan voor Xavi heet")
    said = answer_until_overview(child, {"Wie zijn de ouders": "vader (Kees Jansen)", "tolk": ""})
    assert "[" not in said.split("Hoe krijgen")[0], "nothing of Yara offered as a default"
    child.sendline("")
    child.expect("Plan bewaard: 2026-")
    exits_with(child, 0)

    assert yara.read_bytes() == before, "the first child's plan stays as it was"
    xavi = only(isolated, "plannen", "xavi")
    text = xavi.read_text(encoding="utf-8")
    for first in YARAS:
        assert first not in text
    assert yaml.safe_load(text)["kind"] == "Xavi"
    taken = defaults_for("Xavi")  # what a later preparation for Xavi takes over
    assert taken.get("ouders") == "vader (Kees Jansen)" and not taken.get("aanwezigen")

    # the same child under its right name: every answer goes along, under the new name only
    child = change_the_child(isolated, "Xavi", "Xaviera", "2")
    child.expect("Dit plan hoort nu bij Xaviera: alle antwoorden staan voortaan op naam van Xaviera.")
    child.expect(SAVE)
    child.sendline("")
    exits_with(child, 0)
    assert not xavi.exists()
    xaviera = only(isolated, "plannen", "xaviera")
    assert yaml.safe_load(xaviera.read_text(encoding="utf-8"))["ouders"] == "vader (Kees Jansen)"

    first = cli("wis", "--kind", "Yara", "--ja")
    assert first.exit_code == 0 and xaviera.exists() and not yara.exists()
    assert xaviera.stem not in first.output
    new = cli("wis", "--kind", "Xaviera", "--ja")
    assert new.exit_code == 0 and xaviera.stem in new.output and not xaviera.exists()


def test_another_child_who_already_has_a_plan_is_named_and_no_second_plan_is_the_default(cli, isolated):
    """Naming a child that already has a plan: the teacher hears so, Enter keeps the first plan as it was,
    and the way to change the other child's own plan is shown."""
    for name in ("Yara", "Xavi"):
        path = write(isolated / f"{name}.yaml", yaml.safe_dump({**YARA, "kind": name}, allow_unicode=True))
        assert cli("plan", "--answers", str(path)).exit_code == 0
    xavi = only(isolated, "plannen", "xavi")
    child = name_another_child(isolated, "Yara", "Xavi")
    child.expect(f"Voor Xavi is er al een plan: {xavi.stem}.")
    child.expect("Een tweede plan voor Xavi maken")
    child.expect(r"Nummer \[terug\]\r\n> ")
    child.sendline("")
    child.expect("Het plan blijft bij Yara.")
    child.expect(f"Het plan van Xavi aanpassen: oudergesprek plan --wijzig {xavi.stem}")
    child.expect(SAVE)
    child.sendline("")
    exits_with(child, 0)
    assert [p.stem for p in (isolated / "xdg_data_home" / "oudergesprek" / "plannen").glob("*xavi*.yaml")] == [
        xavi.stem
    ]
