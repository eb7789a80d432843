"""Initials instead of names, for exports that may be seen by others (`--anoniem`): the one anonymiser.

The rule is: replace too much rather than too little. Hidden are
- the child's name and every name in the `ouders` answer, in any case, with or without accents, with a
  possessive or diminutive ending (Sannes, Anna's, Thijs', Sannetje), in any script;
- every word in another script than Latin (a name in Arabic, Chinese, Tigrinya... has no capitals);
- every capitalised word that is not a common Dutch word at the start of a sentence and not one of a
  few known terms (languages, IB'er, GGD, Veilig Thuis): names of other children typed in free text
  ("N. sloeg Daan") and initials.
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from typing import Any

# Words in a parents' description that are roles or links, not names.
ROLE_WORDS = {
    "moeder", "vader", "ouder", "ouders", "mama", "papa", "mams", "paps", "pleegmoeder", "pleegvader",
    "pleegouder", "pleegouders", "stiefmoeder", "stiefvader", "oma", "opa", "tante", "oom", "broer", "zus",
    "voogd", "gezinsvoogd", "beiden", "beide", "met", "zonder", "gezag", "en", "of", "de", "het", "een", "van",
    "der", "den", "ter", "ten", "te", "in", "op", "apart", "samen", "allebei", "alleen", "niet", "wel", "geen",
    "heeft", "hebben", "informeren", "gescheiden", "partner", "nieuwe", "vriend", "vriendin", "fam", "familie",
    "mevrouw", "meneer", "mw", "dhr", "ja", "nee", "tolk", "via", "woont", "wonen", "bij", "ook",
}  # fmt: skip

# A capitalised word at the start of a sentence that is one of these stays: it is no name.
SENTENCE_STARTERS = {
    "de", "het", "een", "ik", "je", "jij", "u", "hij", "zij", "ze", "wij", "we", "jullie", "men", "er", "hier",
    "daar", "dat", "dit", "die", "deze", "wat", "wie", "waar", "waarom", "wanneer", "hoe", "welke", "welk",
    "en", "maar", "of", "want", "dus", "toen", "als", "omdat", "doordat", "hoewel", "terwijl", "nadat",
    "voordat", "sinds", "zodra", "daarna", "daarom", "daardoor", "daarbij", "bovendien", "ook", "toch", "nog",
    "al", "alleen", "soms", "vaak", "meestal", "altijd", "nooit", "eerst", "later", "straks", "nu", "dan",
    "vandaag", "gisteren", "morgen", "vanochtend", "vanmorgen", "vanmiddag", "vanavond", "vorige", "volgende",
    "afgelopen", "elke", "iedere", "ieder", "elk", "alle", "veel", "weinig", "meer", "minder", "geen",
    "niet", "wel", "ja", "nee", "oké", "ok", "goed", "fijn", "jammer", "helaas", "gelukkig", "misschien",
    "waarschijnlijk", "zeker", "volgens", "tijdens", "na", "voor", "bij", "in", "op", "aan", "met", "zonder",
    "over", "om", "tot", "vanaf", "door", "uit", "naar", "onder", "boven", "tussen", "naast", "achter",
    "binnen", "buiten", "rond", "is", "was", "zijn", "waren", "wordt", "werd", "heeft", "had",
    "hebben", "kan", "kon", "kunnen", "wil", "wilde", "willen", "moet", "moest", "moeten", "mag", "mocht",
    "gaat", "ging", "gaan", "komt", "kwam", "zal", "zou", "zouden", "laat", "liet", "graag", "samen",
    "moeder", "vader", "ouders", "ouder", "mama", "papa", "oma", "opa", "juf", "meester", "mevrouw",
    "meneer", "kind", "kinderen", "klas", "groep", "school", "thuis", "leerkracht", "collega", "directeur",
    "tolk", "rekenen", "lezen", "taal", "spelling", "schrijven", "gedrag", "pauze", "buitenspelen", "gym",
    "huiswerk", "afspraak", "afspraken", "doel", "vraag", "vragen", "zorg", "zorgen", "gesprek", "feit",
    "feiten", "positief", "eerste", "tweede", "derde", "laatste", "sommige", "andere", "anderen", "iemand",
    "niemand", "iets", "niets", "alles", "zelf", "mijn", "jouw", "uw", "haar", "onze", "ons", "hun",
    "hem", "mij", "me", "zich", "hoezo", "sorry", "dank", "bedankt", "let", "kijk", "denk",
    "vind", "zie", "merk", "weet", "hoop", "probeer", "vertel", "zeg", "begin", "stop", "stel",
    "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag", "week", "maand",
}  # fmt: skip

# Capitalised words that are never a person's name: languages, institutions, abbreviations, titles.
KNOWN_TERMS = {
    "nederlands", "arabisch", "turks", "berbers", "tamazight", "tigrinya", "tigrinia", "amhaars", "pools",
    "oekraiens", "russisch", "engels", "frans", "duits", "spaans", "portugees", "chinees", "mandarijn",
    "kantonees", "somalisch", "farsi", "perzisch", "dari", "pasjtoe", "koerdisch", "roemeens", "bulgaars",
    "hindi", "urdu", "tamil", "papiaments", "sranantongo", "syrisch", "marokkaans", "eritrees", "oekraine",
    "syrie", "marokko", "turkije", "eritrea", "polen", "china", "nederland", "belgie", "vlaanderen",
    "veilig", "thuis", "ggd", "cjg", "jgz", "ib", "ib'er", "ib'ers", "ibser", "adhd", "add", "ass", "autisme",
    "opp", "avg", "vo", "po", "so", "mr", "bso", "kdv", "vve", "nt2", "havo", "vwo", "vmbo", "mbo", "hbo", "wo",
    "cito", "iep", "lvs", "ok", "oké", "juf", "meester", "mevrouw", "meneer", "mw", "dhr", "fam", "ramadan",
    "suikerfeest", "offerfeest", "kerst", "kerstmis", "pasen", "pinksteren", "sinterklaas", "koningsdag",
    "whatsapp", "parro", "teams", "zoom", "social", "schools", "klasbord", "jeugdzorg", "jeugdarts",
    "leerplicht", "leerplichtambtenaar", "wijkteam", "logopedie", "logopedist", "rt", "ict",
}  # fmt: skip

# Endings a name takes in Dutch text: possessive, diminutive, plural.
SUFFIXES = ("", "s", "'s", "’s", "'", "’", "je", "tje", "pje", "etje", "ke", "tjes", "jes")
_APOSTROPHES = "'’"


def fold(text: str) -> str:
    """Case-folded, without accents or other combining marks: 'Zoë' and 'ZOE' meet (used on both sides)."""
    text = unicodedata.normalize("NFD", text.casefold())
    return "".join(ch for ch in text if not unicodedata.combining(ch))


def _is_letter(ch: str) -> bool:
    return unicodedata.category(ch)[0] in ("L", "M")


def _is_latin(ch: str) -> bool:
    if not _is_letter(ch) or unicodedata.category(ch)[0] == "M":
        return True
    return unicodedata.name(ch, "").startswith("LATIN")


def tokens(text: str) -> list[tuple[int, int]]:
    """Spans of words: letters and marks of any script, with an apostrophe or hyphen inside (Anna's,
    Anne-Fleur) and a final apostrophe (Thijs')."""
    spans, i, n = [], 0, len(text)
    while i < n:
        if not _is_letter(text[i]):
            i += 1
            continue
        start = i
        while i < n:
            if _is_letter(text[i]):
                i += 1
            elif text[i] in _APOSTROPHES + "-" and i + 1 < n and _is_letter(text[i + 1]):
                i += 1
            elif text[i] in _APOSTROPHES and text[i - 1] in "sSxXzZ":
                i += 1
                break
            else:
                break
        spans.append((start, i))
    return spans


def initials(name: str) -> str:
    """'Sanne de Vries' -> 'S.d.V.', 'Sanne' -> 'S.'; an empty name stays empty."""
    parts = [p for p in re.split(r"[\s-]+", name.strip()) if p]
    return "".join(f"{p[0]}." for p in parts)


def names_in(text: str) -> list[str]:
    """The words of a name field that are not role words: the names to hide (any case, any script)."""
    return [text[a:b] for a, b in tokens(text) if fold(text[a:b]).strip(_APOSTROPHES) not in ROLE_WORDS]


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
            if not all(_is_latin(ch) for ch in name):
                self._foreign.append((key, mark))

    def text(self, text: str, strict: bool = True) -> str:
        """`strict`: also every capitalised word that is not clearly a common word (for what users typed);
        otherwise only the known names and words in other scripts (for the program's own labels)."""
        if not text:
            return text
        out, last = [], 0
        for start, end in tokens(text):
            out.append(text[last:start])
            out.append(self._word(text, start, end, strict))
            last = end
        out.append(text[last:])
        result = "".join(out)
        return re.sub(r"(?<=\w\.)\.(?!\.)", "", result)  # "S.." at the end of a sentence

    def _word(self, text: str, start: int, end: int, strict: bool) -> str:
        word = text[start:end]
        key = fold(word)
        if key in self._forms:
            return self._forms[key]
        for name, mark in self._foreign:
            if name in key:
                return mark
        if not all(_is_latin(ch) for ch in word):
            return f"{word[0]}."
        if not strict or not any(part[:1].isupper() for part in re.split("[-'’]", word)):
            return word
        plain = key.strip(_APOSTROPHES)
        if plain in KNOWN_TERMS or plain.split("'")[0] in KNOWN_TERMS:
            return word
        if _sentence_start(text, start) and plain in SENTENCE_STARTERS and not word[1:].isupper():
            return word
        return f"{word[0]}."

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
        """The same Document with names hidden in every text: title, meta, sections, blocks, footer."""

        def light(text: str) -> str:
            return self.text(text, strict=False)

        def block(b: Any) -> Any:
            if b.type == "pairs":  # label, value, label, value: only the values are the user's
                items = tuple(self.text(i) if n % 2 else light(i) for n, i in enumerate(b.items))
            elif b.type == "lines":
                items = tuple(light(i) for i in b.items)
            else:
                items = tuple(self.text(i) for i in b.items)
            return dataclasses.replace(b, text=self.text(b.text), items=items, label=light(b.label))

        sections = tuple(
            dataclasses.replace(s, title=light(s.title), note=light(s.note), blocks=tuple(block(b) for b in s.blocks))
            for s in doc.sections
        )
        return dataclasses.replace(
            doc,
            title=light(doc.title),
            subtitle=light(doc.subtitle),
            meta=tuple((light(k), self.text(v)) for k, v in doc.meta),
            sections=sections,
            footer=light(doc.footer),
            back=self.document(doc.back) if getattr(doc, "back", None) is not None else None,
        )


def _sentence_start(text: str, start: int) -> bool:
    """Whether the word at `start` begins a sentence, a line, a list item or a quote."""
    i = start - 1
    while i >= 0 and text[i] in " \t\"'“‘(*-–•>":
        i -= 1
    return i < 0 or text[i] in ".!?:;\n"


def answers(values: dict) -> dict:
    """The answers with the child's and parents' names (and other names) replaced by initials."""
    return Anonymizer.for_answers(values).answers(values)


def document(doc: Any, values: dict) -> Any:
    """A Document with the names from these answers (and other names) replaced by initials."""
    return Anonymizer.for_answers(values).document(doc)
