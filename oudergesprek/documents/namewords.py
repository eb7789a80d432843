"""What the anonymiser knows about words: the word lists of `data/anoniem.yaml`, how text splits into words,
where a sentence starts, and the addresses and numbers that are hidden as a whole.

The lists say which words are *not* names; everything they do not cover is hidden when it looks like a name.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

APOSTROPHES = "'’"

# Hidden as a whole before any word is looked at: they carry names (ayse.yilmaz@...) and identify a family.
# Matched on `plain` text: every digit, space, dash and full-width sign as its ASCII twin (see _PLAIN).
EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+")  # starts only where a word starts: linear
LINK = re.compile(r"\b(?:https?://|www\.)[^\s<>\"]*[^\s<>\".,;:!?)’']")
# Dutch and Belgian numbers start with 0 (06-12345678, 010 - 234 56 78), international ones with + or 00.
PHONE = re.compile(r"(?<![\w+(])\(?(?:\+|0)\(?\d[\d ().\-/]{5,}\d(?!\w)")
# 05-12-2026 before a time is no number; 06.12.34.56.78 is no date (a date has at most 8 digits, never 10)
DATE = re.compile(r"\d{1,2}[-/.]\d{1,2}[-/.](?:\d{4}|\d{2})(?![-/.]?\d)")
PHONE_DIGITS = 9  # at least; more is two numbers in a row ("06-12345678 / 06-87654321"): hidden too
EMAIL_MARK, LINK_MARK, PHONE_MARK = "[e-mailadres]", "[link]", "[telefoonnummer]"
# Invisible characters that may stand inside a word ('zo\u200bë' shows as 'zoë'): zero-width space, (non-)joiner,
# word joiner, soft hyphen, byte order mark and the bidirectional marks and controls. A joiner between two
# symbols (an emoji family) is no part of a word and stays.
INVISIBLE = re.compile(
    "[\u00ad\u061c\u180e\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]"
    "|(?<=\\w)[\u200c\u200d]|[\u200c\u200d](?=\\w)"
)
_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63"


class _Plain(dict):
    """A str.translate table, filled as characters come: every decimal digit as its ASCII digit (０, ٦), every
    space but a newline as ' ' (no-break, narrow, thin), every dash as '-', every full-width sign as its ASCII
    sign (＋, ＠, （). One character for one: a match in the plain text is a match in the text itself."""

    def __missing__(self, code: int) -> int:
        ch = chr(code)
        if code < 0x80 and ch != "\t":
            found = code
        elif ch.isspace() and ch not in "\n\r":
            found = ord(" ")
        elif ch in _DASHES:
            found = ord("-")
        elif 0xFF01 <= code <= 0xFF5E:
            found = code - 0xFEE0
        else:
            digit = unicodedata.decimal(ch, None)
            found = ord(str(digit)) if digit is not None else code
        self[code] = found
        return found


_PLAIN = _Plain()


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
    languages: frozenset[str]  # terms that are also names (Frans, Engels, Tamil): the language only in context
    language_nouns: frozenset[str]  # right before a language, say it is one: in, les, tolk ("de tolk Arabisch")
    language_verbs: frozenset[str]  # the same when no verb follows: krijgt, spreekt ("spreekt Arabisch")
    language_fillers: frozenset[str]  # may stand between a cue and the language: thuis, alleen, goed
    school_subjects: frozenset[str]  # "Frans en rekenen": beside a school subject it is the language
    after_language: frozenset[str]  # may follow a language ("Frans op dinsdag"); any other word is a verb


# The lists under `zinsbegin` of words that may follow a language ("Frans op dinsdag", "Engels ook").
FUNCTION_WORDS = ("voegwoorden_en_voorzetsels", "bijwoorden", "telwoorden")


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
        languages=listed(data["bekende_termen"]["talen"]),
        language_nouns=listed(data["taal_ervoor"]["woorden"]),
        language_verbs=listed(data["taal_ervoor"]["werkwoorden"]),
        language_fillers=listed(data["taal_tussenwoorden"]),
        school_subjects=listed(data["vakken"]),
        after_language=listed(data["taal_erna"]).union(*(listed(data["zinsbegin"][k]) for k in FUNCTION_WORDS)),
    )


def visible(text: str) -> str:
    """The text without invisible characters: what a reader sees ('zo\u200bë' is 'zoë')."""
    return INVISIBLE.sub("", text)


def fold(text: str) -> str:
    """Case-folded, without accents, other combining marks or invisible characters: 'Zoë', 'ZOE' and 'zo\u200bë'
    meet (used on both sides)."""
    text = unicodedata.normalize("NFD", visible(text).casefold())
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
    """E-mail addresses, links and phone numbers replaced as a whole by a neutral word in brackets, also when
    written with other spaces, dashes or digits than ASCII ones (pasted from Word, Outlook or a phone)."""
    text = _replaced(text, EMAIL, lambda plain, found: EMAIL_MARK)
    text = _replaced(text, LINK, lambda plain, found: LINK_MARK)

    def phone(plain: str, found: str) -> str | None:
        date = DATE.match(plain)
        if date:
            return found[: date.end()] + _replaced(found[date.end() :], PHONE, phone)
        return PHONE_MARK if sum(ch.isdigit() for ch in plain) >= PHONE_DIGITS else None

    return _replaced(text, PHONE, phone)


def _replaced(text: str, pattern: re.Pattern[str], mark: Callable[[str, str], str | None]) -> str:
    """Each match of `pattern` in the plain text replaced by `mark(plain match, the same characters as
    written)`; None keeps them as written."""
    plain = text.translate(_PLAIN)
    out, last = [], 0
    for match in pattern.finditer(plain):
        replacement = mark(match.group(), text[match.start() : match.end()])
        if replacement is not None:
            out += [text[last : match.start()], replacement]
            last = match.end()
    out.append(text[last:])
    return "".join(out)
