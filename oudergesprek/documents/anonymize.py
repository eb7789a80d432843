"""Initials instead of names, for exports that may be seen by others (`--anoniem`): the one anonymiser.

The rule is: replace too much rather than too little. Hidden are
- the child's name and every name in the `ouders` answer, in any case, with or without accents, with a
  possessive or diminutive ending (Sannes, Anna's, Thijs', Sannetje, elif'in), inside a compound
  (sanne-map, Sanne-achtig), in any script;
- every word in another script than Latin (a name in Arabic, Chinese, Tigrinya... has no capitals);
- e-mail addresses, links and phone numbers, as a whole;
- every capitalised word that is not clearly an ordinary word: names of other children typed in free text
  ("N. sloeg Daan") and initials. Ordinary are a known term (a language, IB'er, GGD, Veilig Thuis) unless
  it stands after a title or family word ("meester Frans", "opa Engels") or beside a name ("Frans
  Bauer"), and a common Dutch word at the start of a sentence ("Kunt u", "Blijf bij") that is no first
  name. The word lists are data: `data/anoniem.yaml`.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from typing import Any

from oudergesprek.documents.namewords import (
    APOSTROPHES,
    capitalised,
    fold,
    hyphen_parts,
    is_latin,
    masked,
    sentence_start,
    tokens,
    words,
)

__all__ = ["Anonymizer", "answers", "document", "file_stem", "fold", "initials", "names_in", "tokens"]

# Right after a name never stands "u" or "jullie": the word before them is a verb ("Herkent u", "Snappen jullie").
_INVERSION = {"u", "jullie"}
# Nor any pronoun, subject or object: "Wil je dat?", "Ben je er?" (the subject-only ones are in the data).
_PRONOUNS = _INVERSION | {"je", "ze"}
# Endings a name takes in Dutch text: possessive, diminutive, plural.
SUFFIXES = ("", "s", "'s", "’s", "'", "’", "je", "tje", "pje", "etje", "ke", "tjes", "jes")


def initials(name: str) -> str:
    """'Sanne de Vries' -> 'S.d.V.', 'Sanne' -> 'S.'; an empty name stays empty."""
    parts = [p for p in re.split(r"[\s-]+", name.strip()) if p]
    return "".join(f"{p[0]}." for p in parts)


def names_in(text: str) -> list[str]:
    """The words of a name field that are not role words: the names to hide (any case, any script). A
    hyphenated name also counts part by part ('Anne-Fleur': anne, fleur)."""
    roles = words().roles
    found = [text[a:b] for a, b in tokens(text) if fold(text[a:b]).strip(APOSTROPHES) not in roles]
    parts = [part for name in found if "-" in name for part in name.split("-") if fold(part) not in roles]
    return found + parts


@dataclasses.dataclass
class Anonymizer:
    """Hides the given names, and everything that looks like a name, in any text."""

    names: list[str]

    @classmethod
    def for_answers(cls, answers: dict) -> Anonymizer:
        from oudergesprek.interview.flows import answer_text

        found = names_in(answer_text(answers.get("kind"))) + names_in(answer_text(answers.get("ouders")))
        return cls(sorted(set(found), key=len, reverse=True))

    def __post_init__(self) -> None:
        self._forms: dict[str, str] = {}
        self._foreign: list[tuple[str, str]] = []  # names in scripts without spaces: found inside words
        for name in self.names:
            mark = f"{name[0].upper()}."
            key = fold(name)
            for suffix in SUFFIXES:
                self._forms.setdefault(key + suffix, mark)
            if not all(is_latin(ch) for ch in name):
                self._foreign.append((key, mark))

    def text(self, text: str, strict: bool = True) -> str:
        """`strict`: also every capitalised word that is not clearly a common word (for what users typed);
        otherwise only the known names, addresses, numbers and words in other scripts (for the program's
        own labels)."""
        if not text:
            return text
        text = masked(text)
        spans = tokens(text)
        out, last = [], 0
        for n, (start, end) in enumerate(spans):
            out.append(text[last:start])
            out.append(self._word(text, spans, n, strict))
            last = end
        out.append(text[last:])
        result = "".join(out)
        return re.sub(r"(?<=\w\.)\.(?!\.)", "", result)  # "S.." at the end of a sentence

    def given(self, word: str) -> str | None:
        """The initial for a name from the answers in any form (Sannes, elif'in, 王伟的), else None."""
        key = fold(word)
        for form in (key, key.split("'")[0], key.split("’")[0]):
            if form in self._forms:
                return self._forms[form]
        for name, mark in self._foreign:
            if name in key:
                return mark
        return None

    def _known(self, word: str) -> str | None:
        """The initial for a given name, or for any word in another script than Latin."""
        mark = self.given(word)
        if mark is None and not all(is_latin(ch) for ch in word):
            return f"{word[0]}."
        return mark

    def _word(self, text: str, spans: list[tuple[int, int]], n: int, strict: bool) -> str:
        start, end = spans[n]
        word = text[start:end]
        known = self._known(word)
        if known is not None:
            return known
        if "-" in word and not self._ordinary(text, spans, n):  # sanne-map, Sanne-achtig, Kim-Ly
            return "-".join(self._part(text, a, b, strict) for a, b in hyphen_parts(start, end, text))
        if strict and capitalised(word) and not self._ordinary(text, spans, n):
            return f"{word[0]}."
        return word

    def _part(self, text: str, start: int, end: int, strict: bool) -> str:
        part = text[start:end]
        known = self._known(part)
        if known is not None:
            return known
        if strict and capitalised(part) and not self._ordinary(text, [(start, end)], 0):
            return f"{part[0]}."
        return part

    def _ordinary(self, text: str, spans: list[tuple[int, int]], n: int) -> bool:
        """Whether a capitalised word is clearly no name: a known term where nothing marks it as a name, or
        a common word at the start of a sentence."""
        start, end = spans[n]
        word = text[start:end]
        plain = fold(word).strip(APOSTROPHES)
        lists = words()
        if plain in lists.titles:  # juf, opa, Mevrouw: the word after them is the name ("meneer Neef")
            return not self._after_title(text, spans, n)
        if plain in lists.terms or plain.split("'")[0] in lists.terms:
            return not self._named_here(text, spans, n)
        if not sentence_start(text, start) or word[1:].isupper():
            return False
        if plain in lists.starters:
            return True
        after = [
            fold(_at(text, spans[m]))
            for m in range(n + 1, min(n + 3, len(spans)))
            if _adjacent(text, spans[m - 1], spans[m])
        ]
        if plain in lists.also_names:  # "Dan spreken we af", but "Dan pakte haar gum af"
            return bool(after) and after[0] in lists.subjects | _PRONOUNS or any(w in lists.subjects for w in after)
        return bool(after) and after[0] in _INVERSION  # "Herkent u dat?": a verb, no name, stands before u

    def _named_here(self, text: str, spans: list[tuple[int, int]], n: int) -> bool:
        """A known term is a name after a title or family word ("meester Frans", "opa (Engels)", also with
        particles between) and right beside a name ("Frans Bauer", "Sanne Engels")."""
        if self._after_title(text, spans, n):
            return True
        neighbours = [
            m for m in (n - 1, n + 1) if 0 <= m < len(spans) and _adjacent(text, *sorted((spans[m], spans[n])))
        ]
        return any(self._a_name(text, spans, m) for m in neighbours)

    def _after_title(self, text: str, spans: list[tuple[int, int]], n: int) -> bool:
        lists = words()
        i = n - 1
        while i >= 0 and _adjacent(text, spans[i], spans[i + 1]) and fold(_at(text, spans[i])) in lists.particles:
            i -= 1
        return i >= 0 and _adjacent(text, spans[i], spans[i + 1]) and fold(_at(text, spans[i])) in lists.titles

    def _a_name(self, text: str, spans: list[tuple[int, int]], m: int) -> bool:
        """A given name, or a capitalised word that is neither a known term nor a common sentence start."""
        word = _at(text, spans[m])
        if self._known(word) is not None:
            return True
        plain = fold(word).strip(APOSTROPHES)
        lists = words()
        if not capitalised(word) or plain in lists.terms or plain in lists.titles:
            return False
        return not (sentence_start(text, spans[m][0]) and plain in lists.starters)

    def answers(self, answers: dict) -> dict:
        """The same answers with names hidden in every field (the bookkeeping under `concept` stays)."""
        return {key: (value if key == "concept" else self.value(value)) for key, value in answers.items()}

    def value(self, value: Any) -> Any:
        if isinstance(value, str):
            return self.text(value)
        if isinstance(value, list):
            return [self.value(v) for v in value]
        if isinstance(value, dict):
            return {k: self.value(v) for k, v in value.items()}
        return value

    def document(self, doc: Any) -> Any:
        """The same Document with names hidden in every text: title, meta, sections, blocks, footer (strictly in
        what the user gave, only known names, addresses and numbers in the program's own labels)."""
        return doc.map_text(self.text, lambda text: self.text(text, strict=False))


def _at(text: str, span: tuple[int, int]) -> str:
    return text[span[0] : span[1]]


def _adjacent(text: str, first: tuple[int, int], second: tuple[int, int]) -> bool:
    """Only spaces (or an opening bracket) between two words: 'opa Engels', 'opa (Engels)'."""
    return text[first[1] : second[0]].strip(" \t(") == ""


def file_stem(name: str, values: dict) -> str:
    """The name of an anonymous export saved beside the draft `name`, without the child's name: the name
    replaced by its initials ('2026-12-02-sanne-de-vries-deurgesprek' -> '2026-12-02-s-d-v-deurgesprek-
    anoniem'); if a name from the answers is still in it, only the date, the initials and the kind of talk."""
    from oudergesprek.interview.flows import answer_text
    from oudergesprek.names import slug

    child = slug(answer_text(values.get("kind")), fallback="")
    hidden = slug(initials(answer_text(values.get("kind"))), fallback="kind")
    stem = name.replace(f"-{child}-", f"-{hidden}-", 1) if child else name
    words = stem.replace("-", " ")
    hider = Anonymizer.for_answers(values)
    if any(hider.given(words[a:b]) for a, b in tokens(words)):
        stem = f"{dt.date.today().isoformat()}-{hidden}-{slug(answer_text(values.get('situatie')))}"
    return f"{stem}-anoniem"


def answers(values: dict) -> dict:
    """The answers with the child's and parents' names (and other names) replaced by initials."""
    return Anonymizer.for_answers(values).answers(values)


def document(doc: Any, values: dict) -> Any:
    """A Document with the names from these answers (and other names) replaced by initials."""
    return Anonymizer.for_answers(values).document(doc)
