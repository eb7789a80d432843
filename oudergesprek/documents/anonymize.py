"""Initials instead of names, for exports that may be seen by others (`--anoniem`): the one anonymiser.

The rule is: replace too much rather than too little. Hidden are
- the child's name and every name in the `ouders` answer, in any case, with or without accents, with a
  possessive or diminutive ending (Sannes, Anna's, Thijs', Sannetje, elif'in), inside a compound
  (sanne-map, Sanne-achtig), in any script;
- every word in another script than Latin (a name in Arabic, Chinese, Tigrinya... has no capitals);
- e-mail addresses (also "f.elamrani @ gmail.com", "fatima at hotmail dot com"), links (also a bare
  "sannedevries.nl"), user names (@sanne_2015, and without @ when they hold a name: "sannedevries_2015"),
  phone numbers (also "06-12-34 56 78", which starts like a date), dates of birth ("geboren 12-03-2018",
  "2018-03-12" and any full date years ago), BSN (8 or 9 digits, any grouping) and bank numbers, addresses with
  a house number and postcodes, in any case, as a whole, with any space, dash or digit (namewords.masked); the
  word that labels them ("tel.", "Adres:") stays;
- a name part that is also a common word ("ze" of Li Ze) only where it is used as a name: capitalised, or
  beside another part of the name ("li ze"); "en ze weten" stays;
- every capitalised word that is not clearly an ordinary word: names of other children typed in free text
  ("N. sloeg Daan") and initials. Ordinary are a known term (IB'er, GGD, Veilig Thuis) unless it stands
  after a title or family word ("meester Frans", "opa Engels") or beside a name ("Frans Bauer"); a
  language that is also a name only where the sentence is clearly about the language ("les Frans",
  "in het Engels", "Frans en rekenen"); and a common Dutch word at the start of a sentence ("Kunt u",
  "Blijf bij") that is no first name. The word lists are data: `data/anoniem.yaml`.
The program's own words are no names: the labels and headings of a document only lose the known names, and in
a text the program ships ("Zakdoekjes en water", "Toetsgegevens en werk van {kind}") a word at the start of a
sentence stays (documents/owntext.py); what filled it in is read as strictly as anything the teacher typed.
Invisible characters (every default-ignorable code point: zero-width space, soft hyphen, combining grapheme
joiner, variation selectors after a letter, bidi marks) are dropped first: they never hide a name.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from typing import Any

from oudergesprek.documents import owntext
from oudergesprek.documents.namewords import (
    APOSTROPHES,
    HANDLE_MARK,
    MARKS,
    capitalised,
    fold,
    hyphen_parts,
    is_latin,
    masked,
    sentence_start,
    tokens,
    visible,
    words,
)

__all__ = ["Anonymizer", "answers", "document", "file_stem", "fold", "initials", "names_in", "tokens"]

# Right after a name never stands "u" or "jullie": the word before them is a verb ("Herkent u", "Snappen jullie").
_INVERSION = {"u", "jullie"}
# Nor any pronoun, subject or object: "Wil je dat?", "Ben je er?" (the subject-only ones are in the data).
_PRONOUNS = _INVERSION | {"je", "ze"}
# Right after a language word these make it the subject of a clause, so a name: "Ook krijgt Frans een sticker".
_CLAUSE_NEXT = _PRONOUNS | {"een", "de", "het", "zijn", "haar", "hun", "mijn", "die", "hem", "ons"}
# Link two words of a list: "Frans en rekenen", "Engels, Frans of Duits", "Engels/Frans".
_AND_OR = {"en", "of"}
# Endings a name takes in Dutch text: possessive, diminutive, plural.
SUFFIXES = ("", "s", "'s", "’s", "'", "’", "je", "tje", "pje", "etje", "ke", "tjes", "jes")
# The possessive ones: "Sannes leesschrift" becomes "S.'s leesschrift", as "J.K.'s boek" (Taalunie).
POSSESSIVE = {"s": "'s", "'s": "'s", "’s": "’s", "'": "'s", "’": "’s"}


def initials(name: str) -> str:
    """'Sanne de Vries' -> 'S.d.V.', 'Sanne' -> 'S.'; an empty name stays empty."""
    parts = [p for p in re.split(r"[\s-]+", name.strip()) if p]
    return "".join(f"{p[0]}." for p in parts)


def names_in(text: str) -> list[str]:
    """The words of a name field that are not role words: the names to hide (any case, any script). A
    hyphenated name also counts part by part ('Anne-Fleur': anne, fleur). A phone number, e-mail address or
    other data in it is no name ("moeder (Fatima, tel. 06-12345678, f.elamrani@gmail.com)")."""
    roles = words().roles
    text = masked(visible(text))
    for mark in MARKS:
        text = text.replace(mark, " ")
    found = [text[a:b] for a, b in tokens(text) if fold(text[a:b]).strip(APOSTROPHES) not in roles]
    parts = [part for name in found if "-" in name for part in name.split("-") if fold(part) not in roles]
    return found + parts


@dataclasses.dataclass
class Anonymizer:
    """Hides the given names, and everything that looks like a name, in any text."""

    names: list[str]
    joined: list[str] = dataclasses.field(default_factory=list)  # "sannedevries", "devries": see joined_in

    @classmethod
    def for_answers(cls, answers: dict) -> Anonymizer:
        from oudergesprek.interview.flows import answer_text

        kind, parents = answer_text(answers.get("kind")), answer_text(answers.get("ouders"))
        found = names_in(kind) + names_in(parents)
        names = sorted(set(found), key=len, reverse=True)
        return cls(names, sorted(set(joined_in(kind, names) + joined_in(parents, names)), key=len, reverse=True))

    def __post_init__(self) -> None:
        self._forms: dict[str, str] = {}
        self._foreign: list[tuple[str, str]] = []  # names in scripts without spaces: found inside words
        self._common: set[str] = set()  # the forms of a name that is also a common word: "ze", "zes" for Li Ze
        function_words = words().function_words
        for name in self.names:
            mark = f"{name[0].upper()}."
            key = fold(name)
            for suffix in SUFFIXES:
                self._forms.setdefault(key + suffix, mark + POSSESSIVE.get(suffix, ""))
                if key in function_words or key + suffix in function_words:
                    self._common.add(key + suffix)
            if not all(is_latin(ch) for ch in name):
                self._foreign.append((key, mark))

    def text(self, text: str, strict: bool = True) -> str:
        """`strict`: also every capitalised word that is not clearly a common word (for what users typed);
        otherwise only the known names, addresses, numbers and words in other scripts (for the program's
        own labels). Where a text the program ships stands ("Zakdoekjes en water", "Toetsgegevens en werk
        van {kind}"), a word at the start of its sentences is no name (what filled it in stays strict)."""
        if not text:
            return text
        text = self._handles(masked(visible(text)))  # 'zo\u200bë' is 'zoë': an invisible character never hides a name
        spans = tokens(text)
        shipped = owntext.literal_spans(text) if strict and spans else []
        out, last = [], 0
        for n, (start, end) in enumerate(spans):
            out.append(text[last:start])
            own = bool(shipped) and owntext.inside(shipped, start, end) and sentence_start(text, start)
            out.append(self._word(text, spans, n, strict and not own))
            last = end
        out.append(text[last:])
        result = "".join(out)
        return re.sub(r"(?<=\w\.)\.(?!\.)", "", result)  # "S.." at the end of a sentence

    def _handles(self, text: str) -> str:
        """A user name without @ goes as a whole: a word with an underscore or digits in it ("sannedevries_2015",
        "sanne_devries2015") that holds a name of the answers, and such a word, or one that holds a name, right
        after "insta", "tiktok"... ("tiktok sannedevries"). A name written as one word ("sannedevries") goes too."""

        def hidden(match: re.Match[str]) -> str:
            chunk = match.group()
            shaped = "_" in chunk or (any(ch.isdigit() for ch in chunk) and any(ch.isalpha() for ch in chunk))
            labelled = SOCIAL.search(text, max(0, match.start() - SOCIAL_REACH), match.start()) is not None
            parts = [part for part in re.split(r"[\W\d_]+", fold(chunk)) if part]
            if (shaped or labelled) and (any(self._holds_name(part) for part in parts) or (shaped and labelled)):
                return HANDLE_MARK
            if any(part.removesuffix(suffix) in self.joined for part in parts for suffix in SUFFIXES):
                return HANDLE_MARK if shaped else f"{chunk[0].upper()}."
            return chunk

        return HANDLE_WORD.sub(hidden, text)

    def _holds_name(self, part: str) -> bool:
        """Whether a piece of a user name is a name of the answers, or holds one of three letters or more."""
        if part in self._forms or any(name in part for name in self.joined):
            return True
        return any(len(name) >= 3 and name not in self._common and name in part for name in self._forms)

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
            return word if self._common_word_here(text, spans, n) else known
        if "-" in word and not self._ordinary(text, spans, n):  # sanne-map, Sanne-achtig, Kim-Ly
            return "-".join(self._part(text, a, b, strict) for a, b in hyphen_parts(start, end, text))
        if strict and capitalised(word) and not self._ordinary(text, spans, n):
            return f"{word[0]}."
        return word

    def _part(self, text: str, start: int, end: int, strict: bool) -> str:
        part = text[start:end]
        known = self._known(part)
        if known is not None:
            return part if not capitalised(part) and fold(part) in self._common else known
        if strict and capitalised(part) and not self._ordinary(text, [(start, end)], 0):
            return f"{part[0]}."
        return part

    def _common_word_here(self, text: str, spans: list[tuple[int, int]], n: int) -> bool:
        """Whether a name part that is also a common word ("ze" of Li Ze, "en", "de") stands here as that word:
        in lower case, and not right beside another part of a name ("li ze", "Ze Li" are the name)."""
        word = _at(text, spans[n])
        if capitalised(word) or fold(word) not in self._common:
            return False
        for step in (-1, 1):
            near = self._neighbour(text, spans, n, step)
            if near is not None and near not in self._common and self.given(near) is not None:
                return False
        return True

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
            if self._named_here(text, spans, n):
                return False
            if plain.split("'")[0] not in lists.languages:
                return True
            return plain in lists.languages and self._language_here(text, spans, n)  # "Frans's fiets": a name
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

    def _language_here(self, text: str, spans: list[tuple[int, int]], n: int) -> bool:
        """Whether a language word that is also a name (Frans, Engels, Tamil) is the language here: after "het"
        ("in het Engels"), in a list with a school subject ("Frans en rekenen"), or after a cue ("les Frans",
        "de tolk Arabisch belt", and "spreekt thuis alleen Arabisch" when no verb follows). Anywhere else, at the start
        of a sentence ("Frans sloeg Zoë"), before a bracket ("Frans (broer)"), as the subject ("Ook krijgt
        Frans een sticker", "Daarna kreeg Tamil ruzie") or after a preposition ("speelt met Frans"), it is a
        name: too much rather than too little."""
        lists = words()
        if text[spans[n][1] :].lstrip(" \t").startswith("("):
            return False
        if self._neighbour(text, spans, n, -1) == "het":  # "in het Engels", "Het Nederlands van moeder"
            return True
        partners = [fold(_at(text, spans[m])) for m in _listed_with(text, spans, n)]
        if any(word in lists.school_subjects for word in partners):
            return True
        after = self._neighbour(text, spans, n, 1)
        if after in _CLAUSE_NEXT:
            return False  # the subject of a clause: a pronoun or an article follows
        if n > 0 and text[spans[n - 1][1] : spans[n][0]].strip() == ":":  # "Tolk: Arabisch", "Moedertaal: Dari"
            return fold(_at(text, spans[n - 1])) in lists.language_nouns
        i = n
        for _ in range(4):  # a cue, with at most three fillers between ("spreekt thuis alleen Arabisch")
            word = self._neighbour(text, spans, i, -1)
            if word in lists.language_nouns:  # "de tolk Arabisch belt": a verb may follow
                return True
            if word in lists.language_verbs:  # "Daarna kreeg Tamil ruzie": a verb follows, so it is the subject
                return after is None or after in lists.after_language
            if word not in lists.language_fillers:
                break
            i -= 1
        return any(  # "krijgt Engels, Frans en Duits": in a list after a language that is the language
            m < n and fold(_at(text, spans[m])) in lists.languages and self._language_here(text, spans, m)
            for m in _listed_with(text, spans, n)
        )

    def _neighbour(self, text: str, spans: list[tuple[int, int]], n: int, step: int) -> str | None:
        """The word right before (step -1) or after (step 1) word n, folded, with only spaces between; else None."""
        m = n + step
        if not 0 <= m < len(spans) or not _adjacent(text, *sorted((spans[m], spans[n]))):
            return None
        return fold(_at(text, spans[m]))

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


# A word that may be a user name: letters, digits, underscores and dots inside ("sanne_devries.2015").
HANDLE_WORD = re.compile(r"(?<![\w.@\[-])\w(?:[\w.]*\w)?(?![\w\]])")
# Right before a user name: "insta: ", "op tiktok ", "Snapchat -" (SOCIAL.search(text, 0, start) ends there).
SOCIAL_REACH = 12  # "instagram" and " : ": a label never reaches further back than this
SOCIAL = re.compile(
    r"(?i:\b(?:insta|instagram|tiktok|snapchat|snap|facebook|fb|twitter|youtube|discord|roblox)\b)\s?[:=-]?\s?\Z"
)


def joined_in(text: str, names: list[str]) -> list[str]:
    """A name of several words written as one, folded: 'Sanne de Vries' -> 'sannedevries', 'sannede', 'devries';
    'Fatima El Amrani' -> 'fatimaelamrani', 'elamrani'; 'Anne-Fleur' -> 'annefleur' (as a user name has it)."""
    known = {fold(name) for name in names}
    particles = words().particles
    text = masked(visible(text))
    runs: list[list[str]] = []
    last_end = -1
    for start, end in tokens(text):
        word = fold(text[start:end])
        if word not in known and word not in particles:
            last_end = -1
            continue
        if last_end >= 0 and text[last_end:start].strip() == "":
            runs[-1].append(word)
        else:
            runs.append([word])
        last_end = end
    found = [word.replace("-", "") for run in runs for word in run if "-" in word]
    for run in runs:
        for first in range(len(run)):
            for last in range(first + 2, len(run) + 1):
                if any(word in known for word in run[first:last]):
                    found.append("".join(run[first:last]).replace("-", ""))
    return [form for form in found if len(form) >= 4]


def _at(text: str, span: tuple[int, int]) -> str:
    return text[span[0] : span[1]]


def _listed_with(text: str, spans: list[tuple[int, int]], n: int) -> list[int]:
    """The words in a list with word n: 'Frans en rekenen', 'spelling of Engels', 'Engels, Frans', 'Engels/Frans'."""
    found = []
    for step in (-1, 1):
        near, far = n + step, n + 2 * step
        if not 0 <= near < len(spans):
            continue
        first, second = sorted((spans[n], spans[near]))
        if text[first[1] : second[0]].strip() in (",", "/"):
            found.append(near)
        elif 0 <= far < len(spans) and fold(_at(text, spans[near])) in _AND_OR:
            pairs = [sorted((spans[n], spans[near])), sorted((spans[near], spans[far]))]
            if all(_adjacent(text, a, b) for a, b in pairs):
                found.append(far)
    return found


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
