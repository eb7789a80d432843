"""`oudergesprek snel`: the door routine for "Kan ik je snel even spreken?", on one screen.

The screen is built as lines with a style and a priority; when it would not fit in 24 lines the least
important lines go first. Plain text in a pipe or with NO_COLOR, Rich (imported late) in a terminal.
"""

from __future__ import annotations

import datetime as dt
import random
import re
import sys
import textwrap
from dataclasses import dataclass

from oudergesprek.errors import EXIT_OK, UsageError
from oudergesprek.library.fill import on_paper
from oudergesprek.library.model import Library, Phrase

MAX_LINES = 24
MAX_WIDTH = 80
DOOR = {"school": ("deurgesprek", "haal-en-brengmoment"), "kinderopvang": ("haal-en-brengmoment", "deurgesprek")}
# Phrases that also belong to these situations are for a special case (an angry parent, an interpreter);
# they are offered only when the ordinary door phrases run out.
SPECIAL = {
    "boze-ouder",
    "kritische-ouder",
    "verbale-agressie",
    "emotionele-ouder",
    "pesten",
    "taalbarriere",
    "gescheiden-ouders",
    "slecht-nieuws",
}
STYLES = {"title": "bold", "rules": "yellow", "hint": "dim", "step": "bold", "quote": "cyan", "warn": "bold red"}


@dataclass
class Line:
    text: str
    style: str = ""
    priority: int = 1  # 1: must stay; higher numbers are dropped first when the screen is full


def today() -> dt.date:
    return dt.date.today()


def texts() -> dict:
    from oudergesprek import paths, safeyaml

    return safeyaml.plain(safeyaml.load_file(paths.shipped("snel.yaml")))


def _fits(phrase: Phrase, form: str, width: int) -> bool:
    return len(textwrap.wrap(phrase.text(form), width - 5)) <= 2


def pick(
    lib: Library, category: str, place: str, form: str, count: int, seed: int, width: int = MAX_WIDTH
) -> list[Phrase]:
    """`count` phrases of one category for the door, varied by `seed`: ordinary door phrases first, short ones
    first, and from as many different skills as possible."""
    first, second = DOOR.get(place, DOOR["school"])
    rng = random.Random(seed)

    def rank(phrase: Phrase) -> tuple[int, int, int]:
        situations = set(phrase.situations)
        return (
            0 if first in situations else 1,
            1 if situations & SPECIAL else 0,
            0 if _fits(phrase, form, width) else 1,
        )

    pool = [p for p in lib.phrases if p.category == category and {first, second} & set(p.situations)]
    rng.shuffle(pool)
    pool.sort(key=rank)
    chosen: list[Phrase] = []
    best = rank(pool[0]) if pool else None
    for phrase in pool:  # one per skill among the best-ranked, then whatever is next in line
        if rank(phrase) == best and phrase.skill not in {c.skill for c in chosen} and len(chosen) < count:
            chosen.append(phrase)
    chosen += [p for p in pool if p not in chosen][: count - len(chosen)]
    return chosen


def wrap(text: str, width: int, style: str = "", priority: int = 1, indent: str = "") -> list[Line]:
    numbered = text[:1].isdigit() and text[1:3] == ". "
    lines = textwrap.wrap(text, width, initial_indent=indent, subsequent_indent=indent or ("   " if numbered else ""))
    return [Line(line, style, priority) for line in lines]


def quote(phrase: Phrase, form: str, child: str | None, width: int, priority: int = 1) -> list[Line]:
    text = on_paper(phrase.text(form), form, child)
    return wrap(f"\u201c{text}\u201d", width, "quote", priority, indent="   ")


def rules(words: dict, place: str, width: int) -> list[Line]:
    from oudergesprek import settings

    own = settings.get("schoolregels")
    if not own:
        return wrap(words["geen_regels"], width, "hint")
    label = words["regels"].get(place, words["regels"]["school"])
    lines = wrap(f"{label} {' '.join(own.split())}", width, "rules")
    if len(lines) > 3:
        lines = lines[:3]
        lines[-1].text = lines[-1].text[: width - 2].rstrip() + " \u2026"
    return lines


@dataclass
class Screen:
    form: str
    child: str | None
    place: str
    lib: Library
    width: int
    seed: int

    def phrases(self, category: str, count: int) -> list[Phrase]:
        return pick(self.lib, category, self.place, self.form, count, self.seed, self.width)

    def quotes(self, category: str, count: int, priority: int = 1) -> list[Line]:
        out: list[Line] = []
        for phrase in self.phrases(category, count):
            out += quote(phrase, self.form, self.child, self.width, priority)
        return out

    def by_id(self, phrase_id: str, priority: int) -> list[Line]:
        phrase = self.lib.by_id(phrase_id)
        return quote(phrase, self.form, self.child, self.width, priority) if phrase else []

    def text(self, line: str, style: str = "step", priority: int = 1) -> list[Line]:
        return wrap(line, self.width, style, priority)


def routine(screen: Screen, words: dict) -> list[Line]:
    """The whole routine: judge, receive, name the rule and agree a moment, keep your word."""
    steps = words["routine"]
    lines = screen.text(words["titel"], "title") + rules(words, screen.place, screen.width)
    lines += screen.text(f"1. {steps['inschatten']}") + screen.by_id(str(words.get("inschatten_zin", "")), 4)
    lines += screen.text(f"2. {steps['ontvangst']} {words['kies_zin']}") + screen.quotes("ontvangstbevestiging", 3)
    lines += screen.text(f"3. {with_colon(steps['afspraak'])}") + screen.quotes("afspraak", 1)
    lines += screen.text(f"4. {steps['woord']}") + screen.text(steps["houding"], "")
    return lines + screen.text(steps["nooit"], "warn")


def chosen(screen: Screen, words: dict, short: bool, time_now: bool) -> list[Line]:
    """Only what fits the two answers of --kies."""
    lines = screen.text(words["titel"], "title") + rules(words, screen.place, screen.width)
    posture = screen.text(words["routine"]["houding"], "")
    if short:
        part = words["kort"]
        lines += screen.text(part["wat"]) + screen.text(part["zin"], "", 2) + screen.quotes("ontvangstbevestiging", 1)
        return lines + screen.text(part["woord"]) + posture
    if time_now:
        part = words["nu"]
        lines += screen.text(part["wat"]) + screen.text(part["luisteren"])
        lines += screen.quotes("doorvragen", 1) + screen.quotes("samenvatten", 1, 2)
        return lines + screen.text(part["iemand"], "", 2) + posture + screen.text(part["nooit"], "warn")
    steps = words["routine"]
    lines += screen.text(words["later"]["wat"]) + screen.quotes("ontvangstbevestiging", 3)
    lines += screen.text(f"2. {with_colon(steps['afspraak'])}") + screen.quotes("afspraak", 1)
    lines += screen.text(f"3. {steps['woord']}") + posture + screen.text(steps["nooit"], "warn")
    return renumber(lines)


def with_colon(step: str) -> str:
    """A step that phrases follow ends in a colon."""
    return step.rstrip(".") + ":"


def renumber(lines: list[Line]) -> list[Line]:
    """Steps numbered 1, 2, 3 in the order shown, whichever steps were left out."""
    number = 0
    for line in lines:
        if re.match(r"\d\. ", line.text):
            number += 1
            line.text = f"{number}.{line.text[2:]}"
    return lines


def fit(lines: list[Line], limit: int = MAX_LINES) -> list[Line]:
    """Drop the least important lines until the screen fits (a whole group of one priority at a time)."""
    while len(lines) > limit:
        lowest = max(line.priority for line in lines)
        if lowest == 1:
            return lines[:limit]
        # drop the last group of the lowest priority
        index = max(i for i, line in enumerate(lines) if line.priority == lowest)
        start = index
        while start > 0 and lines[start - 1].priority == lowest:
            start -= 1
        lines = lines[:start] + lines[index + 1 :]
    return lines


def show(lines: list[Line]) -> None:
    from oudergesprek.terminal import use_colour

    if not use_colour():
        print("\n".join(line.text for line in lines))
        return
    from rich.console import Console
    from rich.text import Text

    console = Console(highlight=False)
    for line in lines:
        console.print(Text(line.text, style=STYLES.get(line.style, "")), overflow="ignore", crop=False)


def ask_two(words: dict) -> tuple[bool, bool]:
    from oudergesprek.interview import prompter
    from oudergesprek.interview.questions import _question

    questions = [_question(raw) for raw in words["vragen"]]
    labels = words["labels"]
    answers = []
    for question in questions:
        answer = prompter.ask_choice(question, [(c, labels.get(c, c)) for c in question.choices])
        answers.append(answer)
        if question.key == "kort" and answer == "kort":
            return True, False
        prompter.say("")
    return False, answers[-1] == "ja"


def run(choose: bool, form: str | None, child: str | None) -> int:
    from oudergesprek import settings
    from oudergesprek.cli.commands.phrase import resolve_form, warn_problems
    from oudergesprek.search.catalog import load_catalog
    from oudergesprek.terminal import width

    form = resolve_form(form)
    if choose and not sys.stdin.isatty():
        raise UsageError(
            "snel --kies stelt twee korte vragen en heeft daarvoor een terminal nodig.",
            "Zonder vragen ziet u de hele routine: oudergesprek snel",
        )
    words = texts()
    catalog = load_catalog()
    warn_problems(catalog.library.problems)
    cols = min(width(), MAX_WIDTH)
    screen = Screen(form, child, settings.get("werkplek"), catalog.library, cols, today().toordinal())
    if choose:
        short, time_now = ask_two(words)
        print()
        show(fit(chosen(screen, words, short, time_now)))
    else:
        show(fit(routine(screen, words)))
    return EXIT_OK
