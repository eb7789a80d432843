"""A rehearsal round without a terminal: which remarks the parent makes, in what order, how the parent
reacts to each answer, and which library phrases answer a remark.

The remarks come from the library's `ouder_zegt`. They are ordered by heat (see feedback.heat): the
round starts with the mildest. After an acknowledging answer the next one is calmer (one step down),
after a defensive one sharper (two steps up), otherwise it moves on to the next one. In the situations
that escalate until a limit is set, it gets sharper until one is set.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from oudergesprek.interview import feedback
from oudergesprek.library.fill import fill
from oudergesprek.library.forms import U_WORDS
from oudergesprek.library.model import Library, Phrase

DEFAULT_REMARKS = 5
MAX_REMARKS = 20

# Where a phrase belongs, by what it names: a school phrase speaks of the klas or the inspectie, a childcare
# phrase of the opvang. In a round at the other place it is not shown ("Klachtenloket Kinderopvang" to a
# parent at school). Most phrases name neither and fit both.
_PLACE_WORDS = {
    "kinderopvang": re.compile(
        r"\b(kinder)?opvang\b|\bkinderdagverblijf|\bkdv\b|\bbso\b|\bpedagogisch medewerker|\bpeutergroep|\bluier"
    ),
    "school": re.compile(
        r"\binspectie\b|\bleerplicht|\brapport\b|\bklas\b|\bklasgeno|\bleerkracht|\bschooladvies|\bgroep [1-8]\b"
        r"|\bmeester\b|\btoets|\bhuiswerk|\bintern begeleider"  # not 'juf': toddlers at the opvang say it too
    ),
}
# situations that only happen at one place; the others follow the setting `werkplek`
_PLACE_OF_SITUATION = {"haal-en-brengmoment": "kinderopvang", "mentorgesprek": "kinderopvang", "deurgesprek": "school"}


def round_place(situation: str, workplace: str | None) -> str:
    return _PLACE_OF_SITUATION.get(situation) or (workplace if workplace in _PLACE_WORDS else "school")


def names_other_place(text: str, place: str | None) -> bool:
    """True for a text that names the other place: the opvang in a round at school, or the klas at the opvang."""
    low = text.lower()
    return bool(place) and any(words.search(low) for other, words in _PLACE_WORDS.items() if other != place)


def fits_place(phrase: Phrase, place: str | None) -> bool:
    return not names_other_place(phrase.text_u, place)


@dataclass(frozen=True)
class Remark:
    """A parent's remark, how sharp it sounds, and the phrases written to answer it."""

    text: str
    heat: float
    phrases: tuple[Phrase, ...]


def _key(text: str) -> str:
    return " ".join(feedback.normal(text).split())


_JE_NOT_JULLIE = re.compile(r"\b(je|jij|jou|jouw|jezelf|jouzelf)\b", re.IGNORECASE)


def fits_form(text: str, form: str) -> bool:
    """A remark in a round never mixes forms: in the u-form the parent does not say je or jij to the
    teacher, in the je- and jullie-form not u. 'Jullie' is the school or the team, in every form."""
    if form == "u":
        return not _JE_NOT_JULLIE.search(text)
    return not U_WORDS.search(text)


def remarks(lib: Library, situation: str, form: str) -> list[Remark]:
    """Every remark for the situation in this form, each once, mildest first.

    Among remarks that sound equally sharp, a remark the parent breaks off ("En dan nog één ding...") comes
    after the others, and one written for this situation first (its phrase names this situation first)
    before one borrowed from another: a round should open with something to answer, about this situation."""
    found: dict[str, tuple[str, list[Phrase]]] = {}
    for phrase in lib.phrases:
        if situation not in phrase.situations:
            continue
        for said in phrase.parent_says:
            if fits_form(said, form):
                found.setdefault(_key(said), (said, []))[1].append(phrase)
    out = [Remark(text, feedback.heat(text, [p.category for p in ps]), tuple(ps)) for text, ps in found.values()]

    def order(remark: Remark) -> tuple[float, bool, bool, int, str]:
        broken_off = remark.text.rstrip().endswith(("...", "\u2026"))
        own = any(p.situations[:1] == (situation,) for p in remark.phrases)
        return (remark.heat, broken_off, not own, len(remark.text), remark.text)

    return sorted(out, key=order)


def situations_with_remarks(lib: Library, form: str) -> dict[str, int]:
    """Situation slug -> how many remarks it has in this form (only situations that have any)."""
    counts = {slug: len(remarks(lib, slug, form)) for slug in lib.situations}
    return {slug: n for slug, n in counts.items() if n}


def any_remarks(lib: Library) -> bool:
    return any(p.parent_says for p in lib.phrases)


_CHILD_PRONOUNS = {"hij": re.compile(r"\b(hij|hem|zijn)\b"), "zij": re.compile(r"\b(zij|ze|haar)\b")}


def pronouns_in(text: str) -> set[str]:
    """Which of 'hij' and 'zij' a remark says (about the child, as a rule): "Ze verveelt zich" -> {'zij'}."""
    low = text.lower()
    return {pronoun for pronoun, words in _CHILD_PRONOUNS.items() if words.search(low)}


def fits_child(remark: Remark, pronoun: str) -> bool:
    """A remark fits the child when it says no other pronoun than the child's: a parent of Daan ('hij')
    does not say "U moet haar gewoon niet."
    """
    return pronouns_in(remark.text) <= {pronoun}


def pool_for(pool: list[Remark], length: int, named: bool, pronoun: str | None) -> list[Remark]:
    """The remarks a round draws from: the parent speaks of one child, as 'hij' or as 'zij', never both.

    The child's own pronoun when it is known. With only a name, remarks that say neither, when there are
    enough for the round. Otherwise the pronoun that leaves the most remarks (on a tie, the one the mildest
    remark says)."""
    if pronoun in _CHILD_PRONOUNS:
        return [r for r in pool if fits_child(r, pronoun)]
    if named:
        neither = [r for r in pool if not pronouns_in(r.text)]
        if len(neither) >= min(length, len(pool)):
            return neither
    mildest = next((min(said) for said in (pronouns_in(r.text) for r in pool) if len(said) == 1), "hij")
    best = max(_CHILD_PRONOUNS, key=lambda p: (sum(fits_child(r, p) for r in pool), p == mildest))
    return [r for r in pool if fits_child(r, best)]


@dataclass
class Round:
    """The course of one round: the next remark follows from how the last answer landed."""

    situation: str
    pool: list[Remark]
    length: int
    used: list[Remark] = field(default_factory=list)
    directions: list[int] = field(default_factory=list)
    place: str = "school"
    shown: list[str] = field(default_factory=list)  # ids of the example phrases shown so far

    @classmethod
    def start(
        cls,
        lib: Library,
        situation: str,
        form: str,
        length: int = DEFAULT_REMARKS,
        named: bool = False,
        pronoun: str | None = None,
        workplace: str | None = None,
    ) -> Round:
        place = round_place(situation, workplace)
        pool = remarks(lib, situation, form)
        here = [r for r in pool if not names_other_place(r.text, place)]
        pool = pool_for(here if len(here) >= min(length, len(pool)) else pool, length, named, pronoun)
        return cls(situation, pool, min(length, len(pool)), place=place)

    def done(self) -> bool:
        return len(self.used) >= self.length

    def answered(self, remark: Remark, result: feedback.Feedback) -> int:
        """Record the answer to `remark`; returns how the parent takes it (-1 calmer, 0, +1 sharper)."""
        self.used.append(remark)
        step = feedback.direction(result, self.situation)
        self.directions.append(step)
        return step

    def next(self) -> Remark | None:
        """The next remark after the last answer, or None when the round is over."""
        if self.done():
            return None
        left = [r for r in self.pool if all(r is not u for u in self.used)]
        if not left:
            return None
        if not self.used:
            return left[0]
        now, step = self.used[-1].heat, self.directions[-1]
        hotter = [r for r in left if r.heat > now]
        cooler = [r for r in left if r.heat < now]
        if step > 0:  # a clear step up (skipping one), so that a calmer remark is left for later
            return hotter[min(1, len(hotter) - 1)] if hotter else left[-1]
        if step < 0:
            return cooler[-1] if cooler else left[0]
        same_or_more = [r for r in left if r.heat >= now]
        return same_or_more[0] if same_or_more else left[-1]


def categories_answering(remark: Remark) -> list[str]:
    categories: list[str] = []
    for phrase in remark.phrases:
        if phrase.category not in categories:
            categories.append(phrase.category)
    return categories


def examples(
    remark: Remark,
    lib: Library,
    situation: str,
    form: str,
    limit: int = 3,
    skip: Iterable[str] = (),
    place: str | None = None,
    seen: Iterable[str] = (),
) -> list[Phrase]:
    """Phrases for this remark, each text once, from the categories that answer it: first those written for
    it; then general phrases of this situation (written for no particular remark); then phrases of this
    situation written for other remarks; and only to reach two, such phrases of other situations. A general
    phrase of another situation is never shown. (Two trainers, blind, judged 33 remarks: this order showed
    fewer phrases that did not fit, and they preferred its sets 13 to 7 and 13 to 6.)

    Within each part a phrase in `seen` (shown earlier in the round) comes last, so a round repeats itself
    less while the phrases still fit. A phrase that speaks to the child ("{kind}, fijn dat je erbij bent")
    is only shown when it was written for this remark: the parent is speaking. A phrase that names the
    other place (see fits_place) is not shown."""
    from oudergesprek.interview.talk import TO_CHILD

    own = list(remark.phrases)
    categories = categories_answering(remark)
    rest = [p for p in lib.phrases if p.category in categories and p not in own and not TO_CHILD.match(p.text_u)]
    general_here = [p for p in rest if not p.parent_says and situation in p.situations]
    written_here = [p for p in rest if p.parent_says and situation in p.situations]
    written_elsewhere = [p for p in rest if p.parent_says and situation not in p.situations]
    parts = ((own, limit), (general_here, limit), (written_here, limit), (written_elsewhere, min(limit, 2)))
    skipped, earlier = set(skip), set(seen)
    chosen: list[Phrase] = []
    texts: set[str] = set()
    for part, up_to in parts:
        for phrase in [p for p in part if p.id not in earlier] + [p for p in part if p.id in earlier]:
            if len(chosen) >= up_to:
                break
            text = _key(phrase.text(form))
            if phrase.id in skipped or text in texts or not fits_place(phrase, place):
                continue
            chosen.append(phrase)
            texts.add(text)
    return chosen


def text_of(phrase: Phrase, form: str, child: str | None) -> str:
    return fill(phrase.text(form), {"kind": child})


def remark_text(remark: Remark, child: str | None) -> str:
    return fill(remark.text, {"kind": child})
