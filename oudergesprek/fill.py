"""Placeholders in phrase texts: `{kind}` and friends, filled in or shown as a visible blank."""

from __future__ import annotations

import re
from collections.abc import Mapping

from oudergesprek.model import PLACEHOLDERS

PLACEHOLDER = re.compile(r"\{([^{}\s]*)\}")
BLANK = "…"


def placeholders_in(text: str) -> list[str]:
    return PLACEHOLDER.findall(text)


def unknown_placeholders(text: str) -> list[str]:
    return [name for name in placeholders_in(text) if name not in PLACEHOLDERS]


def fill(text: str, values: Mapping[str, str | None]) -> str:
    """Replace known placeholders by their value, or by a visible blank when not filled in.

    The pronoun placeholders follow from `kind` and the optional `voornaamwoord` ('hij' or 'zij').
    """
    if "{" not in text:
        return text
    given = {key: value for key, value in values.items() if value}
    values = {**child_values(given.get("kind"), given.get("voornaamwoord")), **given}

    def replace(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in PLACEHOLDERS:
            return match.group(0)
        value = values.get(name)
        return value.strip() if value and value.strip() else BLANK

    # "op {datum}." unfilled reads "op …", not "op …."
    return PLACEHOLDER.sub(replace, text).replace(BLANK + ".", BLANK)


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
