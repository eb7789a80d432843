"""Finding a saved item by what the teacher typed: its list number, its exact name, or the child's exact name.

Never by part of a name: "Anna" is not Johanna, "Sanne" is not "Sanne B.". When the name fits several items
(two children stored as "Sanne", or several talks about one child), the teacher chooses in a terminal;
without one the items are listed and nothing is picked.
"""

from __future__ import annotations

import sys
from typing import Any, Protocol, TypeVar

from oudergesprek.errors import NotFound, UsageError
from oudergesprek.names import same_child


class Saved(Protocol):
    """What a saved item (drafts.Draft) offers here; drafts uses this module, so it is not imported."""

    name: str
    answers: dict[str, Any]

    @property
    def status(self) -> str: ...


Draft = TypeVar("Draft", bound=Saved)


def _child(item: Saved) -> str:
    return str(item.answers.get("kind") or "").strip()


def _line(item: Saved) -> str:
    child = _child(item) or "zonder naam"
    return f"{item.name} ({child}, {item.status})"


def present(items: list[Draft]) -> str:
    """The children there are, once each, as a short Dutch phrase."""
    seen: dict[str, str] = {}
    for item in items:
        name = _child(item)
        if name:
            seen.setdefault(name.casefold(), name)
    return ", ".join(seen.values())


def pick(items: list[Draft], wanted: str, what: tuple[str, str], command: str, numbered: bool = False) -> Draft:
    """One item out of `items` (in the order `--list` shows them) for what the teacher typed.

    `what` names one item and several in Dutch ("reflectie", "reflecties"), `command` is how to list them
    ("reflect --list"); `numbered`: a number is a position in that list.
    """
    one, several = what
    wanted = wanted.strip()
    exact = [item for item in items if item.name == wanted]
    if exact:
        return exact[0]
    matches = [item for item in items if same_child(item.answers.get("kind"), wanted)]
    if numbered and wanted.isdigit() and 1 <= int(wanted) <= len(items):
        numbered_item = items[int(wanted) - 1]
        if not matches:
            return numbered_item
        if all(item is not numbered_item for item in matches):  # a child named "2" and list item 2: ask
            matches = [numbered_item, *matches]
    if len(matches) == 1:
        return matches[0]
    if not matches:
        there = present(items)
        message = f"Er is geen {one} over '{wanted}'."
        if there:
            message += f" Wel over: {there}."
        elif not items:
            message = f"Er zijn nog geen {several}, dus ook geen over '{wanted}'."
        raise NotFound(message, f"Typ de naam zoals u hem bewaarde, of bekijk wat er is met: oudergesprek {command}")
    if sys.stdin.isatty() and sys.stdout.isatty():
        return _ask(matches, wanted, several)
    lines = "\n".join(f"  - {_line(item)}" for item in matches)
    raise UsageError(
        f"Er zijn {len(matches)} {several} over '{wanted}':\n{lines}",
        "Kies er een door de naam vóór de haakjes hierboven te typen.",
    )


def _ask(matches: list[Draft], wanted: str, several: str) -> Draft:
    from oudergesprek.interview import prompter
    from oudergesprek.interview.questions import Question

    question = Question("keuze", f"Er zijn {len(matches)} {several} over '{wanted}'. Welke bedoelt u?")
    options = [(item.name, _line(item)) for item in matches]
    chosen = prompter.ask_choice(question, options)
    return next(item for item in matches if item.name == chosen)
