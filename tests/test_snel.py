"""`oudergesprek snel`: the door routine on one screen, its quick questions, and our own Dutch texts."""

from __future__ import annotations

import datetime as dt
import re
import subprocess

import pexpect
import pytest
import yaml
from helpers import ROOT, exits_with, needs, spawn

from oudergesprek.cli.commands import snel
from oudergesprek.library.fill import on_paper
from oudergesprek.library.forms import foreign_words
from oudergesprek.search.catalog import load_catalog

LIB = load_catalog().library
ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")
DATA = ROOT / "oudergesprek" / "data"
OWN_TEXTS = [DATA / "snel.yaml", DATA / "reflectie.yaml", DATA / "plan.yaml"]


def receipts(screen: str, step: int = 2) -> list[str]:
    """The quoted phrases under one numbered step (in the whole routine: the receipt confirmations)."""
    part = screen.split(f"{step}. ", 1)[1].split(f"{step + 1}. ", 1)[0]
    return [" ".join(q.split()) for q in re.findall(r"\u201c(.*?)\u201d", part, re.S)]


def door_texts(form: str, situations: set[str] | None = None) -> set[str]:
    situations = situations or {"deurgesprek", "haal-en-brengmoment"}
    return {
        " ".join(on_paper(p.text(form), form, None).split())
        for p in LIB.phrases
        if p.category == "ontvangstbevestiging" and situations & set(p.situations)
    }


def test_the_routine_fits_one_screen_and_has_every_step(cli):
    result = cli("snel")
    assert result.exit_code == 0
    lines = result.stdout.rstrip("\n").splitlines()
    assert len(lines) <= 24 and max(len(line) for line in lines) <= 80
    screen = result.stdout
    assert 'oudergesprek config schoolregels "..."' in screen  # no own rules yet: one line on how to add them
    for step in ("Kort of meer?", "laten merken dat het aankomt", "De regel noemen", "Afspraak is afspraak"):
        assert step in screen
    assert "Houding: open" in screen and "Slecht nieuws nooit aan de deur" in screen
    assert "\x1b[" not in screen
    found = receipts(screen)
    assert len(found) == 3 and len(set(found)) == 3
    assert set(found) <= door_texts("u")


def test_the_school_rules_are_shown_and_long_rules_still_fit(cli):
    assert cli("config", "schoolregels", "Aan de deur alleen korte dingen. Zorgen altijd op afspraak.").exit_code == 0
    screen = cli("snel").stdout
    assert "Regels van school: Aan de deur alleen korte dingen. Zorgen altijd op afspraak." in screen
    assert "config schoolregels" not in screen
    long_rules = " ".join(f"Regel {n}: ouders bellen we binnen een werkdag terug." for n in range(1, 9))
    result = cli("config", "schoolregels", long_rules)
    assert "passen drie regels" in result.stdout
    lines = cli("snel").stdout.rstrip("\n").splitlines()
    assert len(lines) <= 24 and lines[3].endswith("\u2026")


def test_childcare_gets_the_pick_up_moment(cli):
    assert cli("config", "werkplek", "kinderopvang").exit_code == 0
    screen = cli("snel").stdout
    assert "Regels van" not in screen
    assert set(receipts(screen)) <= door_texts("u", {"haal-en-brengmoment"})


@pytest.mark.parametrize("form", ["u", "je"])
def test_one_form_of_address_and_the_child_filled_in(cli, monkeypatch, form):
    assert cli("config", "werkplek", "kinderopvang").exit_code == 0
    shown: set[str] = set()
    for day in range(1, 15):
        monkeypatch.setattr(snel, "today", lambda day=day: dt.date(2025, 9, day))
        result = cli("snel", "--aanspreekvorm", form, "--kind", "Sanne")
        assert result.exit_code == 0
        assert not foreign_words(result.stdout, form), result.stdout
        assert "{" not in result.stdout and "uw kind" not in result.stdout and "je kind" not in result.stdout
        shown |= set(receipts(result.stdout))
    # every receipt shown is a library phrase with Sanne in the child's places
    filled = {" ".join(on_paper(p.text(form), form, "Sanne").split()) for p in LIB.phrases}
    assert shown and shown <= filled


def test_the_receipts_vary_per_day_and_repeat_within_a_day(cli, monkeypatch):
    monkeypatch.setattr(snel, "today", lambda: dt.date(2025, 10, 6))
    first = receipts(cli("snel").stdout)
    assert receipts(cli("snel").stdout) == first
    sets = set()
    for day in range(1, 15):
        monkeypatch.setattr(snel, "today", lambda day=day: dt.date(2025, 10, day))
        sets.add(tuple(receipts(cli("snel").stdout)))
    assert len(sets) >= 3


def test_wrong_form_and_kies_without_a_terminal_are_usage_errors(cli):
    result = cli("snel", "--aanspreekvorm", "jij")
    assert result.exit_code == 2 and "Kies 'u', 'je'" in result.stderr
    result = cli("snel", "--kies")
    assert result.exit_code == 2
    assert "terminal" in result.stderr and "oudergesprek snel" in result.stderr
    assert "Traceback" not in result.output


def answer_kies(child: pexpect.spawn, *answers: str) -> str:
    child.expect("Wat komt de ouder brengen")
    child.expect("> ")
    child.sendline(answers[0])
    if len(answers) > 1:
        child.expect("Is er nu tijd")
        child.expect("> ")
        child.sendline(answers[1])
    return exits_with(child, 0).replace("\r\n", "\n")


def test_kies_short_message_shows_only_the_short_way(isolated):
    screen = answer_kies(spawn(isolated, "snel", "--kies"), "1")
    assert "Kort: meteen afhandelen" in screen and "Houding" in screen
    assert "Is er nu tijd" not in screen and "De regel noemen" not in screen


def test_kies_more_with_time_now_listens_first(isolated):
    screen = answer_kies(spawn(isolated, "snel", "--kies", "-a", "je"), "2", "1")
    assert "rustige plek" in screen and "samenvatten, doorvragen" in screen
    assert "Niet nu" in screen and "De regel noemen" not in screen
    assert not foreign_words(screen.split("Er is nu tijd", 1)[1], "je")


def test_kies_more_without_time_gives_the_routine_numbered_from_one(isolated):
    after = answer_kies(spawn(isolated, "snel", "--kies"), "meer", "nee")
    assert "1. Geen tijd nu" in after and "2. De regel noemen" in after and "3. Afspraak is afspraak" in after
    assert len(receipts(after, step=1)) == 3
    assert "Slecht nieuws nooit aan de deur" in after


def test_in_a_terminal_it_is_coloured_and_still_fits_24_lines(isolated):
    child = spawn(isolated, "snel", color=True)
    exits_with(child, 0)
    assert "\x1b[" in child.before
    lines = ANSI.sub("", child.before).replace("\r\n", "\n").rstrip("\n").splitlines()
    assert 10 < len(lines) <= 24 and max(len(line) for line in lines) <= 80


def _words(value) -> set[str]:
    if isinstance(value, dict):
        return set().union(*(_words(k) | _words(v) for k, v in value.items())) if value else set()
    if isinstance(value, list):
        return set().union(*(_words(v) for v in value)) if value else set()
    if not isinstance(value, str):
        return set()
    text = re.sub(r"oudergesprek [a-z ]+|\{\w+\}", " ", value)
    return {w.strip("'-") for w in re.findall(r"[\w'’-]+", text) if w.strip("'-") and not w.isdigit()}


@needs("hunspell")
def test_our_own_texts_are_spelled_correctly():
    words: set[str] = set()
    for path in OWN_TEXTS:
        words |= _words(yaml.safe_load(path.read_text(encoding="utf-8")))
    done = subprocess.run(
        ["hunspell", "-d", "nl_NL", "-l"], input="\n".join(sorted(words)), capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    allowed = {"Ayşe", "Eén", "Rolhelderheid", "rolhelderheid", "regie-houden", "constructieve-communicatie"}
    allowed.add("rol-vraag-nu-of-later")  # a phrase id
    assert not set(done.stdout.split()) - allowed


def test_the_door_texts_speak_to_nobody_so_they_fit_both_forms():
    data = yaml.safe_load((DATA / "snel.yaml").read_text(encoding="utf-8"))
    for part in ("routine", "kort", "nu", "later", "labels"):
        for text in data[part].values():
            assert not foreign_words(text, "u") and not foreign_words(text, "je"), text
