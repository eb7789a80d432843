"""Suggestions for misspelt names: 'Bedoelt u …?'."""

from __future__ import annotations

import difflib
from collections.abc import Iterable


def closest(value: str, options: Iterable[str]) -> str | None:
    matches = difflib.get_close_matches(value.lower(), list(options), n=1, cutoff=0.6)
    return matches[0] if matches else None


def unknown(what: str, value: object, options: Iterable[str]) -> str:
    """A Dutch message for an unknown value, with the closest option or the full list."""
    options = sorted(options)
    guess = closest(str(value), options)
    if guess:
        return f"Onbekende {what} '{value}'. Bedoelt u '{guess}'?"
    return f"Onbekende {what} '{value}'. Kies uit: {', '.join(options)}."
