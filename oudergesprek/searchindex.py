"""The search index: built once from the library (then cached), as plain data.

Postings are `term -> [phrase index, weight, phrase index, weight, ...]`, so a query only touches the
terms it names and the phrases that hold them.
"""

from __future__ import annotations

from oudergesprek.model import Library, Phrase
from oudergesprek.textnorm import terms

# Where a word counts for how much: a teacher who types "boos" means the situation as much as the text.
FIELD_WEIGHTS = {"text": 1.0, "why": 0.5, "kind": 1.4, "situation": 1.0, "skill": 0.7, "id": 0.3}
MAX_TERM_WEIGHT = 2.6


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
    """Index every phrase; the result is plain data (dicts, lists, numbers) that marshal can store."""
    postings: dict[str, list[float]] = {}
    for index, phrase in enumerate(lib.phrases):
        weights: dict[str, float] = {}
        for field, text in phrase_fields(phrase, lib).items():
            for term in set(terms(text)):
                weights[term] = weights.get(term, 0.0) + FIELD_WEIGHTS[field]
        for term, weight in weights.items():
            postings.setdefault(term, []).extend((index, min(weight, MAX_TERM_WEIGHT)))
    synonyms: dict[str, list[str]] = {}
    for group in synonym_groups:
        stems = sorted({t for word in group for t in terms(word)})
        for stem in stems:
            synonyms.setdefault(stem, [])
            synonyms[stem].extend(s for s in stems if s != stem and s not in synonyms[stem])
    return {"postings": postings, "synonyms": synonyms, "count": len(lib.phrases)}
