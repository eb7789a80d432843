"""Whose is a file that a draft left behind: a copy set aside as damaged (`NAME.yaml.beschadigd-…`), the
temporary file of a save that was cut off (`.NAME.yaml.XXXX.tmp`), a lock file (`.NAME.yaml.lock`).

The stored `kind:` decides whenever it can be read, compared as names are everywhere (names.same_child).
A file without a readable `kind:` is never removed for a child by its name alone: the whole child part
between the date and the known ending (`2026-12-02-sanne-de-vries-reflectie`: "sanne-de-vries") may be
this child's, or another child's whose name differs only in spaces or punctuation ("Sanne B", "Sanne-B").
What cannot be told for certain is kept, and named.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from enum import Enum
from pathlib import Path

from oudergesprek.names import key, slug

READ_AT_MOST = 1_000_000
_KIND_LINE = re.compile(r"^kind:[ \t]*(.*?)[ \t]*$", re.MULTILINE)
_DATED = re.compile(r"^\d{4}-\d{2}-\d{2}-(.+)$")
_COUNTERS = re.compile(r"(?:-kopie|-\d+)+$")  # NAME-2, NAME-kopie, NAME-kopie-2 (drafts.reserve, drafts.save)


class Whose(Enum):
    THIS_CHILD = "this child"
    OTHER = "another child, or nobody we know"
    UNSURE = "cannot be told"


def is_leftover(path: Path) -> bool:
    name = path.name
    return ".beschadigd-" in name or name.endswith((".tmp", ".lock"))


def draft_name(path: Path) -> str:
    """NAME of `NAME.yaml.beschadigd-…`, `.NAME.yaml.XXXX.tmp` or `.NAME.yaml.lock` (else the name itself)."""
    name = path.name[1:] if path.name.startswith(".") else path.name
    return name.split(".yaml", 1)[0]


def _scalar(raw: str) -> str | None:
    """One `kind:` value as YAML reads it; None when the line itself is broken."""
    import yaml

    try:
        value = yaml.safe_load(raw) if raw else ""
    except yaml.YAMLError:
        return None
    return None if isinstance(value, (dict, list)) else str(value if value is not None else "")


def stored_children(path: Path) -> list[str] | None:
    """The top-level `kind:` values in a file, also when the rest of the file is damaged or cut off.
    None: no readable `kind:` at all (unreadable file, no such line, or a broken line)."""
    try:
        with open(path, "rb") as handle:
            text = handle.read(READ_AT_MOST).decode("utf-8", "replace")
    except OSError:
        return None
    values = [_scalar(raw) for raw in _KIND_LINE.findall(text)]
    if not values or any(value is None for value in values):
        return None
    return [value for value in values if value is not None]


def child_parts(path: Path, endings: Iterable[str]) -> set[str]:
    """Every way the file name splits into date, child part and one of `endings` (empty: it does not)."""
    dated = _DATED.match(draft_name(path))
    if not dated:
        return set()
    rest = _COUNTERS.sub("", dated.group(1))
    return {rest[: -len(end) - 1] for end in endings if end and rest.endswith(f"-{end}") and len(rest) > len(end) + 1}


def whose(path: Path, child: str, endings: Iterable[str]) -> Whose:
    """Whether a left-behind file is about `child`, by its stored `kind:`, else by its whole name."""
    stored = stored_children(path)
    parts = child_parts(path, endings)
    wanted = slug(child, fallback="")
    if stored is not None:
        keys = {key(value) for value in stored}
        if key(child) not in keys or not key(child):
            # Named after exactly this child but it says another name inside: not certain either way.
            return Whose.UNSURE if wanted and parts == {wanted} else Whose.OTHER
        return Whose.THIS_CHILD if len(keys) == 1 else Whose.UNSURE
    if not wanted:
        return Whose.OTHER
    # Without a readable name inside, the file name never proves whose it is: "Sanne B", "Sanne-B" and
    # "Sanne B." are three children with one file name. It may be this child's: kept, and said.
    if parts:
        return Whose.UNSURE if wanted in parts else Whose.OTHER
    return Whose.UNSURE if f"-{wanted}-" in f"-{draft_name(path)}-" else Whose.OTHER


def named_after(path: Path, child: str, endings: Iterable[str]) -> bool:
    """Whether the whole child part of the file name is this child's (a hint, never proof of whose it is)."""
    wanted = slug(child, fallback="")
    return bool(wanted) and child_parts(path, endings) == {wanted}
