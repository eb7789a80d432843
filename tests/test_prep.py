"""`oudergesprek prep`: the real interactive program in a pseudo-terminal, drafts, and answer files."""

from __future__ import annotations

import re
from pathlib import Path

import pexpect
import pytest
import yaml
from helpers import ROOT, spawn_env, spawn_program, write


def spawn(isolated: Path, *args: str) -> pexpect.spawn:
    env = spawn_env(isolated, NO_COLOR="1", COLUMNS="100")
    return spawn_program(["prep", *args], env, rows=40, cols=100)


def drafts_in(isolated: Path) -> list[Path]:
    return sorted((isolated / "xdg_data_home" / "oudergesprek" / "concepten").glob("*.yaml"))


def start_bad_news(child: pexpect.spawn) -> None:
    child.expect("Over wat voor gesprek gaat het")
    child.expect("> ")
    options = child.before
    number = next(line.split(".")[0].strip() for line in options.splitlines() if "Slechtnieuwsgesprek" in line)
    child.sendline(number)
    child.expect("voornaam van het kind")
    child.sendline("Nguyễn")
    child.expect("Wie komen er van de ouders")
    child.sendline("moeder (Łukasz is de vader, niet aanwezig), beiden met gezag")
    child.expect("Wie zijn er verder bij")
    child.sendline("?")
    child.expect("nooit tolken")
    child.sendline("IB'er Marieke")


def test_ctrl_c_keeps_every_answer_and_resume_continues(isolated):
    child = spawn(isolated)
    start_bad_news(child)
    child.expect("Wanneer is het gesprek")
    child.sendintr()
    child.expect("bewaard")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 130
    (draft,) = drafts_in(isolated)
    saved = yaml.safe_load(draft.read_text(encoding="utf-8"))
    assert saved["kind"] == "Nguyễn" and saved["aanwezigen"] == "IB'er Marieke"
    assert saved["situatie"] == "slecht-nieuws" and saved["concept"]["status"] == "bezig"
    assert oct(draft.stat().st_mode & 0o777) == "0o600"
    assert oct(draft.parent.stat().st_mode & 0o777) == "0o700"

    child = spawn(isolated, "--resume")
    child.expect("Verder met")
    child.expect("Wanneer is het gesprek")  # the first unanswered question
    child.sendline("dinsdag 15.15 uur")
    child.expect("u of met je")
    child.sendeof()
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 130
    saved = yaml.safe_load(drafts_in(isolated)[0].read_text(encoding="utf-8"))
    assert saved["datum"] == "dinsdag 15.15 uur" and saved["ouders"].startswith("moeder")


def test_list_shows_drafts(cli, isolated):
    child = spawn(isolated)
    start_bad_news(child)
    child.expect("Wanneer is het gesprek")
    child.sendintr()
    child.expect(pexpect.EOF)
    result = cli("prep", "--list")
    assert result.exit_code == 0
    assert "Nguyễn" in result.stdout and "slecht-nieuws" in result.stdout and "bezig" in result.stdout


def test_without_a_terminal_it_explains_and_exits_2(cli):
    result = cli("prep")
    assert result.exit_code == 2
    assert "terminal" in result.stderr and "--answers" in result.stderr


def test_answers_file_with_missing_and_invalid_answers_gives_one_list(cli, isolated):
    bad = write(
        isolated / "a.yaml",
        "kind: Sanne\naanspreekvorm: jij\nsituatie: slecht-nieuwss\nfeiten: [a, b, c, d]\nkleur: blauw\n",
    )
    result = cli("prep", "--answers", str(bad), "--output", str(isolated / "x.pdf"))
    assert result.exit_code == 2
    for expected in (
        "'ouders' ontbreekt",
        "'jij'. Kies uit: je, u.",
        "Bedoelt u 'slecht-nieuws'?",
        "hoogstens 3",
        "Onbekend veld 'kleur'",
    ):
        assert expected in result.stderr
    assert not (isolated / "x.pdf").exists()


def test_a_damaged_draft_is_set_aside_and_the_rest_stays_usable(cli, isolated):
    folder = isolated / "xdg_data_home" / "oudergesprek" / "concepten"
    write(folder / "kapot.yaml", "kind: [\n")
    write(folder / "goed.yaml", "situatie: startgesprek\nkind: Daan\nouders: vader\naanspreekvorm: u\n")
    result = cli("prep", "--list")
    assert result.exit_code == 0
    assert "Daan" in result.stdout and "apart gezet" in result.stderr
    assert not (folder / "kapot.yaml").exists()
    assert any(p.name.startswith("kapot.yaml.beschadigd") for p in folder.iterdir())


@pytest.mark.parametrize("example", sorted((ROOT / "examples").glob("*.yaml")), ids=lambda p: p.stem)
def test_examples_are_valid_answer_files(example):
    from oudergesprek.catalog import load_catalog
    from oudergesprek.prepflow import answer_problems, load_flow

    data = yaml.safe_load(example.read_text(encoding="utf-8"))
    assert answer_problems(data, load_catalog().library.situations, load_flow()) == []


def test_a_closed_terminal_loses_nothing(isolated):
    import signal

    child = spawn(isolated)
    start_bad_news(child)
    child.expect("Wanneer is het gesprek")
    child.kill(signal.SIGHUP)
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 130 or child.signalstatus == signal.SIGHUP
    saved = yaml.safe_load(drafts_in(isolated)[0].read_text(encoding="utf-8"))
    assert saved["aanwezigen"] == "IB'er Marieke"


@pytest.mark.parametrize("example", ["slecht-nieuws", "boze-ouder", "startgesprek"])
def test_example_renders_to_exactly_one_pdf_page_with_every_answer(cli, isolated, example):
    import re

    from pypdf import PdfReader

    source = ROOT / "examples" / f"{example}.yaml"
    out = isolated / f"{example}.pdf"
    result = cli("prep", "--answers", str(source), "--output", str(out))
    assert result.exit_code == 0, result.output
    reader = PdfReader(out)
    assert len(reader.pages) == 1
    squash = lambda text: re.sub(r"[\s\-\u00ad]+", "", text)  # noqa: E731 - line breaks and hyphens differ
    page = squash(reader.pages[0].extract_text())
    answers = yaml.safe_load(source.read_text(encoding="utf-8"))
    for key, value in answers.items():
        for item in value if isinstance(value, list) else [value]:
            if key not in ("aanspreekvorm", "situatie") and str(item).strip() and item != "weet ik niet":
                assert squash(str(item)) in page, (key, item)
    again = cli("prep", "--answers", str(source), "--output", str(out))
    assert again.exit_code == 2 and "--force" in again.stderr


def test_je_script_speaks_je_and_u_script_speaks_u(cli, isolated):
    je = isolated / "je.txt"
    assert cli("prep", "--answers", str(ROOT / "examples" / "startgesprek.yaml"), "--output", str(je)).exit_code == 0
    text = je.read_text(encoding="utf-8")
    assert "jullie" in text and not re.search(r"\b(u|uw)\b", text)


def test_prep_takes_over_the_familys_plan_and_does_not_ask_twice(cli, isolated):
    plan = {
        "kind": "Nguyễn",
        "ouders": "moeder (Lan) en vader (Minh), beiden met gezag",
        "aanspreekvorm": "je",
        "stijl": "cijfers en feiten",
        "tolk": "ja, Vietnamees",
    }
    path = write(isolated / "plan.yaml", yaml.safe_dump(plan, allow_unicode=True))
    assert cli("plan", "--answers", str(path)).exit_code == 0, "plan saved"
    child = spawn(isolated)
    child.expect("Over wat voor gesprek gaat het")
    child.expect("> ")
    number = next(line.split(".")[0].strip() for line in child.before.splitlines() if "Slechtnieuwsgesprek" in line)
    child.sendline(number)
    child.expect("voornaam van het kind")
    child.sendline("Nguyễn")
    child.expect("Overgenomen uit het communicatieplan")
    index = child.expect(["Wie komen er van de ouders", "Wanneer is het gesprek"])
    assert index == 1, "parents, interpreter and form come from the plan"
    child.sendintr()
    child.expect(pexpect.EOF)
    saved = yaml.safe_load(drafts_in(isolated)[0].read_text(encoding="utf-8"))
    assert saved["aanwezigen"] == "tolk (Vietnamees)" and saved["aanspreekvorm"] == "je"
    assert saved["stijl"] == "cijfers en feiten"


def test_a_whole_preparation_from_first_question_to_printed_script(isolated):
    from pypdf import PdfReader

    child = spawn(isolated)
    child.expect("Over wat voor gesprek gaat het")
    child.expect("> ")
    number = next(line.split(".")[0].strip() for line in child.before.splitlines() if "Slechtnieuwsgesprek" in line)
    child.sendline(number)
    given = []
    for _ in range(60):
        index = child.expect(
            ["Nummer om iets te wijzigen.*\r\n> ", r"'b 2'.*\r\n> ", r"Lege regel: klaar.*\r\n1> ", "> "]
        )
        if index == 0:
            child.sendline("")
            break
        if index == 1:
            child.sendline("2")
        elif index == 2:
            answer = f"observatie {len(given)} met datum"
            given.append(answer)
            child.sendline(answer)
            child.expect("2> ")
            child.sendline("")
        elif "Nummer" in child.before:
            child.sendline("")
        else:
            answer = f"antwoord {len(given)}"
            given.append(answer)
            child.sendline(answer)
    else:
        raise AssertionError("the preparation did not reach the review")
    child.expect("Het script staat ook klaar om te printen: (.*\\.pdf)")
    pdf = Path(child.match.group(1).strip())
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    text = PdfReader(pdf).pages[0].extract_text()
    assert len(PdfReader(pdf).pages) == 1
    for answer in given:
        assert answer in " ".join(text.split()), answer
    saved = yaml.safe_load(drafts_in(isolated)[0].read_text(encoding="utf-8"))
    assert saved["concept"]["status"] == "klaar"


def test_a_script_that_would_not_fit_sends_the_teacher_back_to_shorten(isolated):
    folder = isolated / "xdg_data_home" / "oudergesprek" / "concepten"
    long = "Dit is een heel lang antwoord dat maar doorgaat. " * 400
    answers = {"situatie": "startgesprek", "kind": "Noor", "ouders": "moeder", "aanspreekvorm": "u", "doel": long}
    write(folder / "lang.yaml", yaml.safe_dump(answers, allow_unicode=True))
    child = spawn(isolated, "--resume", "lang")
    for _ in range(40):
        index = child.expect(["past niet op één A4", "Nummer om iets te wijzigen.*\r\n> ", r"\r\n> ", r"\d> "])
        if index == 0:
            break
        child.sendline("")  # accept every question and the review as they are
    else:
        raise AssertionError("no message about the length")
    child.expect("Nummer om iets te wijzigen.*\r\n> ")
    child.sendline("6")  # the goal, the long answer
    child.expect("> ")
    child.sendline("Elkaar leren kennen.")
    child.expect("Nummer om iets te wijzigen.*\r\n> ")
    child.sendline("")
    child.expect("Het script staat ook klaar")
    child.expect(pexpect.EOF)
    saved = yaml.safe_load((folder / "lang.yaml").read_text(encoding="utf-8"))
    assert saved["doel"] == "Elkaar leren kennen." and saved["concept"]["status"] == "klaar"
