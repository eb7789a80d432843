"""Finding phrases: filters plus ranked search, independent of how results are shown."""

from __future__ import annotations

from oudergesprek.errors import UsageError, unknown
from oudergesprek.library.fill import fill
from oudergesprek.library.model import Library, Phrase, Record
from oudergesprek.search.catalog import Catalog
from oudergesprek.search.engine import Hit, Searcher

DEFAULT_LIMIT = 5


class Filters(Record):
    __slots__ = ("skill", "category", "situation")

    def __init__(self, skill: str | None = None, category: str | None = None, situation: str | None = None) -> None:
        self.skill = skill
        self.category = category
        self.situation = situation

    def check(self, lib: Library) -> None:
        """Unknown names are a usage error that lists the valid ones."""
        for what, value, options in (
            ("vaardigheid", self.skill, lib.skills),
            ("soort", self.category, lib.categories),
            ("situatie", self.situation, lib.situations),
        ):
            if value is not None and value not in options:
                message = unknown(what, value, options)
                hint = None if "Kies uit" in message else f"Geldig: {', '.join(sorted(options))}."
                raise UsageError(message, hint)

    def accepts(self, phrase: Phrase) -> bool:
        return (
            (self.skill is None or phrase.skill == self.skill)
            and (self.category is None or phrase.category == self.category)
            and (self.situation is None or self.situation in phrase.situations)
        )


LEADING = 3  # the first results are the best phrases of this many different categories (soorten) ...
EVIDENCE = 5  # ... ranked by the summed scores of each category's best five phrases,
CLOSE = 0.5  # ... each with at least half the evidence of the best category
WEAK = 0.5  # below this share of known words, the results are guesses and the teacher is told so
NOTHING = 0.25  # below this, even guesses would only mislead: nothing is shown


class Found(Record):
    """What a look-up found: the phrases, best first; for each the line that says its moment best;
    and whether these are only guesses (few of the query's words are known to the library)."""

    __slots__ = ("phrases", "moments", "weak")
    __hash__ = None  # type: ignore[assignment]

    def __init__(self, phrases: list[Phrase], moments: list[str], weak: bool = False) -> None:
        self.phrases = phrases
        self.moments = moments
        self.weak = weak


def find(catalog: Catalog, query: str, filters: Filters, limit: int | None) -> list[Phrase]:
    """Best first. Without a query: every phrase that passes the filters, in library order."""
    return look_up(catalog, query, filters, limit).phrases


def look_up(catalog: Catalog, query: str, filters: Filters, limit: int | None) -> Found:
    lib = catalog.library
    filters.check(lib)
    if not query.strip():
        found = [p for p in lib.phrases if filters.accepts(p)]
        found = found[:limit] if limit else found
        return Found(found, [p.when[0] if p.when else "" for p in found])
    allowed = None
    if filters != Filters():
        allowed = {i for i, p in enumerate(lib.phrases) if filters.accepts(p)}
    searcher = Searcher(catalog.index)
    certainty = searcher.certainty(query)
    if certainty < NOTHING:
        return Found([], [])
    hits = varied(searcher.search(query, allowed, lib.phrases))
    phrases = [hit.phrase for hit in hits[: limit or DEFAULT_LIMIT]]
    from oudergesprek.search.query import index_terms

    wanted = set(index_terms(query))
    return Found(phrases, [best_moment(p, wanted) for p in phrases], certainty < WEAK)


def varied(hits: list[Hit]) -> list[Hit]:
    """The first results are different kinds of answer (erkenning, doorvragen, begrenzen ...): the best
    phrase of each of the categories with the most evidence, where a category's evidence is the sum of the
    scores of its best five phrases, as long as it has at least half the evidence of the best category. A
    moment that several phrases of one category fit is more likely the moment that category is for than one
    that a single phrase happens to share words with. The rest follow by their own score."""
    if not hits:
        return hits
    scores: dict[str, list[float]] = {}
    best: dict[str, Hit] = {}
    for hit in hits:  # best first, so a category's first hit is its best
        scores.setdefault(hit.phrase.category, []).append(hit.score)
        best.setdefault(hit.phrase.category, hit)
    evidence = {category: sum(values[:EVIDENCE]) for category, values in scores.items()}
    order = sorted(scores, key=lambda category: -evidence[category])[:LEADING]
    first = [best[c] for c in order if c == order[0] or evidence[c] >= CLOSE * evidence[order[0]]]
    return first + [hit for hit in hits if all(hit is not chosen for chosen in first)]


def best_moment(phrase: Phrase, wanted: set[str]) -> str:
    """The `wanneer` line (or, for a remark, the `ouder_zegt` line) closest to the look-up's terms."""
    from oudergesprek.search.query import index_terms

    lines = [*phrase.when, *(f"ouder zegt: “{remark}”" for remark in phrase.parent_says)]
    if not lines:
        return ""
    return max(lines, key=lambda line: (len(wanted & set(index_terms(line))), -lines.index(line)))


def as_record(phrase: Phrase, lib: Library, form: str, values: dict[str, str | None]) -> dict:
    """One phrase as the JSON output describes it."""
    return {
        "id": phrase.id,
        "vaardigheid": phrase.skill,
        "soort": phrase.category,
        "situaties": list(phrase.situations),
        "tekst": fill(phrase.text(form), values),
        "waarom": phrase.why,
        "wanneer": list(phrase.when),
        "ouder_zegt": list(phrase.parent_says),
        "bron": phrase.source,
    }
