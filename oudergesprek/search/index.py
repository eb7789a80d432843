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

from oudergesprek.library.model import Library, Phrase
from oudergesprek.search.query import index_terms

# BM25F: how much a word counts in each field, and how much a field's length dampens it. A teacher who
# types the moment ("ouder blijft maar praten") should land on a phrase whose `wanneer` says so; the
# category's and situations' titles and explanations tell what a phrase is for; the text itself counts
# too; the explanation (`waarom`) least. Category and situation fields are shared by many phrases, so
# their length is not held against them (b = 0).
FIELD_WEIGHTS = {"when": 2.0, "parent": 1.6, "category": 1.5, "situation": 0.9, "text": 1.0, "why": 0.35, "skill": 0.3}
FIELD_B = {"when": 0.5, "parent": 0.5, "category": 0.0, "situation": 0.0, "text": 0.75, "why": 0.75, "skill": 0.0}
K1 = 2.5  # little saturation: a word said twice in a phrase's moment counts nearly twice
PARENT = "z:"  # the terms of `ouder_zegt` once more under this prefix, for the words a parent said in quotes
REPEATING = frozenset({"category", "situation", "skill"})


def phrase_fields(phrase: Phrase, lib: Library) -> dict[str, str]:
    category = lib.categories.get(phrase.category)
    skill = lib.skills.get(phrase.skill)
    situations = [lib.situations[s] for s in phrase.situations if s in lib.situations]
    return {
        "when": " . ".join(phrase.when),
        "parent": " . ".join(phrase.parent_says),
        "category": " . ".join([category.title, category.explanation, " . ".join(category.keywords)])
        if category
        else phrase.category,
        "situation": " . ".join(f"{s.title} . {' . '.join(s.keywords)}" for s in situations),
        "text": phrase.text_u,
        "why": phrase.why,
        "skill": skill.title if skill else phrase.skill,
    }


def _field_terms(phrase: Phrase, lib: Library, repeated: dict) -> dict[str, list[str]]:
    out = {}
    for name, text in phrase_fields(phrase, lib).items():
        if name in REPEATING:
            found = repeated.get((name, text))
            if found is None:
                found = repeated[(name, text)] = index_terms(text)
            out[name] = found
        else:
            out[name] = index_terms(text)
    # The je-form has words the u-form lacks ("jouw", other verb forms); count each word once.
    seen = set(out["text"])
    out["text"] = out["text"] + [t for t in index_terms(phrase.text_je) if t not in seen]
    return out


def build(lib: Library) -> dict:
    """Index every phrase; the result is plain data (dicts, lists, bytes, numbers) that marshal can store.

    A term's weight in a phrase is its BM25F saturation tf / (K1 + tf), where tf adds up the term's
    counts in each field, times the field's weight, dampened by the field's length.
    """
    repeated: dict = {}
    per_phrase = [_field_terms(phrase, lib, repeated) for phrase in lib.phrases]
    count = max(len(per_phrase), 1)
    average = {name: max(sum(len(f[name]) for f in per_phrase) / count, 1.0) for name in FIELD_WEIGHTS}
    found: dict[str, tuple[list[int], list[float]]] = {}
    for index, fields_ in enumerate(per_phrase):
        pseudo: dict[str, float] = {}
        for name, terms_ in fields_.items():
            if not terms_:
                continue
            norm = 1 - FIELD_B[name] + FIELD_B[name] * len(terms_) / average[name]
            weight = FIELD_WEIGHTS[name] / norm
            for term in terms_:
                pseudo[term] = pseudo.get(term, 0.0) + weight
        for term in fields_["parent"]:
            key = PARENT + term
            pseudo[key] = pseudo.get(key, 0.0) + FIELD_WEIGHTS["parent"]
        for term, tf in pseudo.items():
            posting = found.get(term)
            if posting is None:
                posting = found[term] = ([], [])
            posting[0].append(index)
            posting[1].append(round(tf / (K1 + tf), 2))
    table = sorted({w for _ids, weights in found.values() for w in weights})
    code_of = {w: code for code, w in enumerate(table)}.__getitem__
    id_type, code_type = typecode(len(lib.phrases)), typecode(len(table))
    postings = {
        term: (array(id_type, ids).tobytes(), array(code_type, map(code_of, weights)).tobytes())
        for term, (ids, weights) in found.items()
    }
    ordered = sorted(term for term in postings if not term.startswith(PARENT))
    shapes: dict[tuple[str, int], list[str]] = {}
    for term in ordered:
        shapes.setdefault((term[:1], len(term)), []).append(term)
    return {
        "postings": postings,
        "ids": id_type,
        "codes": code_type,
        "weights": table,
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
