"""The answer to "which child, which groep": the name kept whole, the groep and a pronoun when given."""

from __future__ import annotations

import re
from dataclasses import dataclass

PRONOUNS = {"hij": "hij", "zij": "zij", "ze": "zij"}
_PRONOUN_START = re.compile(r"(hij|zij|ze)\s+(?=\S)", re.IGNORECASE)
_BOTH_PRONOUNS = re.compile(r"(hij|zij|ze)\s*(/|of|en|&)\s*(hij|zij|ze)", re.IGNORECASE)
# "groep 5", "groep 5b", and the combination groups of Dutch schools: "groep 1/2", "groep 3-4", "groep 7 en 8"
_GROUP = re.compile(r"\bgroep\s*\d+[a-z]?(?:\s*(?:/|-|–|en|&|\+)\s*\d+[a-z]?)*(?![\w/])", re.IGNORECASE)
_FILLER = {"zit", "in", "uit", "is", "van", "de", "het"}  # "ze zit in groep 3"


@dataclass
class ChildAnswer:
    """The child's answer taken apart: what goes into the answers, and what was typed but not kept."""

    given: dict
    unused: list[str]


def read_child(text: str) -> ChildAnswer:
    """ "Sanne, groep 5", "Milan (zij) groep 4", "Li Ze (hij)", "Mila, groep 1/2" or "Noor".

    The name is everything before the first comma, semicolon or bracket, kept whole: "Li Ze", "Ze'ev" and
    "Anne-Ze" are names, not pronouns. A pronoun counts only where it stands on its own, in brackets or after
    a comma ("Milan (zij)", "Sanne, zij", "Noor, ze zit in groep 3"). A short part after the name is the
    groep ("Dolfijnen", "groep 1/2"); anything else is not kept, and `unused` says so."""
    out: dict = {}
    unused: list[str] = []
    pieces = [" ".join(p.split()) for p in re.split(r"[,;()]", text)]
    name, rest = pieces[0], [p for p in pieces[1:] if p]
    inline = re.match(rf"(.+?)\s+({_GROUP.pattern})$", name, re.IGNORECASE)
    if inline:
        name, rest = inline.group(1), [inline.group(2), *rest]
    if name:
        out["kind"] = name
    for typed in rest:
        if typed.lower() in PRONOUNS:
            out.setdefault("voornaamwoord", PRONOUNS[typed.lower()])
            continue
        if _BOTH_PRONOUNS.fullmatch(typed):
            continue  # "hij/zij" is neither: the follow-up question asks
        piece = typed
        start = _PRONOUN_START.match(piece)
        if start:  # "ze zit in groep 3": the pronoun opens the sentence after the comma
            out.setdefault("voornaamwoord", PRONOUNS[start.group(1).lower()])
            piece = piece[start.end() :]
        group = _GROUP.search(piece)
        if group and "groep" not in out:
            out["groep"] = " ".join(group.group(0).split())
            left = (piece[: group.start()] + " " + piece[group.end() :]).split()
            if any(word.lower() not in _FILLER for word in left):
                unused.append(typed)
        elif not start and not group and "groep" not in out and len(piece.split()) <= 2:
            out["groep"] = piece  # "Dolfijnen", "de Vlinders", "5B"
        else:
            unused.append(typed)
    return ChildAnswer(out, unused)


def child_answer(text: str) -> dict:
    """What the child's answer gives: the name, and the groep and pronoun when given."""
    return read_child(text).given
