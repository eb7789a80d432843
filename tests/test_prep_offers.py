"""What `prep` asks and offers: the questions per situation, the child's answer, the form of address, and
phrases that fit what the teacher wrote, filled in as far as the preparation knows."""

from __future__ import annotations

import re

import pytest
import yaml
from helpers import ROOT

from oudergesprek.cli.commands.prep_overview import short
from oudergesprek.interview import talk
from oudergesprek.interview.childanswer import child_answer
from oudergesprek.interview.questions import load_flow
from oudergesprek.search.catalog import load_catalog

CATALOG = load_catalog()
LIB = CATALOG.library
FLOW = load_flow()
BAD_NEWS = {
    "situatie": "slecht-nieuws",
    "kind": "Milan",
    "voornaamwoord": "hij",
    "groep": "groep 5",
    "aanspreekvorm": "u",
    "aanwezigen": "Marieke, intern begeleider",
    "kernboodschap": "Milan loopt met lezen een half jaar achter; hij leest 40 woorden per minuut.",
    "feiten": ["Leestoets 12 november: 40 woorden per minuut"],
    "vervolg": "dinsdag 12 januari om 15.15 uur",
}


@pytest.mark.parametrize("situation", sorted(LIB.situations))
def test_no_situation_asks_more_than_15_questions(situation):
    assert 1 + len(FLOW.asked(situation)) <= 15


def test_door_moments_ask_little_and_planned_talks_ask_for_what_the_parents_know():
    assert 1 + len(FLOW.asked("deurgesprek")) <= 6
    keys = [q.key for q in FLOW.asked("slecht-nieuws")]
    assert keys.index("kernboodschap") < keys.index("feiten") < keys.index("verwachte_reactie") < keys.index("vervolg")
    assert "voorkennis" in keys and "verwerkingsfase" not in keys and "doel" not in keys, "doel and kern merged"
    follow_ups = {sub.key for q in FLOW.asked("slecht-nieuws") for sub in q.after}
    assert {"voornaamwoord", "rolverdeling", "meenemen"} <= follow_ups


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Sanne, groep 5", {"kind": "Sanne", "groep": "groep 5"}),
        ("Sanne groep 5", {"kind": "Sanne", "groep": "groep 5"}),
        ("Milan (hij), groep 4", {"kind": "Milan", "groep": "groep 4", "voornaamwoord": "hij"}),
        ("Lina (Dolfijnen)", {"kind": "Lina", "groep": "Dolfijnen"}),
        ("Nguyễn", {"kind": "Nguyễn"}),
        ("Noor, ze zit in groep 3", {"kind": "Noor", "groep": "groep 3", "voornaamwoord": "zij"}),
    ],
)
def test_the_childs_answer_gives_name_groep_and_pronoun(typed, expected):
    assert child_answer(typed) == expected


@pytest.mark.parametrize(
    ("parents", "form", "expected"),
    [
        ("moeder (Ayşe) en vader (Mehmet), beiden met gezag", "je", "jullie"),
        ("beide ouders", "je", "jullie"),
        ("moeder (Łukasz is de vader, niet aanwezig)", "je", "je"),
        ("vader", "je", "je"),
        ("moeder en vader", "u", "u"),
        ("vader (Peter); moeder heeft ook gezag en krijgt het verslag", "je", "je"),  # a note after the ;
        ("moeder en vader; vader komt niet", "je", "je"),
    ],
)
def test_je_with_two_parents_is_jullie(parents, form, expected):
    assert talk.form_of({"ouders": parents, "aanspreekvorm": form}) == expected


def script_with_parents(cli, isolated, example: str, parents: str) -> str:
    """The Markdown script `prep --answers` makes of an example with these parents, on one line."""
    answers = yaml.safe_load((ROOT / "examples" / f"{example}.yaml").read_text(encoding="utf-8"))
    path = isolated / "a.yaml"
    path.write_text(yaml.safe_dump({**answers, "ouders": parents}, allow_unicode=True), encoding="utf-8")
    out = isolated / "script.md"
    assert cli("prep", "--answers", str(path), "--output", str(out)).exit_code == 0
    return " ".join(out.read_text(encoding="utf-8").split())


@pytest.mark.parametrize(
    ("parents", "says", "never"),
    [
        ("vader (Peter); moeder krijgt het verslag", "vraag wat de ouder thuis ziet", "vraag wat zij thuis zien"),
        ("moeder (Ayşe) en vader (Tom)", "vraag wat zij thuis zien", "vraag wat de ouder thuis ziet"),
    ],
)
def test_the_back_speaks_of_the_parent_or_the_parents_who_come(cli, isolated, parents, says, never):
    text = script_with_parents(cli, isolated, "slecht-nieuws", parents)
    assert says in text and never not in text
    one = "de ouder" in says
    assert ("wat de ouder dan nodig heeft" in text) == one and ("wat de ouders dan nodig hebben" in text) != one
    assert ("Vragen aan de ouders" in text) != one and ("Wat de ouders al weten" in text) != one


@pytest.mark.parametrize("situation", [s for s in LIB.situations if s not in talk.UNPLANNED])
def test_a_planned_talk_is_never_offered_a_door_phrase(situation):
    answers = {**BAD_NEWS, "situatie": situation}
    for question in FLOW.for_situation(situation):
        if question.type == "zin":
            for phrase in talk.ranked(LIB, CATALOG.index, question.categories, answers, limit=50):
                assert not talk.is_door_phrase(phrase), (situation, phrase.id)


def test_offers_fit_the_groep_and_what_was_written():
    opening = next(q for q in FLOW.asked("slecht-nieuws") if q.key == "opening")
    offered = talk.ranked(LIB, CATALOG.index, opening.categories, BAD_NEWS)
    assert offered and all(not re.search(r"\bgroep [0-46-9]\b", p.text_u) for p in offered), "groep 5 only"
    assert all("slecht-nieuws" in p.situations for p in offered[:3])
    words = " ".join(p.text_u.lower() for p in offered[:3])
    assert "lezen" in words or "leest" in words, "a reading problem gets reading phrases first"


def test_offers_leave_out_what_the_teacher_did_not_write_about():
    """Worry about pushing and hitting in groep 1/2: no signals of harm at home, no special school, no
    toddlers among the openings offered."""
    answers = {
        "situatie": "zorg-gedrag",
        "kind": "Li Ze",
        "voornaamwoord": "hij",
        "groep": "groep 1/2",
        "aanspreekvorm": "u",
        "kernboodschap": "Li Ze duwt en slaat de laatste weken vaak als iets niet lukt.",
    }
    opening = next(q for q in FLOW.asked("zorg-gedrag") if q.key == "opening")
    offered = [p.text_u.lower() for p in talk.ranked(LIB, CATALOG.index, opening.categories, answers)]
    assert offered and ("geduwd" in offered[0] or "geslagen" in offered[0]), offered[0]
    for text in offered:
        assert not re.search(r"blauwe plek|speciaal (basis)?onderwijs|peuter", text), text


def test_every_known_placeholder_is_filled_and_the_rest_is_marked_or_a_line():
    answers = {**BAD_NEWS}
    template = "Ik zie dat {kind} in {groep} moeite heeft; {Hij} en {collega} zien {hem} op {datum} om {tijd}."
    filled = talk.fill_known(template, answers)
    assert (
        filled
        == "Ik zie dat Milan in groep 5 moeite heeft; Hij en Marieke zien hem op dinsdag 12 januari om 15.15 uur."
    )
    open_one = talk.fill_known("Het gaat over {onderwerp}.", answers)
    assert talk.blanks_in(open_one) == ["onderwerp"]
    assert talk.write_in(open_one) == f"Het gaat over {talk.WRITE_IN}." and "…" not in talk.write_in(open_one)


def test_phrases_put_on_the_page_without_asking_fit_the_situation():
    from oudergesprek.documents.script import completed

    filled = completed(BAD_NEWS, LIB, FLOW, CATALOG.index)
    for key in ("doorvragen", "samenvatten", "afsluiten"):
        if key in filled:
            assert "…" not in filled[key] and "[" not in filled[key]
    assert filled["doel"] and filled["vragen_aan_ouders"] and filled["meenemen"]


def test_a_review_line_is_cut_at_a_word():
    text = "Sanne loopt met lezen ongeveer een half jaar achter en dat is een zorg"
    cut = short(text, 30)
    assert len(cut) <= 30 and cut.endswith(" …")
    assert cut[:-2].split()[-1] in text.split()
    assert short("kort", 30) == "kort"


@pytest.mark.parametrize(("present", "offered"), [("", False), ("Marieke, intern begeleider", False),
                                                   ("Daan zelf, en Marieke (intern begeleider)", True)])  # fmt: skip
def test_words_to_the_child_are_offered_only_when_the_child_is_there(present, offered):
    """'{kind}, fijn dat je erbij bent' is for a talk the child joins, never for one about the child."""
    answers = {**BAD_NEWS, "situatie": "zorg-gedrag", "kind": "Daan", "aanwezigen": present}
    categories = tuple({p.category for p in LIB.phrases})
    found = talk.ranked(LIB, CATALOG.index, categories, answers, limit=len(LIB.phrases))
    to_child = [p.id for p in found if talk.TO_CHILD.match(p.text_u)]
    assert bool(to_child) == offered, to_child


@pytest.mark.parametrize(("parents", "one"), [("moeder (Fatma)", True), ("moeder (Fatma) en vader (Emre)", False)])
def test_the_order_of_the_talk_the_label_and_the_reminders_count_the_parents_who_come(cli, isolated, parents, one):
    text = script_with_parents(cli, isolated, "mentorgesprek-opvang", parents)
    assert ("Wat de ouder ziet en wil" in text) == one and ("Wat de ouders zien en willen" in text) != one
    assert (f"**Ouder:** {parents}" in text) == one and (f"**Ouders:** {parents}" in text) != one
    assert ("raakt het de ouder," in text) == one and ("raakt het de ouders," in text) != one
