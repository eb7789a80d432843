"""How much an answer looks like answers that trainers labelled weak: the check behind the checklist.

The checklist looks for wordings; a weak answer in new words can slip past all of them. When it finds
nothing, `oefen` compares the answer with the labelled answers in `oudergesprek/data/oefenvoorbeelden.json`
(written blind by trainer helpers, see `bench/oefen_voorbeelden.py`). If most of the closest ones were
labelled weak, the answer gets one tip that says so, with the reason a trainer gave for the closest.

The comparison is word-based (tf-idf over word stems and word pairs, cosine similarity): no model, nothing
leaves the machine, and the index is built once, the first time it is needed.
"""

from __future__ import annotations

import json
import math
import re
import threading
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from oudergesprek import paths

_WORD = re.compile(r"[a-zà-ÿ']+")
LIBRARY = "bibliotheek"  # the source of the built-in phrases in the examples file
SAME_AS_PHRASE = 0.5  # at least this similar to a built-in phrase: said almost as in the library
STEM = 6  # a word counts by its first letters, so that "beloof", "beloofd" and "beloven" come close

Vector = dict[str, float]


@dataclass(frozen=True)
class Example:
    source: str
    situation: str
    weak: bool
    answer: str
    why: str


@dataclass(frozen=True)
class Likeness:
    """The closest labelled answers: which share of them (by similarity) was weak, and the closest weak one."""

    weak_share: float
    closest_weak: Example | None
    similarity: float  # of the closest weak answer, 0 to 1


def _tf(count: int) -> float:
    """The weight of a term that occurs `count` times in one answer (most occur once: no logarithm then)."""
    return 1.0 if count == 1 else 1 + math.log(count)


def terms(text: str) -> Counter[str]:
    words = [w[:STEM] for w in _WORD.findall(text.lower())]
    return Counter(words + [f"{a}_{b}" for a, b in zip(words, words[1:], strict=False)])


@lru_cache(maxsize=1)
def examples() -> tuple[Example, ...]:
    data = json.loads(paths.shipped("oefenvoorbeelden.json").read_text(encoding="utf-8"))
    return tuple(Example(str(s), str(sit), bool(w), str(a), str(why)) for s, sit, w, a, why in data["antwoorden"])


class Index:
    """tf-idf vectors of the labelled answers, kept as an inverted list per term for a quick search."""

    def __init__(self, items: tuple[Example, ...]) -> None:
        self.items = items
        counts = [terms(item.answer) for item in items]
        postings: dict[str, list[tuple[int, float]]] = {}
        for n, count in enumerate(counts):
            for term, c in count.items():
                postings.setdefault(term, []).append((n, _tf(c)))
        self._idf = {term: math.log(len(items) / (1 + len(docs))) for term, docs in postings.items()}
        squares = [0.0] * len(items)
        for term, docs in postings.items():
            idf = self._idf[term]
            for n, tf in docs:
                squares[n] += (tf * idf) ** 2
        self._norm = [math.sqrt(s) or 1.0 for s in squares]
        self._postings = postings

    def vector(self, count: Counter[str]) -> Vector:
        raw = {t: _tf(c) * self._idf[t] for t, c in count.items() if t in self._idf}
        norm = math.sqrt(sum(v * v for v in raw.values())) or 1.0
        return {t: v / norm for t, v in raw.items()}

    def nearest(self, text: str, k: int) -> list[tuple[Example, float]]:
        scores: dict[int, float] = {}
        for term, weight in self.vector(terms(text)).items():
            idf = self._idf[term]
            for n, tf in self._postings[term]:
                scores[n] = scores.get(n, 0.0) + weight * tf * idf
        best = sorted(((score / self._norm[n], n) for n, score in scores.items()), key=lambda item: (-item[0], item[1]))
        return [(self.items[n], score) for score, n in best[:k] if score > 0]


_BUILDING = threading.Lock()  # one build at a time: `warm` may still be at it when the first answer comes


def index(leave_out: frozenset[str] = frozenset()) -> Index:
    """The index over all labelled answers, or without those of some files (to measure a file honestly)."""
    with _BUILDING:
        return _index(leave_out)


@lru_cache(maxsize=4)
def _index(leave_out: frozenset[str]) -> Index:
    return Index(tuple(item for item in examples() if item.source not in leave_out | {LIBRARY}))


def phrase_index() -> Index:
    """The built-in phrases: not to vote, but to know an answer that is nearly one of them."""
    with _BUILDING:
        return _phrase_index()


@lru_cache(maxsize=1)
def _phrase_index() -> Index:
    return Index(tuple(item for item in examples() if item.source == LIBRARY))


def warm() -> None:
    """Build both indexes in the background (about a second), while the teacher reads the first remark."""

    def build() -> None:
        phrase_index()
        index()

    threading.Thread(target=build, name="oefenvoorbeelden", daemon=True).start()


def likeness(answer: str, neighbours: int, leave_out: frozenset[str] = frozenset()) -> Likeness | None:
    """How the closest labelled answers were judged; None when no labelled answer shares a word with it.

    The built-in phrases (source `bibliotheek` in the examples file) do not vote: an answer that is nearly
    one of them (a phrase picked with `k`, or said almost word for word) is simply not weak, whatever
    labelled answers it resembles.
    """
    if any(score >= SAME_AS_PHRASE for _, score in phrase_index().nearest(answer, 1)):
        return Likeness(0.0, None, 0.0)
    labelled = index(leave_out).nearest(answer, neighbours)
    total = sum(score for _, score in labelled)
    if not total:
        return None
    weak = [(item, score) for item, score in labelled if item.weak]
    closest, similarity = weak[0] if weak else (None, 0.0)
    return Likeness(sum(score for _, score in weak) / total, closest, similarity)
