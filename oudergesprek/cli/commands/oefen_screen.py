"""What `oudergesprek oefen` prints about one answer and about a round: the feedback, the summary, and
the short forms of long text on screen."""

from __future__ import annotations

import textwrap
from typing import Any

from oudergesprek.interview import checklist, feedback, prompter
from oudergesprek.library.model import Library

SHOWN_ANSWER = 300  # characters of a long answer echoed on screen (the log keeps all of it)
TIPS_IN_FULL = 3  # the most important tips in full; the rest by name, so the list stays short


def situation_title(lib: Library, slug: str) -> str:
    term = lib.situations.get(slug)
    return term.title if term else slug


def wrap(text: str, first: str, rest: str | None = None) -> str:
    return textwrap.fill(
        text, width=78, initial_indent=first, subsequent_indent=rest if rest is not None else " " * len(first)
    )


def show_feedback(record: dict[str, Any]) -> None:
    say = prompter.say
    say("")
    say("Goed:")
    for line in record["goed"] or ["Niets wat de checklist herkent; kijk bij de zinnen hieronder."]:
        say(wrap(line, "  + "))
    say("Tip:")
    tips = record["tips"]
    for line in tips[:TIPS_IN_FULL] or ["Geen: de checklist vond niets om te verbeteren."]:
        say(wrap(line, "  - "))
    if len(tips) > TIPS_IN_FULL:
        rules = checklist.load_rules()
        names = [rule.name for i in record.get("tip_ids", [])[TIPS_IN_FULL:] if (rule := rules.rule(i))]
        more = ", ".join(names) if names else f"nog {len(tips) - TIPS_IN_FULL} punten"
        say(wrap(f"Daarna: {more}.", "  - "))
    if record["voorbeelden"]:
        say("Zinnen uit de bibliotheek bij deze opmerking:")
        for number, example in enumerate(record["voorbeelden"], 1):
            say(wrap(f"\u201c{example['tekst']}\u201d", f"  {number}. "))
            if example.get("waarom"):
                say(wrap(f"Waarom: {example['waarom']}", "     "))
    say(wrap(checklist.load_rules().checklist, "  (", "   ") + ")")


def summary_lines(records: list[dict[str, Any]], form: str) -> list[str]:
    result = feedback.summary([(r.get("goed_ids", []), r.get("tip_ids", [])) for r in records])
    shown = ", ".join(f"{name} ({times_text(n)})" for name, n in result.shown)
    lines = [f"Wat u liet zien: {shown}." if shown else "Wat u liet zien: de checklist herkende nog niets."]
    if result.practise is not None:
        lines.append(f"Om te oefenen: {result.practise.name}. {result.practise.practise_in(form)}".rstrip())
    else:
        lines.append("Om te oefenen: niets kwam steeds terug. Probeer eens een feller moment, zoals verbale-agressie.")
    return lines


def times_text(count: int) -> str:
    return "1 keer" if count == 1 else f"{count} keer"


def short(text: str, limit: int = SHOWN_ANSWER) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "\u2026"
