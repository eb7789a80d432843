"""What the anonymiser knows about words: the word lists of `data/anoniem.yaml`, how text splits into words,
where a sentence starts, and the addresses and numbers that are hidden as a whole.

The lists say which words are *not* names; everything they do not cover is hidden when it looks like a name.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

APOSTROPHES = "'’"

# Hidden as a whole before any word is looked at: they carry names (ayse.yilmaz@...) and identify a family.
# Matched on `plain` text: every digit, space, dash and full-width sign as its ASCII twin (see _PLAIN).
# An e-mail address also with a space around the @ or written out: "f.elamrani @ gmail.com", "x(at)y(dot)nl".
_AT, _DOT = r"(?:\s?@\s?|\s?[(\[](?i:at)[)\]]\s?)", r"(?:\.|\s?[(\[](?i:dot|punt)[)\]]\s?)"
EMAIL = re.compile(rf"(?<![\w.+-])[\w.+-]+{_AT}[\w-]+(?:{_DOT}[\w-]+)+")  # starts only where a word starts: linear
# Written out in words: "fatima at hotmail dot com", "f.elamrani at gmail punt com" (ends in a known domain ending).
_TLD = r"(?i:nl|be|com|org|net|eu|info|io|de|fr|uk|frl|email|online)"
_SAID_DOT = r"(?:\s(?i:dot|punt)\s|\.)"
WORDY_EMAIL = re.compile(
    rf"(?<![\w.+-])[\w.+-]+\s(?i:at|apenstaartje)\s[\w-]+(?:{_SAID_DOT}[\w-]+)*?{_SAID_DOT}{_TLD}(?![\w-])"
)
LINK = re.compile(
    r"\b(?:https?://|www\.)[^\s<>\"]*[^\s<>\".,;:!?)’']"
    # a bare domain: sannedevries.nl, school.be/ouders (not .de or .nu: "boos.De moeder" is a missed space)
    r"|(?<![\w.@/-])(?:[\w-]+\.)+(?i:nl|be|com|org|net|eu|info|io|app|online|site|shop|frl|email)(?![\w-])"
    r"(?:/[^\s<>\"]*[^\s<>\".,;:!?)’'])?"
)
HANDLE = re.compile(r"(?<![\w.@])@[\w.]*\w")  # @sanne_devries2015 on Instagram or TikTok
# Dutch and Belgian numbers start with 0 (06-12345678, 010 - 234 56 78), international ones with + or 00.
PHONE = re.compile(r"(?<![\w+(])\(?(?:\+|0)\(?\d[\d ().\-/]{5,}\d(?!\w)")
# After a word that says so, a number is a phone number without its 0 too: "tel. 6 1234 5678".
LABELLED_PHONE = re.compile(
    r"(?i:\b(?:tel|telnr|telefoon|telefoonnummer|mobiel|mob|gsm|bel|belt|bellen|whatsapp|nummer|nr)\b)\.?:?\s?"
    r"\d[\d ().\-/]{7,}\d(?!\w)"
)
# 05-12-2026 before a time is no number; 06.12.34.56.78 is no date (a date has at most 8 digits, never 10)
DATE = re.compile(r"\d{1,2}[-/.]\d{1,2}[-/.](?:\d{4}|\d{2})(?![-/.]?\d)")
TIMES = re.compile(r"(?:\s?-?\s?(?:[01]?\d|2[0-3])[.:][0-5]\d)+")  # " 08.30", " 08.30 - 09.00"
PHONE_DIGITS = 9  # at least; more is two numbers in a row ("06-12345678 / 06-87654321"): hidden too
# A date of birth identifies a child: a date after "geboren" (or "geb.", "geboortedatum", "jarig op"), and any
# full date so long ago that it is no date of this school year (BORN_BEFORE years). "dinsdag 12 maart" stays.
_MONTHS = (
    r"(?i:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december"
    r"|jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec)\.?"
)
_ISO = r"(?:19|20)\d{2}([-/.])[01]?\d\1[0-3]?\d(?![-/.]?\d)"  # 2018-03-12: year, month, day
_DAY_MONTH = rf"\d{{1,2}}(?:e|ste|de)?\s{_MONTHS}"
FULL_DATE = re.compile(
    rf"(?<![\d/.-])(?:{_ISO}|\d{{1,2}}[-/.]\d{{1,2}}[-/.](?:\d{{4}}|\d{{2}})(?![-/.]?\d)|(?<!\w){_DAY_MONTH}\s\d{{4}}(?!\d))"
)
BIRTH = re.compile(
    r"(?i:\b(?:geboren|geb|geboortedatum|geboortedag|geboortejaar|verjaardag|jarig)\b)[^\d\n]{0,20}?"
    rf"(?:{_ISO}|\d{{1,2}}[-/.]\d{{1,2}}(?:[-/.](?:\d{{4}}|\d{{2}}))?|{_DAY_MONTH}(?:\s\d{{4}})?|(?:19|20)\d{{2}})(?!\d)"
)
BORN_BEFORE = 3  # a child at school was born at least this many years ago; a younger sibling's date has a cue
# A citizen service number (BSN): 8 or 9 digits, also in groups (123 456 782, 1234.56.782, 123-45-6782). Also a
# bank account. After the word "bsn" any grouping of 8 or 9 digits.
BSN = re.compile(
    r"(?<![\w.,-])(?:\d{8,9}|\d{3}([ .-])\d{3}\1\d{3}|\d{4}([ .-])\d{2}\2\d{3}|\d{3}([ .-])\d{2}\3\d{4}"
    r"|\d{2}([ .-])\d{3}\4\d{3})(?!\w|[.,-]?\d)"
)
LABELLED_BSN = re.compile(
    r"(?i:\b(?:bsn|burgerservicenummer|sofinummer|sofi-nummer)\b)[^\d\n]{0,12}?\d(?:[ .-]?\d){7,8}(?!\w|[.,-]?\d)"
)
IBAN = re.compile(r"(?<!\w)(?i:[A-Z]{2})\d{2} ?[A-Za-z0-9]{4}(?: ?[A-Za-z0-9]{4}){1,6}(?: ?[A-Za-z0-9]{1,3})?(?!\w)")
# An address: a street with a house number (and a Dutch or Belgian postcode after it), and any Dutch postcode.
_STREETS = (
    r"(?i:straat|straatje|laan|weg|steenweg|plein|kade|kaai|gracht|singel|dreef|steeg|dijk|pad|hof|park|baan|markt"
    r"|plantsoen|boulevard|wal|haven|erf|oord|lei|vest|dries|gaarde|ring|allee|hage|akker|weide|zoom)"
)
# "op het fietspad 2 keer gevallen": a count, no house number
_COUNTED = r"(?!\s(?i:keer|x|uur|min|minuten|dagen|weken|maanden|jaar|jaren|km|kilometer|meter|m|kinderen)\b)"
POSTCODE = r"(?:[1-9]\d{3}\s?[A-Z]{2}|[1-9]\d{3}[a-z]{2})(?!\w)"
ADDRESS = re.compile(
    rf"(?<!\w)[^\W\d_]{{2,}}?{_STREETS}\s\d{{1,5}}{_COUNTED}"
    r"(?:-?[a-zA-Z](?!\w)|\s[A-Z](?!\w)|[-/]\d{1,4}|\s(?i:bus)\s\d{1,4})?"  # 12a, 12 A, 12-3, 12 bus 3
    r"(?:,?\s[1-9]\d{3}(?:\s?(?i:[a-z]{2}))?(?!\w))?"  # after a street, "3512 ab" is a postcode in any case
)
# Also "3512 ab" and "3512 Ab", unless the two letters are a word or a unit ("in 2019 is ze", "1200 km").
POSTCODES = re.compile(rf"(?<!\w)(?:{POSTCODE}|[1-9]\d{{3}}\s(?i:[a-z]{{2}})(?!\w))")
NO_POSTCODE = frozenset(
    "de en in op te ze we je om al na of er nu zo ik ja is uw ga ca km kg mg ml cm mm dm ha pk cc kb mb gb tb".split()
)
EMAIL_MARK, LINK_MARK, PHONE_MARK = "[e-mailadres]", "[link]", "[telefoonnummer]"
HANDLE_MARK, DATE_MARK, NUMBER_MARK = "[gebruikersnaam]", "[datum]", "[nummer]"
ACCOUNT_MARK, ADDRESS_MARK, POSTCODE_MARK = "[rekeningnummer]", "[adres]", "[postcode]"
MARKS = (
    EMAIL_MARK,
    LINK_MARK,
    PHONE_MARK,
    HANDLE_MARK,
    DATE_MARK,
    NUMBER_MARK,
    ACCOUNT_MARK,
    ADDRESS_MARK,
    POSTCODE_MARK,
)
# Invisible characters that may stand inside a word ('zo\u200bë' shows as 'zoë'): every default-ignorable code
# point of Unicode (zero-width space, soft hyphen, combining grapheme joiner, bidi marks and controls, Hangul
# fillers, tags). A joiner or a variation selector after a symbol (an emoji family, a red heart) is no part of
# a word and stays; after a letter they are dropped (see `visible`).
INVISIBLE = re.compile(
    "[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b\u200e\u200f\u202a-\u202e\u2060-\u206f"
    "\u3164\ufeff\uffa0\ufff0-\ufff8\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0000-\U000e00ff"
    "\U000e01f0-\U000e0fff]"
    "|(?<=\\w)[\u200c\u200d]|[\u200c\u200d](?=\\w)"
)
VARIATION = re.compile("[\ufe00-\ufe0f\U000e0100-\U000e01ef]+")
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

    roles: frozenset[str]  # in the `ouders` value: moeder, vader, beiden, gezag... and tel, adres, mail
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
    function_words: frozenset[str]  # ze, de, en, van, zes: a name part like these is a name only where used as one


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
        roles=listed(data["rolwoorden"]) | listed(data["bekende_termen"]["gegevens"]),
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
        function_words=listed(data["tussenvoegsels"])
        | listed(data["onderwerpen"])
        | listed(data["zinsbegin"]["lidwoorden_en_voornaamwoorden"])
        | listed(data["zinsbegin"]["voegwoorden_en_voorzetsels"])
        | listed(data["zinsbegin"]["telwoorden"]),
    )


def visible(text: str) -> str:
    """The text without invisible characters: what a reader sees ('zo\u200bë' and 'zoë\u034f' are 'zoë')."""
    text = INVISIBLE.sub("", text)
    if VARIATION.search(text) is None:
        return text

    def selector(match: re.Match[str]) -> str:  # only after a symbol, a digit or a sign (❤️, 1️⃣): the emoji form
        before = text[match.start() - 1] if match.start() else " "
        return match.group() if unicodedata.category(before)[0] in "SNP" else ""

    return VARIATION.sub(selector, text)


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
    """E-mail addresses, links, user names, phone numbers, dates of birth, BSN and bank numbers, addresses and
    postcodes replaced as a whole by a neutral word in brackets, also when written with other spaces, dashes or
    digits than ASCII ones (pasted from Word, Outlook or a phone)."""
    text = _replaced(text, EMAIL, lambda plain, found: EMAIL_MARK)
    text = _replaced(text, WORDY_EMAIL, lambda plain, found: EMAIL_MARK)
    text = _replaced(text, LINK, lambda plain, found: LINK_MARK)
    text = _replaced(text, HANDLE, lambda plain, found: HANDLE_MARK)
    text = _replaced(text, IBAN, lambda plain, found: ACCOUNT_MARK if _digits(plain) >= 8 else None)
    text = _replaced(text, PHONE, _phone)
    text = _replaced(text, LABELLED_PHONE, _labelled_phone)
    text = _replaced(text, BIRTH, _birth_date)
    text = _replaced(text, FULL_DATE, _old_date)
    text = _replaced(text, LABELLED_BSN, _labelled_number)
    text = _replaced(text, BSN, lambda plain, found: NUMBER_MARK)
    text = _replaced(text, ADDRESS, lambda plain, found: ADDRESS_MARK)
    return _replaced(text, POSTCODES, _postcode)


def _postcode(plain: str, found: str) -> str | None:
    letters = plain[-2:]
    if not letters.isupper() and letters.casefold() in NO_POSTCODE and " " in plain:
        return None
    return POSTCODE_MARK


def _labelled_number(plain: str, found: str) -> str:
    """'bsn: 123-456-782': the label stays, the number goes."""
    start = re.search(r"\d", plain)
    assert start is not None  # every match ends in digits
    return found[: start.start()] + NUMBER_MARK


def _digits(text: str) -> int:
    return sum(ch.isdigit() for ch in text)


def _phone(plain: str, found: str) -> str | None:
    """A phone number as a whole; a date stays a date ("05-12-2026 08.30"), but a number that only starts
    like one is a phone number ("06-12-34 56 78"). An opening bracket before the number stays."""
    if plain.startswith("(") and ")" not in plain:  # "Vader (06 12345678)": the bracket is the sentence's
        rest = _phone(plain[1:], found[1:])
        return None if rest is None else found[0] + rest
    date = DATE.match(plain)
    if date:
        after, written = plain[date.end() :], found[date.end() :]
        if TIMES.fullmatch(after) or _digits(after) < 3:
            return None
        if any(_digits(m.group()) >= PHONE_DIGITS for m in PHONE.finditer(after)):  # a date, then a number
            return found[: date.end()] + _replaced(written, PHONE, _phone)
    return PHONE_MARK if _digits(plain) >= PHONE_DIGITS else None


def _labelled_phone(plain: str, found: str) -> str | None:
    """'tel. 6 1234 5678': the label stays, the number goes."""
    number = re.search(r"\d[\d ().\-/]*$", plain)
    if number is None or _digits(number.group()) < PHONE_DIGITS:
        return None
    return found[: number.start()] + PHONE_MARK


def _birth_date(plain: str, found: str) -> str:
    """'geboren op 12-03-2018': the word stays, the date goes."""
    start = re.search(r"\d", plain)
    assert start is not None  # every match ends in a date
    return found[: start.start()] + DATE_MARK


def _old_date(plain: str, found: str) -> str | None:
    """A full date that is years ago is likely a date of birth: hidden. A date of this school year stays."""
    numbers = re.findall(r"\d+", plain)
    year = int(numbers[0] if len(numbers[0]) == 4 else numbers[-1])
    if year < 100:
        year += 2000 if 2000 + year <= dt.date.today().year + 10 else 1900
    return DATE_MARK if year <= dt.date.today().year - BORN_BEFORE else None


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
