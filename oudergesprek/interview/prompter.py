"""Asking questions in any terminal: numbered choices, defaults shown, `?` explains. No colours needed."""

from __future__ import annotations

import sys
import textwrap
from dataclasses import replace
from typing import Any

from oudergesprek.interview.questions import Question
from oudergesprek.names import has_visible

HELP_KEYS = ("?", "help", "hulp")


def say(text: str = "") -> None:
    print(text, flush=True)


def _wrap(text: str, indent: str = "  ") -> str:
    return textwrap.fill(text, width=78, initial_indent=indent, subsequent_indent=indent)


def read(prompt: str) -> str:
    """One line typed after `prompt`, cleaned: an invalid byte (a lone surrogate) becomes U+FFFD, control
    characters and escape sequences go. EOFError at the end of the input (Ctrl-D), as input() does.

    Not input(): in a terminal it hands the line over as a C string, so a NUL byte (Ctrl-Space, Ctrl-@)
    would silently cut off everything typed after it, and the line would wait for a second Enter."""
    from oudergesprek.cleantext import clean_input

    sys.stdout.write(prompt)
    sys.stdout.flush()
    line = sys.stdin.readline()
    if not line:
        raise EOFError
    return clean_input(line.removesuffix("\n").removesuffix("\r"))


def _input(prompt: str, prefill: str = "") -> str:
    """read() with an optional editable prefill where readline is available (GNU readline itself takes
    Ctrl-@ as a command, so no NUL reaches the line there)."""
    if prefill and sys.stdin.isatty():
        try:
            import readline

            from oudergesprek.cleantext import clean_input

            readline.set_startup_hook(lambda: readline.insert_text(prefill))
            try:
                return clean_input(input(prompt))
            finally:
                readline.set_startup_hook(None)
        except ImportError:
            pass
    return read(prompt)


def explain(question: Question) -> None:
    if question.help:
        for paragraph in question.help.splitlines():
            say(_wrap(paragraph))
    else:
        say("  Typ uw antwoord en druk op Enter.")


def ask_text(question: Question, current: str = "") -> str:
    default = current or question.default
    hint = f" [{default}]" if default else ""
    while True:
        answer = _input(f"{question.prompt}{hint}\n> ").strip()
        if answer.lower() in HELP_KEYS:
            explain(question)
            continue
        if not answer and default:
            return default
        if question.required and not has_visible(answer):  # nothing, or only invisible characters
            say("  Dit antwoord is nodig.")
            explain(question)
            continue
        return answer


def ask_choice(question: Question, options: list[tuple[str, str]], current: str = "") -> str:
    """Options are (value, label); the answer is a number, or the value typed out."""
    default = current or question.default
    say(question.prompt)
    if len(options) <= 4 and all(len(label) <= 10 for _, label in options):  # a one-key choice on one line
        say(
            "   ".join(
                f"  {n}. {label}" + (" (standaard)" if value == default else "")
                for n, (value, label) in enumerate(options, 1)
            )
        )
    else:
        for number, (value, label) in enumerate(options, 1):
            mark = "  (standaard)" if value == default else ""
            say(
                textwrap.fill(f"{label}{mark}", width=78, initial_indent=f"  {number:>2}. ", subsequent_indent="      ")
            )
    while True:
        answer = read(f"Nummer{f' [{default}]' if default else ''}\n> ").strip()
        if answer.lower() in HELP_KEYS:
            explain(question)
            continue
        if not answer and default:
            return default
        if answer.isdigit() and 1 <= int(answer) <= len(options):
            return options[int(answer) - 1][0]
        for value, label in options:
            if answer.lower() in (value.lower(), label.lower()):
                return value
        first = [value for value, _ in options if len(answer) == 1 and value.lower().startswith(answer.lower())]
        if len(first) == 1:  # one key: "z" for zij
            return first[0]
        say(f"  Kies een nummer van 1 tot en met {len(options)}.")


def ask_list(question: Question, current: list[str] | None = None) -> list[str]:
    limit = question.max or 10
    say(f"{question.prompt}")
    say(
        f"  Eén per regel, hoogstens {limit}. Lege regel: klaar."
        + ("  (Enter meteen: houd wat er stond.)" if current else "")
    )
    items: list[str] = []
    while len(items) < limit:
        line = read(f"{len(items) + 1}> ").strip()
        if line.lower() in HELP_KEYS:
            explain(question)
            continue
        if not line:
            break
        items.append(line)
    if not items and current:
        return current
    return items


def ask_phrase(question: Question, candidates: list[str], current: str = "") -> str:
    """Pick a phrase by number, edit one (b + number), or write your own (e)."""
    say(question.prompt)
    for number, text in enumerate(candidates, 1):
        say(textwrap.fill(text, width=78, initial_indent=f"  {number}. ", subsequent_indent="     "))
    say(
        "  Kies een nummer, 'b 2' om zin 2 te bewerken, 'e' voor een eigen zin"
        + (", Enter: houd de huidige." if current else ", Enter: overslaan.")
    )
    while True:
        answer = read("> ").strip()
        low = answer.lower()
        if low in HELP_KEYS:
            explain(question)
            continue
        if not answer:
            return current
        if answer.isdigit() and 1 <= int(answer) <= len(candidates):
            return candidates[int(answer) - 1]
        if low.startswith("b") and low[1:].strip().isdigit() and 1 <= int(low[1:]) <= len(candidates):
            edited = _input("Pas de zin aan en druk op Enter:\n> ", candidates[int(low[1:]) - 1]).strip()
            return edited or candidates[int(low[1:]) - 1]
        if low == "e":
            own = read("Uw eigen zin:\n> ").strip()
            if own:
                return own
            continue
        if len(answer) > 15:
            return answer  # typed their own sentence straight away
        say("  Kies een nummer, 'b' met een nummer, of 'e'.")


# --- one question of any type -------------------------------------------------------------------------


def candidates(question: Question, answers: dict, catalog) -> list[str]:
    """Up to five phrases that fit the situation and what was written so far, with what is known filled in."""
    from oudergesprek.interview import talk

    found = talk.ranked(catalog.library, catalog.index, question.categories, answers)
    return [talk.phrase_text(p, answers) for p in found]


def fill_blanks(text: str, answers: dict) -> str:
    """Ask for each placeholder a chosen phrase still has open; an empty answer leaves a line to write on."""
    from oudergesprek.interview import talk
    from oudergesprek.library.model import PLACEHOLDERS

    for name in dict.fromkeys(talk.blanks_in(text)):
        value = ask_text(
            Question(
                name, f"  Wat komt er op [{name}] ({PLACEHOLDERS[name]})? Enter: een lijn om met de hand in te vullen"
            )
        )
        text = text.replace(f"[{name}]", value or talk.WRITE_IN)
    return text


def ask(question: Question, answers: dict, catalog) -> Any:
    """Any question by its type: text, a list, a choice, or a phrase from the library (then its open gaps)."""
    current = answers.get(question.key)
    if question.type == "keuze":
        return ask_choice(question, [(c, c) for c in question.choices], str(current or ""))
    if question.key == "meenemen":
        shown = "; ".join(current) if isinstance(current, list) else str(current or "")
        typed = ask_text(replace(question, type="tekst"), shown)
        return [part.strip() for part in typed.split(";") if part.strip()][: question.max or 6]
    if question.type == "lijst":
        return ask_list(question, current if isinstance(current, list) else None)
    if question.type == "zin":
        chosen = ask_phrase(question, candidates(question, answers, catalog), str(current or ""))
        return fill_blanks(chosen, answers)
    return ask_text(question, str(current or ""))
