"""`oudergesprek prep`: the real interactive program in a pseudo-terminal, drafts, and answer files."""

from __future__ import annotations

import re
from pathlib import Path

import pexpect
import pytest
import yaml
from helpers import (
    ROOT,
    assert_damaged_file_set_aside,
    exits_with,
    needs,
    spawn_env,
    spawn_program,
    write,
)


def spawn(isolated: Path, *args: str, extra_env: dict | None = None, new_process: bool = False) -> pexpect.spawn:
    env = spawn_env(isolated, NO_COLOR="1", COLUMNS="100", XDG_DOCUMENTS_DIR=str(isolated / "documenten"))
    (isolated / "documenten").mkdir(exist_ok=True)
    env.pop("OUDERGESPREK_PROG", None)
    env.update(extra_env or {})
    return spawn_program(["prep", *args], env, rows=40, cols=100, new_process=new_process)


def drafts_in(isolated: Path) -> list[Path]:
    return sorted((isolated / "xdg_data_home" / "oudergesprek" / "concepten").glob("*.yaml"))


def the_draft(isolated: Path) -> tuple[Path, dict]:
    """The one draft there is, and its answers."""
    (draft,) = drafts_in(isolated)
    return draft, yaml.safe_load(draft.read_text(encoding="utf-8"))


def ctrl_c_keeps_the_draft(child: pexpect.spawn, isolated: Path, says: str) -> tuple[Path, dict]:
    """Ctrl-C: the program says what it kept and exits 130, leaving one draft; the draft and its answers."""
    child.sendintr()
    child.expect(says)
    exits_with(child, 130)
    return the_draft(isolated)


def choose_bad_news(child: pexpect.spawn) -> None:
    """Answer the first question, the type of talk, with the number shown beside Slechtnieuwsgesprek."""
    child.expect("Over wat voor gesprek gaat het")
    child.expect("> ")
    number = next(line.split(".")[0].strip() for line in child.before.splitlines() if "Slechtnieuwsgesprek" in line)
    child.sendline(number)


def start_bad_news(child: pexpect.spawn) -> None:
    choose_bad_news(child)
    child.expect("voornaam van het kind")
    child.sendline("Nguyễn")
    child.expect("hij of zij")
    child.sendline("z")
    child.expect("Wie komen er van de ouders")
    child.sendline("moeder (Łukasz is de vader, niet aanwezig), beiden met gezag")
    child.expect("Wie is er verder bij")
    child.sendline("?")
    child.expect("nooit tolken")
    child.sendline("IB'er Marieke")
    child.expect("Wie zegt wat")
    child.sendline("")


def test_ctrl_c_at_a_follow_up_keeps_the_answer_before_it(isolated):
    child = spawn(isolated)
    choose_bad_news(child)
    child.expect("voornaam van het kind")
    child.sendline("Nguyễn, groep 5")
    child.expect("hij of zij")  # the follow-up of the same numbered question
    child.expect("> ")
    _, saved = ctrl_c_keeps_the_draft(child, isolated, says="Alles wat u beantwoordde is bewaard")
    assert saved["kind"] == "Nguyễn" and saved["groep"] == "groep 5"


def test_ctrl_c_keeps_every_answer_and_list_and_resume_continue(cli, isolated):
    child = spawn(isolated)
    start_bad_news(child)
    child.expect("Wanneer en waar is het gesprek")
    draft, saved = ctrl_c_keeps_the_draft(child, isolated, says="bewaard")
    assert saved["kind"] == "Nguyễn" and saved["aanwezigen"] == "IB'er Marieke"
    assert saved["situatie"] == "slecht-nieuws" and saved["concept"]["status"] == "bezig"
    assert oct(draft.stat().st_mode & 0o777) == "0o600"
    assert oct(draft.parent.stat().st_mode & 0o777) == "0o700"

    result = cli("prep", "--list")  # the interrupted preparation is listed
    assert result.exit_code == 0
    assert "Nguyễn" in result.stdout and "slecht-nieuws" in result.stdout and "bezig" in result.stdout

    child = spawn(isolated, "--resume")
    child.expect("Verder met")
    child.expect("Wanneer en waar is het gesprek")  # the first unanswered question
    child.sendline("dinsdag 15.15 uur")
    child.expect("Wat weten de ouders al")
    child.sendeof()
    exits_with(child, 130)
    _, saved = the_draft(isolated)
    assert saved["datum"] == "dinsdag 15.15 uur" and saved["ouders"].startswith("moeder")


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
        "'jij'. Kies uit: je, jullie, u.",
        "Bedoelt u 'slecht-nieuws'?",
        "hoogstens 3",
        "Onbekend veld 'kleur'",
    ):
        assert expected in result.stderr
    assert not (isolated / "x.pdf").exists()


def test_an_answer_that_overfills_the_title_block_gets_a_true_figure_and_is_named(cli, isolated):
    """The goal stands in the title block. When that block alone is taller than the page, the figure must
    count it: it said 'ongeveer 1% te veel tekst' and blamed the notes."""
    answers = yaml.safe_load((ROOT / "examples" / "startgesprek.yaml").read_text(encoding="utf-8"))
    answers["doel"] = "Dit is een heel lang antwoord dat maar doorgaat. " * 400
    path = write(isolated / "lang.yaml", yaml.safe_dump(answers, allow_unicode=True))
    result = cli("prep", "--answers", str(path), "--output", str(isolated / "script.pdf"))
    assert result.exit_code == 2
    found = re.search(r"ongeveer (\d+)% te veel tekst", result.stderr)
    assert found and int(found.group(1)) >= 300, result.stderr  # the page would have to be over four times as tall
    assert "'Doel'" in result.stderr and "Notities" not in result.stderr, result.stderr
    assert not (isolated / "script.pdf").exists()


def test_a_damaged_draft_is_set_aside_and_the_rest_stays_usable(cli, isolated):
    folder = isolated / "xdg_data_home" / "oudergesprek" / "concepten"
    write(folder / "goed.yaml", "situatie: startgesprek\nkind: Daan\nouders: vader\naanspreekvorm: u\n")
    assert_damaged_file_set_aside(cli, "prep", folder, listed="Daan")


@pytest.mark.parametrize("example", sorted((ROOT / "examples").glob("*.yaml")), ids=lambda p: p.stem)
def test_examples_are_valid_answer_files(example):
    from oudergesprek.interview.questions import answer_problems, load_flow
    from oudergesprek.search.catalog import load_catalog

    data = yaml.safe_load(example.read_text(encoding="utf-8"))
    assert answer_problems(data, load_catalog().library.situations, load_flow()) == []


def test_a_closed_terminal_loses_nothing(isolated):
    import signal

    child = spawn(isolated)
    start_bad_news(child)
    child.expect("Wanneer en waar is het gesprek")
    child.kill(signal.SIGHUP)
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 130 or child.signalstatus == signal.SIGHUP
    _, saved = the_draft(isolated)
    assert saved["aanwezigen"] == "IB'er Marieke"


EXAMPLES = sorted((ROOT / "examples").glob("*.yaml"))
PRIVATE = ("verwachte_reactie", "valkuil", "valkuilen", "voorkennis", "meenemen", "stijl", "verwerkingsfase")
squash = lambda text: re.sub(r"[\s\-\u00ad]+", "", text)  # noqa: E731 - line breaks and hyphens differ


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.stem)
def test_example_prints_the_table_side_and_the_back_with_every_answer_in_its_place(cli, isolated, example):
    from pypdf import PdfReader

    out = isolated / f"{example.stem}.pdf"
    result = cli("prep", "--answers", str(example), "--output", str(out))
    assert result.exit_code == 0, result.output
    reader = PdfReader(out)
    assert len(reader.pages) == 2
    front, back = (squash(page.extract_text()) for page in reader.pages)
    answers = yaml.safe_load(example.read_text(encoding="utf-8"))
    assert answers.get("opening") and squash(answers["opening"]) in front, "the opening lies on the table"
    if answers.get("kernboodschap"):
        assert squash(answers["kernboodschap"]) in front
    for key, value in answers.items():
        for item in value if isinstance(value, list) else [value]:
            if key in ("aanspreekvorm", "situatie", "voornaamwoord") or not str(item).strip():
                continue
            if key in PRIVATE:
                assert squash(str(item)) in back, (key, item)
                assert squash(str(item)) not in front, ("private on the table side", key, item)
            else:
                assert squash(str(item)) in front + back, (key, item)
    for words in ("Mijnvalkuil", "Verwachtereactie", "Alshetandersloopt", "Meenemen", "Alshetnietmeergaat"):
        assert words not in front, words
    assert "Alshetandersloopt" in back and "Alshetnietmeergaat" in back and "Mijnvalkuil" in back
    assert "…" not in front + back, "a bare gap never reaches the page"
    again = cli("prep", "--answers", str(example), "--output", str(out))
    assert again.exit_code == 2 and "--force" in again.stderr


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.stem)
def test_example_body_text_is_at_least_10_pt_and_nothing_under_7_5(example):
    from oudergesprek.documents.script import build
    from oudergesprek.interview.questions import load_flow
    from oudergesprek.render import style
    from oudergesprek.render.fitting import fit
    from oudergesprek.search.catalog import load_catalog

    catalog = load_catalog()
    answers = yaml.safe_load(example.read_text(encoding="utf-8"))
    doc = build(answers, catalog.library, load_flow(), catalog.index)
    for page in doc.pages():
        s = fit(page).scale
        assert s.body >= 10.0, (example.stem, page.title, s.body)
        assert min(s.label, s.small, style.FOOTER_SIZE, s.body) >= 7.5


def test_without_the_back_it_is_one_page(cli, isolated):
    from pypdf import PdfReader

    out = isolated / "voorkant.pdf"
    args = ("prep", "--answers", str(ROOT / "examples" / "slecht-nieuws.yaml"), "--output", str(out))
    assert cli(*args, "--zonder-achterkant").exit_code == 0
    reader = PdfReader(out)
    assert len(reader.pages) == 1 and "valkuil" not in reader.pages[0].extract_text().lower()


@needs("chromium")
@pytest.mark.xdist_group("chromium")  # one browser for all print tests (test.sh: --dist loadgroup)
@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.stem)
def test_a_browser_prints_the_html_as_the_same_two_pages(cli, isolated, example, browser):
    from pypdf import PdfReader

    page = isolated / "script.html"
    assert cli("prep", "--answers", str(example), "--output", str(page)).exit_code == 0
    printed = browser.print_to_pdf(page, isolated / "afdruk.pdf")
    reader = PdfReader(printed)
    assert len(reader.pages) == 2
    answers = yaml.safe_load(example.read_text(encoding="utf-8"))
    front, back = (squash(p.extract_text()) for p in reader.pages)
    assert squash(answers["opening"]) in front and squash(answers["valkuil"]) in back


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
    choose_bad_news(child)
    child.expect("voornaam van het kind")
    child.sendline("Nguyễn, groep 5")
    child.expect("hij of zij")
    child.sendline("h")
    child.expect("Overgenomen uit het communicatieplan")
    index = child.expect(["Wie komen er van de ouders", "Wanneer en waar is het gesprek"])
    assert index == 1, "parents, interpreter and form come from the plan"
    child.sendintr()
    child.expect(pexpect.EOF)
    _, saved = the_draft(isolated)
    assert saved["aanwezigen"] == "tolk (Vietnamees)" and saved["aanspreekvorm"] == "jullie", "je, two parents"
    assert saved["stijl"] == "cijfers en feiten" and saved["groep"] == "groep 5" and saved["voornaamwoord"] == "hij"


def test_a_whole_preparation_from_first_question_to_printed_script(isolated):
    from pypdf import PdfReader

    child = spawn(isolated, new_process=True)  # the console script itself, from start to printed script
    choose_bad_news(child)
    given = []
    for _ in range(60):
        index = child.expect(
            [
                "Nummer om iets te wijzigen.*\r\n> ",
                r"'b 2'.*\r\n> ",
                r"Lege regel: klaar.*\r\n1> ",
                r"\[.*\]\r\n> ",
                "> ",
            ]
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
        elif index == 3 or "Nummer" in child.before:
            child.sendline("")  # a proposal or a choice: take it
        else:
            answer = f"antwoord {len(given)}"
            given.append(answer)
            child.sendline(answer)
    else:
        raise AssertionError("the preparation did not reach the review")
    child.expect("staat klaar om te printen:\r\n(.*\\.pdf)")
    pdf = Path(child.match.group(1).strip())
    exits_with(child, 0)
    assert pdf.parent == isolated / "documenten", "saved where a teacher looks"
    reader = PdfReader(pdf)
    assert len(reader.pages) == 2
    text = " ".join(" ".join(page.extract_text().split()) for page in reader.pages)
    for answer in given:
        assert answer in text, answer
    _, saved = the_draft(isolated)
    assert saved["concept"]["status"] == "klaar"


def test_a_brief_bad_news_preparation_asks_at_most_15_questions_and_shows_progress(isolated):
    """Answered briefly: Enter where that is allowed, a word where an answer is needed."""
    child = spawn(isolated)
    choose_bad_news(child)
    seen: list[tuple[int, int]] = []
    for _ in range(80):
        index = child.expect(
            [r"Vraag (\d+) van (\d+)", "Nummer om iets te wijzigen.*\r\n> ", "Dit antwoord is nodig.*\r\n> ", "> "]
        )
        if index == 1:
            break
        if index == 2:
            child.sendline("kort")
            continue
        if index == 3:  # a follow-up under the same number (hij of zij, what to bring): Enter
            child.sendline("")
            continue
        seen.append((int(child.match.group(1)), int(child.match.group(2))))
        child.expect("> ")
        child.sendline("Sanne" if len(seen) == 1 else "")
    else:
        raise AssertionError("no review")
    asked = 1 + len(seen)  # question 1 is the situation
    assert asked <= 15, seen
    assert [n for n, _ in seen] == list(range(2, asked + 1))
    assert {total for _, total in seen} == {asked}, "the total is known from the start"
    child.sendintr()
    child.expect(pexpect.EOF)


def test_the_output_is_checked_before_the_first_question(isolated):
    child = spawn(isolated, "--output", str(isolated / "bestaat-niet" / "x.pdf"))
    index = child.expect(["bestaat niet", "Over wat voor gesprek"])
    assert index == 0
    child.expect(pexpect.EOF)
    child = spawn(isolated, "--output", str(isolated / "script.docx"))
    assert child.expect(["Onbekend bestandstype", "Over wat voor gesprek"]) == 0


def test_a_hint_works_as_printed_when_started_through_start_sh(isolated):
    child = spawn(isolated, extra_env={"OUDERGESPREK_PROG": "./start.sh"})
    start_bad_news(child)
    child.expect("Wanneer en waar is het gesprek")
    child.sendintr()
    child.expect(r"Ga verder met: (\S+) prep --resume (\S+)")
    assert child.match.group(1) == "./start.sh"
    child.expect(pexpect.EOF)


def test_the_review_is_one_line_per_answer_and_a_change_shows_only_what_changed(isolated):
    folder = isolated / "xdg_data_home" / "oudergesprek" / "concepten"
    answers = yaml.safe_load((ROOT / "examples" / "slecht-nieuws.yaml").read_text(encoding="utf-8"))
    answers["kernboodschap"] = "Sanne leest nog moeizaam en " + "heel erg langzaam en " * 8 + "dat is een zorg."
    write(folder / "sanne.yaml", yaml.safe_dump(answers, allow_unicode=True))
    child = spawn(isolated, "--resume", "sanne")
    child.expect("── Overzicht ──\r\n")
    child.expect("Nummer om iets te wijzigen")
    lines = [line for line in child.before.splitlines() if line.strip()]
    assert len(lines) <= 24, "one screen"
    assert all(len(line) <= 100 for line in lines)
    core = next(line for line in lines if "Kern" in line)
    assert core.endswith(" …") and core[:-2].rstrip().split()[-1] in answers["kernboodschap"].split()
    number = core.split(".")[0].strip()
    child.expect("> ")
    child.sendline(number)
    child.expect("> ")
    child.sendline("Sanne loopt een half jaar achter met lezen.")
    child.expect("Gewijzigd:\r\n([^\r\n]*)\r\n")
    assert "half jaar achter" in child.match.group(1)
    child.expect("Nummer om iets te wijzigen")
    assert "Ouders" not in child.before, "only what changed"
    child.sendintr()
    child.expect(pexpect.EOF)


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
    assert "vooral 'Doel'" in child.readline(), "the message names the long field of the title block"
    child.expect("Nummer om iets te wijzigen.*\r\n> ")
    goal = next(line for line in child.before.splitlines() if re.match(r"\s*\d+\.\s+Doel\b", line))
    child.sendline(goal.split(".")[0].strip())  # the goal, the long answer
    child.expect("> ")
    child.sendline("Elkaar leren kennen.")
    child.expect("Nummer om iets te wijzigen.*\r\n> ")
    child.sendline("")
    child.expect("staat klaar om te printen")
    child.expect(pexpect.EOF)
    saved = yaml.safe_load((folder / "lang.yaml").read_text(encoding="utf-8"))
    assert saved["doel"] == "Elkaar leren kennen." and saved["concept"]["status"] == "klaar"
