"""What the anonymiser knows about words: the word lists of `data/anoniem.yaml`, how text splits into words,
where a sentence starts, and the addresses and numbers that are hidden as a whole.

The lists say which words are *not* names; everything they do not cover is hidden when it looks like a name.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache

APOSTROPHES = "'’"

# Hidden as a whole before any word is looked at: they carry names (ayse.yilmaz@...) and identify a family.
EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+")  # starts only where a word starts: linear
LINK = re.compile(r"\b(?:https?://|www\.)[^\s<>\"]*[^\s<>\".,;:!?)’']")
# Dutch and Belgian numbers start with 0 (06-12345678, 010 - 234 56 78), international ones with + or 00.
PHONE = re.compile(r"(?<![\w+(])\(?(?:\+|0)\(?\d[\d \t().\-/]{5,}\d(?!\w)")
DATE = re.compile(r"\d{1,2}[-/.]\d{1,2}[-/.](?:\d{4}|\d{2})(?!\d)")  # 05-12-2026 before a time: no number
PHONE_DIGITS = (9, 15)
EMAIL_MARK, LINK_MARK, PHONE_MARK = "[e-mailadres]", "[link]", "[telefoonnummer]"


@dataclass(frozen=True)
class Words:
    """The lists of `data/anoniem.yaml`, case-folded and without accents."""

    roles: frozenset[str]  # in the `ouders` value: moeder, vader, beiden, gezag...
    titles: frozenset[str]  # a capitalised word after these is a name: meester, juf, opa...
    particles: frozenset[str]  # may stand between a title and a name: de, van, el...
    terms: frozenset[str]  # capitalised but no name: languages, institutions, abbreviations
    starters: frozenset[str]  # start a sentence and are no name
    also_names: frozenset[str]  # start a sentence, but are also a first name: Dan, Wil, Elke
    subjects: frozenset[str]  # pronouns that are always the subject: ik, jij, hij, zij, we, wij, men


@cache
def words() -> Words:
    from oudergesprek import paths, safeyaml

    data = safeyaml.plain(safeyaml.load_file(paths.shipped("anoniem.yaml")))

    def listed(value: object) -> frozenset[str]:
        if isinstance(value, dict):
            return frozenset().union(*(listed(v) for v in value.values()))
        return frozenset(fold(str(item)) for item in value or ())  # type: ignore[attr-defined]

    return Words(
        roles=listed(data["rolwoorden"]),
        titles=listed(data["aanspreekwoorden"]),
        particles=listed(data["tussenvoegsels"]),
        terms=listed(data["bekende_termen"]),
        starters=listed(data["zinsbegin"]) - listed(data["ook_voornaam"]),
        also_names=listed(data["ook_voornaam"]),
        subjects=listed(data["onderwerpen"]),
    )


def fold(text: str) -> str:
    """Case-folded, without accents or other combining marks: 'Zoë' and 'ZOE' meet (used on both sides)."""
    text = unicodedata.normalize("NFD", text.casefold())
    return "".join(ch for ch in text if not unicodedata.combining(ch))


def is_letter(ch: str) -> bool:
    return unicodedata.category(ch)[0] in ("L", "M")


def is_latin(ch: str) -> bool:
    if not is_letter(ch) or unicodedata.category(ch)[0] == "M":
        return True
    return unicodedata.name(ch, "").startswith("LATIN")


def tokens(text: str) -> list[tuple[int, int]]:
    """Spans of words: letters and marks of any script, with an apostrophe or hyphen inside (Anna's,
    Anne-Fleur) and a final apostrophe (Thijs')."""
    spans, i, n = [], 0, len(text)
    while i < n:
        if not is_letter(text[i]):
            i += 1
            continue
        start = i
        while i < n:
            if is_letter(text[i]):
                i += 1
            elif text[i] in APOSTROPHES + "-" and i + 1 < n and is_letter(text[i + 1]):
                i += 1
            elif text[i] in APOSTROPHES and text[i - 1] in "sSxXzZ":
                i += 1
                break
            else:
                break
        spans.append((start, i))
    return spans


def hyphen_parts(start: int, end: int, text: str) -> list[tuple[int, int]]:
    """The spans of the parts of a hyphenated word: 'sanne-lezen' -> 'sanne', 'lezen'."""
    parts, begin = [], start
    for i in range(start, end):
        if text[i] == "-":
            parts.append((begin, i))
            begin = i + 1
    parts.append((begin, end))
    return parts


def sentence_start(text: str, start: int) -> bool:
    """Whether the word at `start` begins a sentence, a line, a list item or a quotation ("Zie ‘Doorvragen’")."""
    i = start - 1
    if i >= 0 and text[i] in "‘“„«" or (i >= 0 and text[i] in "'\"" and (i == 0 or not is_letter(text[i - 1]))):
        return True
    while i >= 0 and text[i] in " \t\"'“‘(*-–•>":
        i -= 1
    return i < 0 or text[i] in ".!?:;\n"


def capitalised(word: str) -> bool:
    """Whether any part of the word starts with a capital (Daan, al-Hassan, O'Neill)."""
    return any(part[:1].isupper() for part in re.split("[-'’]", word))


def masked(text: str) -> str:
    """E-mail addresses, links and phone numbers replaced as a whole by a neutral word in brackets."""
    text = EMAIL.sub(EMAIL_MARK, text)
    text = LINK.sub(LINK_MARK, text)

    def phone(match: re.Match[str]) -> str:
        found = match.group()
        date = DATE.match(found)
        if date:
            return date.group() + PHONE.sub(phone, found[date.end() :])
        digits = sum(ch.isdigit() for ch in found)
        return PHONE_MARK if PHONE_DIGITS[0] <= digits <= PHONE_DIGITS[1] else found

    return PHONE.sub(phone, text)
