"""The forms of address, u, je (one parent) and jullie (two parents), which one text never mixes."""

from __future__ import annotations

import re

U_WORDS = re.compile(r"\b(u|uw|uzelf)\b", re.IGNORECASE)
JE_WORDS = re.compile(r"\b(je|jij|jou|jouw|jullie|jezelf|jouzelf)\b", re.IGNORECASE)
JULLIE_WORD = re.compile(r"\bjullie\b", re.IGNORECASE)


def foreign_words(text: str, form: str) -> list[str]:
    """Words in `text` that belong to another form of address.

    The je-form speaks to one parent, so 'jullie' is foreign there; the jullie-form may still say
    'je' in passing ("als je dat ziet"), as people do when speaking to two.
    """
    if form == "u":
        return [match.group(0) for match in JE_WORDS.finditer(text)]
    found = [match.group(0) for match in U_WORDS.finditer(text)]
    if form == "je":
        found += [match.group(0) for match in JULLIE_WORD.finditer(text)]
    return found


def addresses_anyone(text: str) -> bool:
    return bool(U_WORDS.search(text) or JE_WORDS.search(text))
