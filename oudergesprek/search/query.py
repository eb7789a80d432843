"""Understanding a look-up as a teacher types it: words, quoted remarks, separable verbs.

Everything here works the same on a phrase's fields when the index is built and on a query, so the
two meet: "hoe rond ik het gesprek af" and "een gesprek afronden" both give the term for *afronden*.
The word lists are closed grammatical classes of Dutch, not words picked to fit look-ups: the Snowball
project's Dutch stop words, and the particles of Dutch separable verbs.
"""

from __future__ import annotations

import re

from oudergesprek.search.textnorm import fold, stem

# The Snowball stemmer project's list of Dutch stop words (snowballstem.org, BSD licence).
STOPWORDS = frozenset(
    """de en van ik te dat die in een hij het niet zijn is was op aan met als voor had er maar om hem dan zou of
    wat mijn men dit zo door over ze zich bij ook tot je mij uit der daar haar naar heb hoe heeft hebben deze u want
    nog zal me zij nu ge geen omdat iets worden toch al waren veel meer doen toen moet ben zonder kan hun dus alles
    onder ja eens hier wie werd altijd doch wordt wezen kunnen ons zelf tegen na reeds wil kon niets uw iemand
    geweest andere""".split()
)
# Particles that split off a Dutch separable verb: "ik rond het af" is *afronden*.
PARTICLES = frozenset(
    "aan af bij binnen buiten door in langs los mee na neer om op over samen tegen terug toe uit vast voor weg".split()
)
# Words that end a clause: a particle before them still belongs to the verb before it.
_CLAUSE = re.compile(
    r"[.,;:!?()\[\]\"“”„]|\s(?=(?:en|maar|want|omdat|als|dat|terwijl|of|wat|wie|waar|welke?|hoe|zonder)\s)"
)
_QUOTED = re.compile(r"(?:^|(?<=[\s(:]))[\"“„'‘]([^\"“”'’]{3,}?)[\"”'’](?=$|[\s.,;:!?)])")
_WORD = re.compile(r"[a-z0-9]+")
# Reported speech: "vader zegt dat ik zijn kind niet zie" carries a parent's words like a quote does.
_REPORTED = re.compile(r"\b(?:zegt|zei|vraagt|vroeg|roept|riep|schreeuwt|beweert|dreigt|eist|vindt|denkt)\b(.*)")


class Query:
    """A look-up, taken apart: its meaningful words, and the words a parent said (in quotes)."""

    __slots__ = ("words", "joined", "quoted")

    def __init__(self) -> None:
        self.words: list[str] = []
        self.joined: list[tuple[str, str]] = []  # (verb as typed, particle + verb)
        self.quoted: set[str] = set()


def clauses(text: str) -> list[list[str]]:
    """The folded words of each clause."""
    return [_WORD.findall(part) for part in _CLAUSE.split(fold(text).replace("-", " "))]


def separable(words: list[str]) -> list[tuple[str, str]]:
    """Candidate joined verbs in one clause: the particle at its end joined to each content word
    before it, as (word, particle + word). "hoe rond ik het gesprek af" gives ("rond", "afrond").

    Most candidates are not words; the index only knows the real ones, so only those ever match.
    """
    if len(words) < 2 or words[-1] not in PARTICLES:
        return []
    particle = words[-1]
    return [(word, particle + word) for word in words[:-1] if word not in STOPWORDS and len(word) > 2]


def index_terms(text: str) -> list[str]:
    """The terms of a text as the index keeps them: stems of words, plus joined separable verbs."""
    found: list[str] = []
    for words in clauses(text):
        found.extend(stem(w) for w in words if w not in STOPWORDS)
        found.extend(stem(joined) for _word, joined in separable(words))
    return found


def analyze(text: str) -> Query:
    query = Query()
    said = _QUOTED.findall(text) + _REPORTED.findall(fold(text))
    for quote in said:
        query.quoted.update(w for w in _WORD.findall(fold(quote)) if w not in STOPWORDS)
    for words in clauses(text):
        joined = separable(words)
        query.joined.extend(joined)
        if joined:
            words = words[:-1]  # the particle lives in the joined verb
        query.words.extend(w for w in words if w not in STOPWORDS)
    return query
