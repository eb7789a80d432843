"""Initials instead of names, for exports that may be seen by others (`--anoniem`)."""

from __future__ import annotations

import re

# Words in a parents' description that are roles, not names.
ROLE_WORDS = {
    "moeder",
    "vader",
    "ouder",
    "ouders",
    "mama",
    "papa",
    "pleegmoeder",
    "pleegvader",
    "stiefmoeder",
    "stiefvader",
    "oma",
    "opa",
    "voogd",
    "beiden",
    "beide",
    "met",
    "zonder",
    "gezag",
    "en",
    "of",
}


def initials(name: str) -> str:
    """'Sanne de Vries' -> 'S.d.V.', 'Sanne' -> 'S.'; an empty name stays empty."""
    parts = [p for p in re.split(r"[\s-]+", name.strip()) if p]
    return "".join(f"{p[0]}." for p in parts)


def names_in(text: str) -> list[str]:
    """Capitalised words in free text that are not role words: the names to hide."""
    words = re.findall(r"\b[^\W\d_][\w'’-]*", text)
    return [w for w in words if w[0].isupper() and w.lower() not in ROLE_WORDS]


def replacer(child: str, parents: str) -> dict[str, str]:
    mapping = {}
    if child.strip():
        mapping[child.strip()] = initials(child)
        for part in child.split():
            mapping.setdefault(part, f"{part[0]}.")
    for name in names_in(parents):
        mapping.setdefault(name, f"{name[0]}.")
    return mapping


def hide(text: str, mapping: dict[str, str]) -> str:
    for name in sorted(mapping, key=len, reverse=True):
        text = re.sub(rf"(?<!\w){re.escape(name)}(?!\w)", mapping[name], text)
    return re.sub(r"(?<=\w\.)\.(?!\.)", "", text)  # "S.." at the end of a sentence
