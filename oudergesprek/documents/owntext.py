"""Where a text holds the program's own words: every text shipped in `data/*.yaml` and in the built-in phrase
library, with the placeholders ({kind}, {ouder}...) filled in by anything.

`--anoniem` takes a capitalised word at the start of a sentence for a name unless it is a known common word.
In the program's own texts ("Toetsgegevens en werk van {kind}", "Zakdoekjes en water") such a word is no
name: the anonymiser asks `literal_spans` where they are, and hides there only the names of the answers.
What filled a placeholder, and anything after or around a shipped text, stays under the strict rule.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from typing import Any

_PLACEHOLDER = re.compile(r"\{[^{}\s]*\}")
_GAP = "…"  # on paper a line of underscores (talk.WRITE_IN): either may stand there
_WORD = re.compile(r"[^\W\d_]+")
_SKIP = ("anoniem.yaml",)  # word lists, no texts


def literal_spans(text: str) -> list[tuple[int, int]]:
    """The character ranges of `text` that are the literal words of a shipped text (not what filled its
    placeholders): empty when no shipped text starts where `text` starts."""
    first = _WORD.search(text)
    if first is None:
        return []
    found: list[tuple[int, int]] = []
    shipped = _shipped()
    for plain in shipped.plain.get(first.group().casefold(), ()):
        if text.startswith(plain) and not text[len(plain) : len(plain) + 1].isalnum():
            found.append((0, len(plain)))
    for pattern in (*shipped.patterns(first.group().casefold()), *shipped.patterns("")):
        match = pattern.match(text)
        if match is None:
            continue
        literal_from = match.start()
        for group in range(1, (match.lastindex or 0) + 1):
            if match.start(group) > literal_from:
                found.append((literal_from, match.start(group)))
            literal_from = max(literal_from, match.end(group))
        if match.end() > literal_from:
            found.append((literal_from, match.end()))
    return found


def inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(a <= start and end <= b for a, b in spans)


class _Shipped:
    """The shipped texts by their first word (lower case; "" when they start with a placeholder): those
    without placeholders or gaps as plain text, the others as patterns, compiled when first needed."""

    def __init__(self, texts: set[str]) -> None:
        self.plain: dict[str, list[str]] = {}
        self._sources: dict[str, list[str]] = {}
        self._compiled: dict[str, list[re.Pattern[str]]] = {}
        for text in sorted(texts):
            literal = _PLACEHOLDER.split(text)
            first = _WORD.search(literal[0])
            key = first.group().casefold() if first is not None else ""
            if len(literal) == 1 and _GAP not in text:
                self.plain.setdefault(key, []).append(text)
            elif any(_WORD.search(part) for part in literal):
                self._sources.setdefault(key, []).append(_pattern(literal))

    def patterns(self, key: str) -> list[re.Pattern[str]]:
        if key not in self._compiled:
            self._compiled[key] = [re.compile(source) for source in self._sources.get(key, ())]
        return self._compiled[key]


@cache
def _shipped() -> _Shipped:
    return _Shipped(set(_shipped_texts()))


def _pattern(literal: list[str]) -> str:
    """Literal parts as written (any run of spaces for a space, a line for a gap), a placeholder as any text;
    the match ends where a word ends."""
    parts = []
    for n, part in enumerate(literal):
        if n:
            parts.append("(.+?)")
        pieces = [re.escape(piece) for piece in re.split(r"\s+", part)]
        parts.append(r"\s+".join(pieces).replace(re.escape(_GAP), f"(?:{re.escape(_GAP)}|_{{3,}})"))
    return "".join(parts) + r"(?!\w)"


def _shipped_texts() -> Iterator[str]:
    from oudergesprek import paths, safeyaml
    from oudergesprek.library.load import Source, builtin_dir, library_files

    files = [p for p in paths.shipped("").iterdir() if p.suffix == ".yaml" and p.name not in _SKIP]
    files += library_files(Source("ingebouwd", builtin_dir(), builtin=True))
    for path in sorted(files):
        try:
            data = safeyaml.load_file(path)
        except (OSError, safeyaml.YamlProblem):
            continue
        yield from _strings(data)


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        if _WORD.search(value):
            yield value.strip()
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)
