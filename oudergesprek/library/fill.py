"""Placeholders in phrase texts: `{kind}` and friends, filled in or shown as a visible blank."""

from __future__ import annotations

import re
from collections.abc import Mapping

from oudergesprek.library.model import PLACEHOLDERS

PLACEHOLDER = re.compile(r"\{([^{}\s]*)\}")
BLANK = "…"  # on screen: a gap the teacher fills in while speaking
WRITE_IN = "______"  # on paper: a line to write on by hand
YOUR_CHILD = {"u": "uw kind", "je": "je kind", "jullie": "jullie kind"}


def placeholders_in(text: str) -> list[str]:
    return PLACEHOLDER.findall(text)


def unknown_placeholders(text: str) -> list[str]:
    return [name for name in placeholders_in(text) if name not in PLACEHOLDERS]


def fill(text: str, values: Mapping[str, str | None], blank: str = BLANK, unnamed_child: str = "") -> str:
    """Replace known placeholders by their value, or by `blank` when not filled in.

    The pronoun placeholders follow from `kind` and the optional `voornaamwoord` ('hij' or 'zij').
    Without a name, `unnamed_child` ("uw kind") stands in for the child where it is given.
    """
    if "{" not in text:
        return text
    given = {key: value for key, value in values.items() if value and value.strip()}
    values = {**child_values(given.get("kind"), given.get("voornaamwoord")), **given}

    def replace(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in PLACEHOLDERS:
            return match.group(0)
        value = values.get(name)
        if value and value.strip():
            return value.strip()
        if unnamed_child and name in ("kind", "hij", "Hij", "hem"):
            start = name == "Hij" or not text[: match.start()].rstrip() or text[: match.start()].rstrip()[-1] in ".!?:"
            return unnamed_child[:1].upper() + unnamed_child[1:] if start else unnamed_child
        return blank

    # "op {datum}." unfilled reads "op …", not "op …."
    filled = PLACEHOLDER.sub(replace, text)
    return filled.replace(BLANK + ".", BLANK) if blank == BLANK else filled


def on_paper(text: str, form: str, child: str | None) -> str:
    """A phrase as it goes on a sheet or a screen to glance at: the child's name, else "uw kind"; a gap
    that cannot be filled becomes a short line to write on, never a bare "…"."""
    return fill(text, {"kind": child}, blank=WRITE_IN, unnamed_child=YOUR_CHILD.get(form, YOUR_CHILD["u"]))


PRONOUNS = {
    "hij": {"hij": "hij", "Hij": "Hij", "hem": "hem", "zijn": "zijn", "Zijn": "Zijn"},
    "zij": {"hij": "zij", "Hij": "Zij", "hem": "haar", "zijn": "haar", "Zijn": "Haar"},
}


def child_values(name: str | None, pronoun: str | None) -> dict[str, str | None]:
    """The child's placeholders: the name, and hij/zij, hem/haar, zijn/haar.

    Without a known pronoun ('hij' or 'zij') the name stands in: "Ik zie dat Sanne…", and for the
    possessive the Dutch genitive of the name: Sannes, Anna's, Thomas'.
    """
    name = (name or "").strip() or None
    forms = PRONOUNS.get((pronoun or "").strip().lower())
    if forms:
        return {"kind": name, **forms}
    return {
        "kind": name,
        "hij": name,
        "Hij": name,
        "hem": name,
        "zijn": genitive(name) if name else None,
        "Zijn": genitive(name) if name else None,
    }


def genitive(name: str) -> str:
    """'Sanne' -> 'Sannes', 'Anna' -> "Anna's", 'Thomas' -> "Thomas'" (the Dutch spelling rules)."""
    last = name[-1:].lower()
    if last in ("s", "x", "z") or name.lower().endswith("sch"):
        return name + "'"
    if last in ("a", "i", "o", "u", "y") or (last == "é"):
        return name + "'s"
    return name + "s"
