"""Third hostile probe, the findings about `prep` (F1, F10, and F12's small items).

F1: the child's answer is read without cutting up the name: a pronoun counts only on its own ("Milan (zij)",
"Sanne, zij"), never inside a name ("Li Ze", "Ze'ev", "Anne-Ze"), and combination groups ("groep 1/2") stay
whole. F10: changing the form of address (u, je, jullie) in the overview rewrites what the program filled in,
and names what the teacher wrote in the old form. F12: a name of invisible characters is no name; the goal
speaks of one parent or two; `prep --list` says which options it cannot take."""

from __future__ import annotations

import re
from pathlib import Path

import pexpect
import pytest
import yaml
from helpers import REVIEW_PROMPT as REVIEW
from helpers import assert_usage_error, exits_with, resume_prep, spawn_env, spawn_program, started_preparation, write
from hypothesis import given
from hypothesis import strategies as st

from oudergesprek.interview.childanswer import child_answer, read_child


def data(isolated: Path, name: str) -> Path:
    return isolated / "xdg_data_home" / "oudergesprek" / name


# --- F1: the child's answer -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Li Ze (hij)", {"kind": "Li Ze", "voornaamwoord": "hij"}),
        ("Ze Yu", {"kind": "Ze Yu"}),
        ("Ze'ev Cohen", {"kind": "Ze'ev Cohen"}),
        ("Anne-Ze", {"kind": "Anne-Ze"}),
        ("Mila, groep 1/2", {"kind": "Mila", "groep": "groep 1/2"}),
        ("Sanne (groep 3/4)", {"kind": "Sanne", "groep": "groep 3/4"}),
        ("Mila groep 1/2", {"kind": "Mila", "groep": "groep 1/2"}),
        ("Eva (hij/zij)", {"kind": "Eva"}),  # neither: the follow-up question asks
        ("Noor; broer van Daan", {"kind": "Noor"}),  # not a groep: not kept, and said so
        ("Milan (zij)", {"kind": "Milan", "voornaamwoord": "zij"}),
        ("Sanne, zij", {"kind": "Sanne", "voornaamwoord": "zij"}),
        ("Milan (zij) groep 4", {"kind": "Milan", "voornaamwoord": "zij", "groep": "groep 4"}),
    ],
)
def test_the_childs_answer_keeps_the_name_whole(typed, expected):
    assert child_answer(typed) == expected


def test_what_is_neither_groep_nor_pronoun_is_reported_not_dropped():
    assert read_child("Noor; broer van Daan").unused == ["broer van Daan"]
    assert read_child("Sanne, groep 5, Dolfijnen").unused == ["Dolfijnen"]


_WORD = st.one_of(
    st.sampled_from(["Ze", "ze", "Zij", "hij", "Hij", "Li", "Yu", "ev", "Anne", "Groep", "groep", "van"]),
    st.text(st.characters(categories=("Lu", "Ll", "Lo")), min_size=1, max_size=8),
)


@given(st.lists(_WORD, min_size=1, max_size=4), st.lists(st.sampled_from([" ", "-", "'", "’", "/"]), min_size=3))
def test_a_name_without_a_separate_pronoun_or_groep_comes_back_whole(words, joints):
    name = words[0] + "".join(joint + word for joint, word in zip(joints, words[1:], strict=False))
    assert child_answer(name) == {"kind": name}


def test_li_ze_is_not_li_and_does_not_take_over_lis_plan(cli, isolated):
    """The probe's case: "Li Ze (hij)" became child Li, groep "hij", with Li's family and interpreter. A name
    of invisible characters only is asked again."""
    plan = {"kind": "Li", "ouders": "moeder (Wang Fang), vader (Li Qiang)", "aanspreekvorm": "u", "tolk": "Mandarijn"}
    path = write(isolated / "in" / "plan.yaml", yaml.safe_dump(plan, allow_unicode=True))
    assert cli("plan", "--answers", str(path)).exit_code == 0
    child = resume_prep(isolated, started_preparation(isolated))
    child.expect("voornaam van het kind.*\r\n> ")
    child.sendline("\u200b")
    child.expect("Dit antwoord is nodig.*\r\n> ")
    child.sendline("Li Ze (hij)")
    child.expect("Wie komen er van de ouders.*\r\n> ")
    said = child.before
    child.sendintr()
    exits_with(child, 130)
    assert "Genoteerd: kind Li Ze, hij." in said
    assert "Overgenomen uit het communicatieplan" not in said and "Wang Fang" not in said
    (saved,) = data(isolated, "concepten").glob("*li-ze*.yaml")
    answers = yaml.safe_load(saved.read_text(encoding="utf-8"))
    assert answers["kind"] == "Li Ze" and answers["voornaamwoord"] == "hij"
    assert "groep" not in answers and "ouders" not in answers and "aanwezigen" not in answers


# --- F12: small items of prep ----------------------------------------------------------------------------


def answers_file(isolated: Path, **answers: str) -> Path:
    return write(isolated / "in" / "prep.yaml", yaml.safe_dump(answers, allow_unicode=True))


@pytest.mark.parametrize("invisible", ["\u200b", "\u034f", "\u3164\ufe0f", " \u2060 "])
def test_a_childs_name_of_invisible_characters_is_refused(cli, isolated, invisible):
    path = answers_file(isolated, situatie="slecht-nieuws", kind=invisible, ouders="moeder", aanspreekvorm="u")
    assert_usage_error(cli("prep", "--answers", str(path)), "'kind' ontbreekt: er staan alleen onzichtbare tekens.")


@pytest.mark.parametrize(
    ("parents", "form", "goal"),
    [
        ("moeder (Fatima) en vader (Kees)", "jullie", "De ouders voelen zich gehoord"),
        ("moeder (Fatima) en vader (Kees)", "u", "De ouders voelen zich gehoord"),
        ("moeder (Fatima)", "u", "De ouder voelt zich gehoord"),
    ],
)
def test_the_goal_speaks_of_one_parent_or_two(cli, isolated, parents, form, goal):
    path = answers_file(isolated, situatie="boze-ouder", kind="Sanne", ouders=parents, aanspreekvorm=form)
    out = isolated / "script.md"
    assert cli("prep", "--answers", str(path), "-o", str(out)).exit_code == 0
    assert goal in out.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("args", "named"),
    [(["--answers", "x.yaml"], "--answers"), (["-o", "x.pdf"], "--output"), (["--anoniem"], "--anoniem")],
)
def test_prep_list_names_the_option_it_cannot_take(cli, args, named):
    result = cli("prep", "--list", *args)
    assert_usage_error(result, f"--list en {named} kunnen niet samen")


# --- F10: a new form of address in the overview ----------------------------------------------------------

OWN = "Fijn dat u er bent; ik wil eerst horen hoe u het ziet."


def complete_draft(isolated: Path) -> str:
    """A preparation for a boze ouder with every question answered in the u-form, one sentence the
    teacher's own: resuming it goes straight to the overview."""
    from oudergesprek.interview import talk
    from oudergesprek.interview.questions import load_flow
    from oudergesprek.search.catalog import load_catalog

    lib = load_catalog().library
    answers: dict = {"situatie": "boze-ouder", "kind": "Sanne", "voornaamwoord": "zij", "ouders": "moeder (Fatima)"}
    answers["aanspreekvorm"] = "u"
    for question in load_flow().asked("boze-ouder"):
        if question.key in answers:
            continue
        if question.type == "zin":
            found = talk.ranked(lib, None, question.categories, answers, limit=1)
            answers[question.key] = talk.write_in(talk.phrase_text(found[0], answers))
        elif question.type == "lijst":
            answers[question.key] = ["Op 1 december duwde Sanne een kind."]
        else:
            answers[question.key] = "Om 15.00 uur in de klas."
    answers["erkenning"] = OWN
    name = "2026-12-02-sanne-boze-ouder"
    write(data(isolated, "concepten") / f"{name}.yaml", yaml.safe_dump(answers, allow_unicode=True))
    return name


def change(child: pexpect.spawn, overview: str, label: str, typed: str) -> str:
    """Change one item of the overview; what the program said after it."""
    number = re.search(rf"(\d+)\. {label}", overview)
    assert number, overview
    child.sendline(number.group(1))
    child.expect("\r\n> ")
    child.sendline(typed)
    child.expect(REVIEW)
    return child.before


def spoken(script: str) -> str:
    """The script without the teacher's own sentence."""
    return script.replace(OWN, "")


def test_a_new_form_of_address_rewrites_the_programs_texts_and_names_the_teachers_own(isolated):
    out = isolated / "script.md"
    name = complete_draft(isolated)
    env = spawn_env(isolated, NO_COLOR="1", COLUMNS="120")
    child = spawn_program(["prep", "--resume", name, "--output", str(out)], env, rows=60, cols=120)
    child.expect(REVIEW)
    overview = child.before
    assert re.search(r"\bu\b", overview), "the texts start in the u-form"

    said = change(child, overview, "Aanspreken", "2")  # u -> je
    assert "Let op: u spreekt de ouders nu aan met 'je'." in said, said
    assert re.search(r"kijk na of het nog past: \d+\. Erkennen\.", said), said

    said = change(child, overview, "Ouders", "moeder (Fatima) en vader (Kees)")  # je -> jullie
    assert "Aanspreken   jullie" in said
    assert "Let op: u spreekt de ouders nu aan met 'jullie'." in said and "Erkennen." in said, said
    child.sendline("")
    exits_with(child, 0)

    script = out.read_text(encoding="utf-8")
    assert "jullie" in script.lower()
    assert not re.search(r"\b(u|uw|jij|jou|jouw)\b", spoken(script), re.IGNORECASE), spoken(script)
    assert not re.search(r"\b(herken|wil|kun|vraag|hoef) je\b", script, re.IGNORECASE), "je for two parents"
    assert OWN in script, "the teacher's own sentence stays as typed"


def test_a_blank_the_teacher_filled_in_stays_when_the_form_changes():
    """A library phrase whose [datum] the teacher filled in is still the program's text: it gets the new form
    and keeps the date."""
    from oudergesprek.interview import newchild, talk
    from oudergesprek.search.catalog import load_catalog

    phrases = load_catalog().library.phrases
    phrase = next(p for p in phrases if "{datum}" in p.text_u and "{tijd}" in p.text_u)
    answers = {"situatie": "boze-ouder", "kind": "Sanne", "ouders": "moeder", "aanspreekvorm": "u"}
    typed = talk.phrase_text(phrase, answers).replace("[datum]", "dinsdag 3 maart").replace("[tijd]", talk.WRITE_IN)
    answers["afsluiten"] = typed
    before, answers["aanspreekvorm"] = dict(answers), "je"
    assert newchild.refill(answers, before, phrases) == ["afsluiten"]
    expected = talk.phrase_text(phrase, answers).replace("[datum]", "dinsdag 3 maart").replace("[tijd]", talk.WRITE_IN)
    assert answers["afsluiten"] == expected != typed
