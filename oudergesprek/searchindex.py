"""The search index: built once from the library (then cached), as plain data.

Postings are `term -> (phrase indexes, weight codes)`, both packed as bytes (`array` typecodes in
`index["ids"]` and `index["codes"]`; a code points into the list `index["weights"]`, since a term's
weight is one of a few sums of field weights). So a query only touches the terms it names and the
phrases that hold them, and loading a cached index costs next to nothing per posting: only the
postings a query names are unpacked. Beside them: all terms sorted (for prefix matches) and grouped
by first letter and length (for typos).
"""

from __future__ import annotations

from array import array

from oudergesprek.model import Library, Phrase
from oudergesprek.textnorm import terms

# Where a word counts for how much: a teacher who types "boos" means the situation as much as the text.
FIELD_WEIGHTS = {"text": 1.0, "why": 0.5, "kind": 1.4, "situation": 1.0, "skill": 0.7, "id": 0.3}
MAX_TERM_WEIGHT = 2.6
REPEATING = frozenset({"kind", "situation", "skill"})


def phrase_fields(phrase: Phrase, lib: Library) -> dict[str, str]:
    kind = lib.kinds.get(phrase.kind)
    skill = lib.skills.get(phrase.skill)
    situations = [lib.situations[s] for s in phrase.situations if s in lib.situations]
    return {
        "text": f"{phrase.text_u} {phrase.text_je}",
        "why": phrase.why,
        "kind": " ".join([phrase.kind, kind.title, " ".join(kind.keywords)]) if kind else phrase.kind,
        "situation": " ".join(f"{s.slug} {s.title} {' '.join(s.keywords)}" for s in situations),
        "skill": f"{phrase.skill} {skill.title}" if skill else phrase.skill,
        "id": phrase.id,
    }


def build(lib: Library, synonym_groups: list[list[str]]) -> dict:
    """Index every phrase; the result is plain data (dicts, lists, bytes, numbers) that marshal can store."""
    # term -> (phrase indexes, weights); a term's weight in a phrase is the sum of the weights of the
    # fields it occurs in, added in field order, capped at MAX_TERM_WEIGHT.
    found: dict[str, tuple[list[int], list[float]]] = {}
    repeated: dict[tuple[str, str], set[str]] = {}  # kind, situation and skill texts recur across phrases
    for index, phrase in enumerate(lib.phrases):
        summed: dict[str, float] = {}
        get = summed.get
        for field, text in phrase_fields(phrase, lib).items():
            if field in REPEATING:
                distinct = repeated.get((field, text))
                if distinct is None:
                    distinct = repeated[(field, text)] = set(terms(text))
            else:
                distinct = set(terms(text))
            weight = FIELD_WEIGHTS[field]
            for term in distinct:
                summed[term] = get(term, 0.0) + weight
        for term, weight in summed.items():
            posting = found.get(term)
            if posting is None:
                posting = found[term] = ([], [])
            posting[0].append(index)
            posting[1].append(weight if weight < MAX_TERM_WEIGHT else MAX_TERM_WEIGHT)
    table = sorted({w for _ids, weights in found.values() for w in weights})
    code_of = {w: code for code, w in enumerate(table)}.__getitem__
    id_type, code_type = typecode(len(lib.phrases)), typecode(len(table))
    postings = {
        term: (array(id_type, ids).tobytes(), array(code_type, map(code_of, weights)).tobytes())
        for term, (ids, weights) in found.items()
    }
    synonyms: dict[str, list[str]] = {}
    for group in synonym_groups:
        stems = sorted({t for word in group for t in terms(word)})
        for stem in stems:
            synonyms.setdefault(stem, [])
            synonyms[stem].extend(s for s in stems if s != stem and s not in synonyms[stem])
    ordered = sorted(postings)
    shapes: dict[tuple[str, int], list[str]] = {}
    for term in ordered:
        shapes.setdefault((term[:1], len(term)), []).append(term)
    return {
        "postings": postings,
        "ids": id_type,
        "codes": code_type,
        "weights": table,
        "synonyms": synonyms,
        "count": len(lib.phrases),
        "terms": ordered,
        "shapes": shapes,
    }


def typecode(count: int) -> str:
    """The smallest unsigned `array` typecode that holds the numbers 0 .. count-1."""
    for code in "BHILQ":
        if count <= 1 << (8 * array(code).itemsize):
            return code
    raise ValueError(f"too many: {count}")
