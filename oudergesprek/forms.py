"""The two forms of address, u and je, which one text never mixes."""

from __future__ import annotations

import re

U_WORDS = re.compile(r"\b(u|uw|uzelf)\b", re.IGNORECASE)
JE_WORDS = re.compile(r"\b(je|jij|jou|jouw|jullie|jezelf|jouzelf)\b", re.IGNORECASE)


def foreign_words(text: str, form: str) -> list[str]:
    """Words in `text` that belong to the other form of address."""
    pattern = JE_WORDS if form == "u" else U_WORDS
    return [match.group(0) for match in pattern.finditer(text)]


def addresses_anyone(text: str) -> bool:
    return bool(U_WORDS.search(text) or JE_WORDS.search(text))
