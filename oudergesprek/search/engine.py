"""Ranked search over the phrase library, tolerant of how teachers type."""

from __future__ import annotations

import math
from array import array
from collections.abc import Iterable

from oudergesprek.library.model import Phrase, Record
from oudergesprek.search.textnorm import stem

TYPO_WEIGHT = 0.75
MAX_GROUPS = 40  # a pasted page of text is searched by its first forty meaningful words
PREFIX_WEIGHT = 0.55
# No Dutch word is longer (arbeidsongeschiktheidsverzekering has 33 letters): a longer one is a pasted link or
# code, and is looked up only as it is. Splitting it or looking for typos would cost time with its length squared.
MAX_WORD = 40


class Hit(Record):
    """One phrase found, with its score (higher is better)."""

    __slots__ = ("phrase", "score")

    def __init__(self, phrase: Phrase, score: float) -> None:
        self.phrase = phrase
        self.score = score


class Searcher:
    """Query an index built by `searchindex.build`."""

    def __init__(self, index: dict) -> None:
        self.postings: dict[str, tuple[bytes, bytes]] = index["postings"]
        self.count = max(index["count"], 1)
        self.weights: list[float] = index["weights"]
        self._ids, self._codes = index["ids"], index["codes"]
        self._id_size = array(self._ids).itemsize
        self._sorted: list[str] | None = index.get("terms")
        self._by_shape: dict[tuple[str, int], list[str]] | None = index.get("shapes")

    def idf(self, term: str) -> float:
        posting = self.postings.get(term)
        df = len(posting[0]) // self._id_size if posting is not None else 0
        return math.log(1 + self.count / (1 + df))

    def scored(self, term: str, certainty: float) -> Iterable[tuple[int, float]]:
        """(phrase index, score) for every phrase that holds the term."""
        ids, codes = array(self._ids), array(self._codes)
        ids.frombytes(self.postings[term][0])
        codes.frombytes(self.postings[term][1])
        idf = self.idf(term) * certainty
        by_code = [idf * weight for weight in self.weights]
        return zip(ids, map(by_code.__getitem__, codes), strict=True)

    def expand(self, word: str) -> dict[str, float]:
        """The index terms one query word stands for, each with how sure we are."""
        base = stem(word)
        found: dict[str, float] = {}
        if base in self.postings:
            found[base] = 1.0
        if len(base) > MAX_WORD:
            return found
        if not found and len(base) >= 4:  # a typo only when the word itself is unknown
            for other in self._near(base):
                found.setdefault(other, TYPO_WEIGHT)
        if len(base) >= 4:
            for other in self._with_prefix(base):
                found.setdefault(other, PREFIX_WEIGHT)
        return found

    def query_groups(self, query: str) -> list[dict[str, float]]:
        """One group of weighted terms per meaningful word; joined and split compounds included.

        A separable verb whose joined form the library knows ("rond … af": afronden) stands for its
        verb; a word a parent said in quotes also looks in the phrases' `ouder_zegt`.
        """
        from oudergesprek.search.index import PARENT
        from oudergesprek.search.query import analyze

        parsed = analyze(query)
        groups: list[dict[str, float]] = []
        verbs = set()
        for verb, joined in parsed.joined:
            term = stem(joined)
            if term in self.postings:
                groups.append({term: 1.0})
                verbs.add(verb)
        raw = [w for w in parsed.words if w not in verbs]
        skip_next = False
        for i, word in enumerate(raw):
            if skip_next:
                skip_next = False
                continue
            if i + 1 < len(raw) and stem(word + raw[i + 1]) in self.postings and len(word) > 2:
                groups.append({stem(word + raw[i + 1]): 1.0})
                skip_next = True
                continue
            expanded = self.expand(word)
            if not expanded:
                parts = self._split(word)
                groups.extend({p: 0.9} for p in parts)
                if parts:
                    continue
            if word in parsed.quoted and PARENT + stem(word) in self.postings:
                expanded[PARENT + stem(word)] = 1.0
            if expanded:
                groups.append(expanded)
        return groups

    def certainty(self, query: str) -> float:
        """How much of a look-up the library knows: the share of its meaningful words that match a
        term exactly, where a word matched only as a likely typo counts half. 0.0 for nonsense."""
        from oudergesprek.search.query import analyze

        parsed = analyze(query)
        verbs = {verb for verb, joined in parsed.joined if stem(joined) in self.postings}
        words = ([w for w in parsed.words if w not in verbs] + sorted(verbs))[:MAX_GROUPS]
        if not words:
            return 0.0
        sure = 0.0
        for word in words:
            if word in verbs or stem(word) in self.postings or self._split(word):
                sure += 1.0
            elif len(stem(word)) >= 4 and self._near(stem(word)):
                sure += 0.5
        return sure / len(words)

    def search(self, query: str, allowed: set[int] | None, phrases: list[Phrase]) -> list[Hit]:
        groups = self.query_groups(query)[:MAX_GROUPS]
        if not groups:
            return []
        # Work grows with the postings of the query's terms and the hits, never with the library.
        # Every score is positive (idf > 0, weights > 0), so a term's first hits go in as they are.
        totals: dict[int, float] = {}
        matched: dict[int, int] = {}
        for group in groups:
            best: dict[int, float] = {}
            for term, certainty in group.items():
                pairs: Iterable[tuple[int, float]] = self.scored(term, certainty)
                if allowed is not None:
                    pairs = ((index, score) for index, score in pairs if index in allowed)
                if not best:
                    best.update(pairs)
                    continue
                get = best.get
                for index, score in pairs:
                    if score > get(index, 0.0):
                        best[index] = score
            if not totals:
                totals.update(best)
                matched.update(dict.fromkeys(best, 1))
                continue
            for index, score in best.items():
                totals[index] = totals.get(index, 0.0) + score
                matched[index] = matched.get(index, 0) + 1
        size = len(groups)
        # Best first, ties in library order: sorting (-score, index) pairs needs no key function.
        ranked = sorted((-(score * (0.4 + 0.6 * matched[i] / size)), i) for i, score in totals.items())
        return [Hit(phrases[i], round(-negative, 3)) for negative, i in ranked]

    def _split(self, word: str) -> list[str]:
        """'ontvangstbevestiging' typed as one word where the library has two, or the other way (never a word
        longer than MAX_WORD: each cut stems both halves)."""
        if len(word) > MAX_WORD:
            return []
        for cut in range(3, len(word) - 2):
            left, right = stem(word[:cut]), stem(word[cut:])
            if left in self.postings and right in self.postings:
                return [left, right]
        return []

    def _with_prefix(self, base: str) -> list[str]:
        import bisect

        if self._sorted is None:
            self._sorted = sorted(self.postings)
        start = bisect.bisect_left(self._sorted, base)
        out = []
        for term in self._sorted[start : start + 50]:
            if not term.startswith(base):
                break
            if term != base:
                out.append(term)
        return out

    def _near(self, base: str) -> list[str]:
        """Terms one or two letters from `base` (never for a word longer than MAX_WORD)."""
        if len(base) > MAX_WORD:
            return []
        if self._by_shape is None:
            self._by_shape = {}
            for term in self.postings:
                self._by_shape.setdefault((term[:1], len(term)), []).append(term)
        limit = 1 if len(base) < 8 else 2
        out = []
        for length in range(len(base) - limit, len(base) + limit + 1):
            for term in self._by_shape.get((base[:1], length), ()):
                if _distance(base, term, limit) <= limit:
                    out.append(term)
        return out


def _distance(a: str, b: str, limit: int) -> int:
    """Damerau-Levenshtein distance (adjacent swaps count once), giving up above `limit`."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        if min(cur) > limit:
            return limit + 1
        prev2, prev = prev, cur
    return prev[-1]
