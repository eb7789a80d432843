"""`oudergesprek plan`: a communication plan per family, its one-page export, and what prep takes over."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
import yaml
from helpers import assert_damaged_file_set_aside, assert_usage_error, exits_with, spawn, write
from pypdf import PdfReader

from oudergesprek.documents.plans import defaults_for

PLAN = {
    "kind": "Yara",
    "groep": "groep 3",
    "ouders": "moeder (Rania) en vader (Samir), beiden met gezag",
    "informeren": "apart",
    "aanspreekvorm": "u",
    "startgesprek": "dinsdag 8 september, 15.30 uur",
    "doel": "Dat Yara merkt dat thuis en school samen optrekken bij het lezen.",
    "contactmomenten": ["startgesprek september", "even bellen eind oktober", "rapportgesprek februari"],
    "kanaal": "telefoon",
    "hoe_vaak": "om de week een kort bericht",
    "reactietijd": "binnen twee werkdagen",
    "stijl": "merken dat het kind gezien wordt",
    "tolk": "ja, Arabisch",
    "taal": "korte zinnen; afspraken ook op papier",
    "bijzonderheden": "vader werkt in ploegen, bellen kan na 17.00 uur",
}


def folder(isolated: Path) -> Path:
    return isolated / "xdg_data_home" / "oudergesprek" / "plannen"


def add(cli, isolated: Path, name: str = "plan", **answers):
    path = write(isolated / f"{name}.yaml", yaml.safe_dump({**PLAN, **answers}, allow_unicode=True))
    return cli("plan", "--answers", str(path))


def test_a_plan_from_a_file_is_saved_listed_and_shown(cli, isolated):
    result = add(cli, isolated)
    assert result.exit_code == 0, result.output
    assert "Plan bewaard" in result.stdout and "Communicatieplan Yara" in result.stdout
    (path,) = folder(isolated).glob("*.yaml")
    assert oct(path.stat().st_mode & 0o777) == "0o600"
    listing = cli("plan", "--list")
    assert "Yara" in listing.stdout and "groep 3" in listing.stdout and "telefoon" in listing.stdout
    shown = " ".join(cli("plan", "yara").stdout.split())
    for expected in (
        "Startgesprek: dinsdag 8 september",
        "1. startgesprek september",
        "Tolk: Arabisch. Altijd een professionele tolk, nooit het kind.",
        "Apart: elke ouder een eigen uitnodiging",
        "Reageren op berichten: binnen twee werkdagen",
    ):
        assert expected in shown


def test_the_plan_fits_one_page_and_can_hide_names(cli, isolated):
    assert cli("config", "naam", "Juf Marieke").exit_code == 0
    assert add(cli, isolated).exit_code == 0
    pdf = isolated / "plan.pdf"
    result = cli("plan", "Yara", "--output", str(pdf))
    assert result.exit_code == 0, result.output
    reader = PdfReader(pdf)
    page = " ".join(reader.pages[0].extract_text().split())
    assert len(reader.pages) == 1 and "Communicatieplan Yara" in page and "Juf Marieke" in page
    md = isolated / "plan.md"
    assert cli("plan", "1", "--output", str(md), "--anoniem").exit_code == 0
    text = md.read_text(encoding="utf-8")
    assert "Y." in text and "R." in text and "S." in text
    assert not any(name in text for name in ("Yara", "Rania", "Samir"))


def test_defaults_for_prep_come_from_the_childs_latest_plan(cli, isolated):
    assert defaults_for("Yara") == {}
    assert add(cli, isolated).exit_code == 0
    assert defaults_for("yara") == {
        "stijl": "merken dat het kind gezien wordt",
        "aanwezigen": "tolk (Arabisch)",
        "ouders": "moeder (Rania) en vader (Samir), beiden met gezag; beide ouders apart informeren",
        "aanspreekvorm": "u",
        "groep": "groep 3",
    }
    os.utime(next(folder(isolated).glob("*.yaml")), (1, 1))  # the first plan is clearly older
    later = add(cli, isolated, "later", stijl="weet ik niet", tolk="", informeren="samen", aanspreekvorm="je")
    assert later.exit_code == 0
    assert defaults_for("Yara") == {"ouders": PLAN["ouders"], "aanspreekvorm": "je", "groep": "groep 3"}
    assert defaults_for("Bram") == {}


@pytest.mark.parametrize(("answer", "language"), [("Tigrinya", "Tigrinya"), ("nee", None), ("tolk Pools", "Pools")])
def test_the_interpreter_answer_is_read_loosely(cli, isolated, answer, language):
    assert add(cli, isolated, tolk=answer).exit_code == 0
    assert defaults_for("Yara").get("aanwezigen") == (f"tolk ({language})" if language else None)


def test_answers_file_problems_come_as_one_list(cli, isolated):
    bad = write(
        isolated / "bad.yaml", "groep: 4\nkanaal: whatsapp\nstijl: cijfers en feite\ncontactmomenten: oktober\n"
    )
    result = cli("plan", "--answers", str(bad))
    assert result.exit_code == 2
    for expected in ("'kind' ontbreekt", "'ouders' ontbreekt", "'kanaal'", "Bedoelt u 'cijfers en feiten'?", "lijst"):
        assert expected in result.stderr
    assert not folder(isolated).exists() or not list(folder(isolated).glob("*.yaml"))


def test_interactive_plan_for_a_named_child_survives_ctrl_c(isolated):
    child = spawn(isolated, "plan", "Bram")
    child.expect("Nieuw communicatieplan voor Bram")
    child.expect("In welke groep")
    child.sendline("groep 6")
    child.expect("wie heeft het gezag")
    child.sendline("vader (Kees) en moeder (Lot), beiden met gezag")
    child.expect("dezelfde informatie")
    child.expect("> ")
    child.sendline("2")
    child.expect("u of met je")
    child.sendintr()
    child.expect(r"Ga verder met: oudergesprek plan (\S+)")
    name = child.match.group(1)
    exits_with(child, 130)
    saved = yaml.safe_load((folder(isolated) / f"{name}.yaml").read_text(encoding="utf-8"))
    assert saved["kind"] == "Bram" and saved["informeren"] == "apart" and saved["concept"]["status"] == "bezig"

    child = spawn(isolated, "plan", name)
    child.expect(f"Verder met {name}")
    child.expect("u of met je")
    child.expect("> ")
    child.sendline("")  # the default: u
    for _ in range(3):
        child.expect("\n> |\n1> ")
        child.sendline("")
    child.expect("Hoe hebben de ouders het liefst contact")
    child.expect("> ")
    child.sendline("2")
    for _ in range(6):
        child.expect("> ")
        child.sendline("")
    child.expect("Enter om op te slaan")
    child.sendline("")
    child.expect("Communicatieplan Bram")
    exits_with(child, 0)
    saved = yaml.safe_load((folder(isolated) / f"{name}.yaml").read_text(encoding="utf-8"))
    assert saved["kanaal"] == "telefoon" and saved["reactietijd"] == "binnen twee werkdagen"
    assert saved["concept"]["status"] == "klaar" and saved["groep"] == "groep 6"


@pytest.mark.parametrize(
    ("args", "expected"),
    [((), "terminal"), (("Bram", "--wijzig"), "nog geen plan"), (("--list", "Bram"), "--list toont")],
)
def test_usage_errors_without_a_traceback(cli, args, expected):
    assert_usage_error(cli("plan", *args), expected)


def test_a_damaged_plan_is_set_aside(cli, isolated):
    assert add(cli, isolated).exit_code == 0
    assert_damaged_file_set_aside(cli, "plan", folder(isolated), listed="Yara")
    assert defaults_for("Yara")["stijl"] == "merken dat het kind gezien wordt"


def test_ctrl_c_while_changing_a_finished_plan_says_how_to_reopen_its_overview(cli, isolated):
    assert add(cli, isolated).exit_code == 0
    (path,) = folder(isolated).glob("*.yaml")
    child = spawn(isolated, "plan", "Yara", "--wijzig")
    child.expect("Enter om op te slaan")
    child.expect("> ")
    child.sendintr()
    child.expect(f"Ga verder met: oudergesprek plan {path.stem} --wijzig")
    exits_with(child, 130)


def test_change_a_finished_plan_and_a_new_name_never_opens_someone_else(cli, isolated):
    assert add(cli, isolated).exit_code == 0
    child = spawn(isolated, "plan", "Yara", "--wijzig")
    child.expect("Overzicht")
    child.expect("Enter om op te slaan")
    child.expect("> ")
    child.sendline("9")  # the channel
    child.expect("Hoe hebben de ouders het liefst contact")
    child.expect("> ")
    child.sendline("3")
    child.expect("Enter om op te slaan")
    child.expect("> ")
    child.sendline("")
    child.expect("Liefst via: e-mail")
    exits_with(child, 0)
    (path,) = folder(isolated).glob("*.yaml")
    assert yaml.safe_load(path.read_text(encoding="utf-8"))["kanaal"] == "e-mail"
    # "Ya" is part of Yara's file name, but it is another child: a new plan, which needs a terminal here
    result = cli("plan", "Ya")
    assert result.exit_code == 2 and "terminal" in result.stderr
