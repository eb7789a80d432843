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
    """Replace known placeholders by their value, or by a visible blank when not filled in."""

    def replace(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in PLACEHOLDERS:
            return match.group(0)
        value = values.get(name)
        return value.strip() if value and value.strip() else BLANK

    # "op {datum}." unfilled reads "op …", not "op …."
    return PLACEHOLDER.sub(replace, text).replace(BLANK + ".", BLANK)
