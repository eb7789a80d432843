"""What a preparation knows beyond the answers: the per-situation data (gesprekken.yaml), the form of
address, the values for placeholders, and which library phrases fit what the teacher wrote."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import Any

from oudergesprek import paths, safeyaml
from oudergesprek.interview.questions import answer_text
from oudergesprek.library.model import PLACEHOLDERS, Library, Phrase

DOOR = ("deurgesprek", "haal-en-brengmoment")  # a moment at the door: never planned
UNPLANNED = (*DOOR, "telefoon")
CHILDCARE = ("haal-en-brengmoment", "mentorgesprek")
WRITE_IN = "________"  # a visible blank to fill in by hand
MONTHS = "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december"
DATE = re.compile(
    rf"\b((?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)\s+)?\d{{1,2}}\s+(?:{MONTHS})\b"
    r"|\b(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|morgen|overmorgen)\b",
    re.IGNORECASE,
)
TIME = re.compile(r"\b([01]?\d|2[0-3])[.:]([0-5]\d)(\s*uur)?\b")
ROLE_WORDS = {"ib", "ib'er", "ib’er", "intern", "begeleider", "directeur", "directie", "tolk", "juf", "meester"}


# --- gesprekken.yaml -------------------------------------------------------------------------------------


def data_file() -> Path:
    own = paths.config_dir() / "gesprekken.yaml"
    if own.is_file():
        return own
    return paths.shipped("gesprekken.yaml")


@cache
def _all(path: Path) -> dict:
    try:
        data = safeyaml.plain(safeyaml.load_file(path))
    except safeyaml.YamlProblem:
        return {}
    return data if isinstance(data, dict) else {}


def situation_data(situation: str) -> dict:
    """The standard entries overlaid with the situation's own (a name instead of entries: follow it)."""
    data = _all(data_file())
    own: Any = data.get(situation, {})
    for _ in range(3):
        if isinstance(own, str):
            own = data.get(own, {})
    merged = dict(data.get("standaard") or {})
    merged.update(own if isinstance(own, dict) else {})
    return merged


def in_form(item: Any, form: str) -> str:
    """One entry that may differ per form of address ({u:, je:, jullie:}) as text in `form`."""
    if isinstance(item, dict):
        return str(item.get(form) or item.get("je" if form == "jullie" else "u") or item.get("u") or "")
    return str(item)


def entry(item: Any, answers: dict) -> str:
    """An entry of gesprekken.yaml as text for this talk: {ouder:, ouders:} by the number of parents who
    come, {u:, je:, jullie:} by the form of address (either may hold the other)."""
    if isinstance(item, dict) and ("ouder" in item or "ouders" in item):
        item = item.get("ouders" if two_come(answers) else "ouder") or item.get("ouder") or item.get("ouders")
    return in_form(item, form_of(answers))


# --- form of address and placeholders --------------------------------------------------------------------


def two_parents(parents: str) -> bool:
    """Whether two parents come: "moeder en vader", "beide ouders", "Ayşe & Mehmet". What follows a semicolon
    is a note about them ("vader (Peter); moeder heeft ook gezag en krijgt het verslag")."""
    if re.search(r"\b(alleen|niet aanwezig|komt niet)\b", parents.lower()):
        return False
    low = parents.lower().split(";")[0]
    if re.search(r"\b(beide ouders|beide|allebei|ouders)\b", low) and "ouders met gezag" not in low:
        return True
    return bool(re.search(r"\s(en|&|\+)\s", low))


def two_come(answers: dict) -> bool:
    """Whether the answers say two parents come (see two_parents)."""
    return two_parents(answer_text(answers.get("ouders")))


def form_of(answers: dict) -> str:
    """u, je or jullie: je with two parents coming is jullie."""
    form = answer_text(answers.get("aanspreekvorm")) or "u"
    if form == "je" and two_come(answers):
        return "jullie"
    return form if form in ("u", "je", "jullie") else "u"


def colleague(present: str) -> str:
    """The first name among who else attends: "Marieke, intern begeleider" -> Marieke."""
    for word in re.findall(r"[A-ZÀ-ÝĀ-Ž][\w'’-]+", present):
        if word.lower() not in ROLE_WORDS and not word.isupper():
            return word
    return ""


def leader(situation: str) -> str:
    return "de leidinggevende" if situation in CHILDCARE else "de directie"


def values(answers: dict) -> dict[str, str | None]:
    """Every placeholder value the preparation knows."""
    follow = answer_text(answers.get("vervolg"))
    date = DATE.search(follow)
    time = TIME.search(follow)
    pronoun = answer_text(answers.get("voornaamwoord"))
    return {
        "kind": answer_text(answers.get("kind")) or None,
        "voornaamwoord": pronoun if pronoun in ("hij", "zij") else None,
        "groep": answer_text(answers.get("groep")) or None,
        "datum": date.group(0) if date else None,
        "tijd": f"{time.group(1)}.{time.group(2)} uur" if time else None,
        "collega": colleague(answer_text(answers.get("aanwezigen"))) or None,
        "leiding": leader(answer_text(answers.get("situatie"))),
    }


def fill_known(template: str, answers: dict, marker: str = "[{name}]") -> str:
    """Fill every placeholder the preparation knows; the others become `marker` (with their name)."""
    from oudergesprek.library.fill import PLACEHOLDER, child_values

    known = values(answers)
    filled = {**child_values(known.get("kind"), known.get("voornaamwoord")), **{k: v for k, v in known.items() if v}}

    def replace(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in PLACEHOLDERS and name != "leiding":
            return match.group(0)
        value = filled.get(name)
        return value if value else marker.format(name=name)

    return PLACEHOLDER.sub(replace, template)


BLANK = re.compile(r"\[(" + "|".join(PLACEHOLDERS) + r")\]")  # a placeholder left open: [kind], [datum], ...


def blanks_in(filled: str) -> list[str]:
    """The placeholders still open in a text filled with the default marker."""
    return BLANK.findall(filled)


def write_in(filled: str) -> str:
    """Open placeholders as a visible line to write on."""
    return BLANK.sub(WRITE_IN, filled)


def filled(item: Any, answers: dict) -> str:
    """An entry of gesprekken.yaml (see entry) with what is known filled in, and a line to write on for the rest."""
    return write_in(fill_known(entry(item, answers), answers))


# --- which phrases fit ----------------------------------------------------------------------------------


def is_door_phrase(phrase: Phrase) -> bool:
    if set(phrase.situations) & set(DOOR):
        return True
    said = " ".join((phrase.text_u, *phrase.when)).lower()
    return bool(re.search(r"\b(aan de deur|bij de deur|tussen de jassen|deur en drempel|bij het ophalen)\b", said))


def wrong_group(phrase: Phrase, group: str) -> bool:
    """A phrase that names a groep number other than the child's (or any, when the groep is unknown), or
    speaks of toddlers for a child in a school groep."""
    named = re.findall(r"\bgroep (\d)\b", phrase.text_u)
    if re.search(r"\bpeuter", phrase.text_u, re.IGNORECASE) and re.search(r"\bgroep \d", group):
        return True  # a child in a school groep is no toddler
    if not named:
        return False
    own = re.findall(r"\d", group)  # "groep 1/2": both 1 and 2 are the child's own
    return not own or any(n not in own for n in named)


TO_CHILD = re.compile(r"^\W*((hoi|dag|he|hé)\s+)?\{kind\},", re.IGNORECASE)  # "{kind}, fijn dat je erbij bent."
CHILD_WORDS = re.compile(r"\b(het kind|de leerling|zoon|dochter|zelf ook|schuift aan)\b")


def child_takes_part(answers: dict) -> bool:
    """Whether the child is at the talk: named among who else comes ("Daan zelf, intern begeleider")."""
    present = answer_text(answers.get("aanwezigen")).lower()
    names = answer_text(answers.get("kind")).lower().split()
    if not present:
        return False
    return bool(CHILD_WORDS.search(present)) or (
        bool(names) and re.search(rf"\b{re.escape(names[0])}\b", present) is not None
    )


SINGULAR_YOU = re.compile(r"\b(je|jij|jou|jouw)\b", re.IGNORECASE)  # a je-form that cannot stand in for jullie
TOPICS = {
    "rekenen": re.compile(r"\b(reken\w*|sommen|tafels|getallen)\b"),
    "lezen": re.compile(r"\b(lees\w*|lezen|leest|boek\w*|letters)\b"),
    "spelling": re.compile(r"\b(spelling|spellen|dictee)\b"),
    "gedrag": re.compile(r"\b(duw\w*|sla\w*|geslagen|ruzie\w*|gedrag|schopt?|bijt|gebeten)\b"),
    "pesten": re.compile(r"\b(pest\w*|gepest|buitengesloten)\b"),
    "onderzoek": re.compile(r"\b(onderzo\w*|diagnose|dyslexie\w*)\b"),
    "advies": re.compile(r"\b(advies|vmbo|havo|vwo|blijft|overdoen|doubleren)\b"),
    # a signal of harm at home, or another school: offered only when the teacher wrote about it
    "veiligheid": re.compile(r"\b(blauwe plek\w*|plekken|letsel|meldcode|veilig thuis|mishandel\w*)\b"),
    "verwijzing": re.compile(r"\b(speciaal (basis)?onderwijs|sbo|andere school|verwijzing|so-school)\b"),
    "stil": re.compile(r"\b(stil\w*|teruggetrokken|lacht minder|zegt (bijna )?niets)\b"),
}


def topics(words: str) -> set[str]:
    """What a text is about, roughly: reading, arithmetic, behaviour, bullying, a school advice."""
    low = words.lower()
    return {name for name, pattern in TOPICS.items() if pattern.search(low)}


# A phrase that opens by answering a parent's question ("Nee, ...", "Dat verschilt, ...") reads oddly on a
# prepared page, where the question is not there.
REPLY_OPENING = re.compile(r"^(nee|ja|jawel|klopt|natuurlijk|dat (hoeft|verschilt|mag|kan|klopt))\b", re.IGNORECASE)

TEACHER_WORDS = ("doel", "kernboodschap", "feiten", "voorkennis", "verwachte_reactie", "aanbod", "opening")


def ranked(
    lib: Library, index: dict | None, categories: tuple[str, ...], answers: dict, limit: int = 5, strict: bool = False
) -> list[Phrase]:
    """The phrases of these categories that fit best: the situation, then the teacher's own words so far.

    `strict`: only phrases written for this situation (for a phrase put on the page without asking)."""
    situation = answer_text(answers.get("situatie"))
    group = answer_text(answers.get("groep"))
    planned = situation not in UNPLANNED
    plural = form_of(answers) == "jullie"
    child_there = child_takes_part(answers)
    pool = [
        i
        for i, p in enumerate(lib.phrases)
        if p.category in categories
        and not (planned and is_door_phrase(p))
        and (child_there or not TO_CHILD.match(p.text_u))  # words to the child only when the child is there
        and not wrong_group(p, group)
        and not (plural and not p.text_jullie and SINGULAR_YOU.search(p.text_je))
        and (not strict or situation in p.situations)
    ]
    if not pool:
        return []
    words = " ".join(answer_text(answers.get(key)) for key in TEACHER_WORDS)
    scores: dict[int, float] = {}
    if words.strip() and index is not None:
        from oudergesprek.search.engine import Searcher

        position = {id(p): i for i, p in enumerate(lib.phrases)}
        for hit in Searcher(index).search(words, set(pool), lib.phrases):
            scores[position[id(hit.phrase)]] = hit.score
    best = max(scores.values(), default=0.0) or 1.0
    mine = topics(words)

    def score(i: int) -> float:
        p = lib.phrases[i]
        fits = 2.0 if situation in p.situations else 0.0
        category = 0.4 * (len(categories) - categories.index(p.category)) / len(categories)
        open_blanks = len(blanks_in(fill_known(p.text_u, answers)))
        known = values(answers)
        uses = {name for name in ("datum", "tijd") if "{" + name + "}" in p.text_u and known.get(name)}
        theirs = topics(p.text_u)
        about = 0.0
        if mine and theirs:  # a phrase about arithmetic for a reading problem is worse than none
            about = 0.8 if mine & theirs else -1.5
            about -= 2.0 * len(theirs - mine)  # it speaks of something the teacher did not write about
        reply = 1.5 if p.parent_says and REPLY_OPENING.match(p.text_u) else 0.0
        return fits + 1.6 * scores.get(i, 0.0) / best + category - 0.35 * open_blanks + 0.4 * len(uses) + about - reply

    order = sorted(pool, key=lambda i: (-score(i), i))
    if mine:  # what speaks of a topic the teacher did not write about is left out, if anything else is left
        on_topic = [i for i in order if not topics(lib.phrases[i].text_u) - mine]
        order = on_topic or order
    return [lib.phrases[i] for i in order[:limit]]


def phrase_text(phrase: Phrase, answers: dict) -> str:
    """The phrase in the preparation's form, with every known placeholder filled, the rest as [name]."""
    return fill_known(phrase.text(form_of(answers)), answers)
