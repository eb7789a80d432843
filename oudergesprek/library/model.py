"""The phrase library as data: skills, categories, situations and phrases."""

from __future__ import annotations

from dataclasses import dataclass, field

SKILLS: dict[str, str] = {
    "rolhelderheid": "Rolhelderheid",
    "constructieve-communicatie": "Constructieve communicatie",
    "regie-houden": "Regie houden",
    "voorbereiding": "Voorbereiding",
    "flexibiliteit": "Flexibiliteit",
}

PLACEHOLDERS: dict[str, str] = {
    "kind": "de voornaam van het kind",
    "hij": "hij of zij, voor het kind",
    "Hij": "Hij of Zij, aan het begin van een zin",
    "hem": "hem of haar, voor het kind",
    "zijn": "zijn of haar, van het kind",
    "Zijn": "Zijn of Haar, aan het begin van een zin",
    "groep": "de groep of klas, bijvoorbeeld groep 5",
    "onderwerp": "waar het gesprek over gaat",
    "datum": "de datum van een afspraak",
    "tijd": "het tijdstip van een afspraak",
    "collega": "de naam van een collega, bijvoorbeeld de intern begeleider",
}

# u: formal, one parent or two; je: informal, one parent; jullie: informal, two parents.
FORMS = ("u", "je", "jullie")


@dataclass(frozen=True)
class Term:
    """A skill, category (soort) or situation: slug, title and a one-line explanation."""

    slug: str
    title: str
    explanation: str = ""
    keywords: tuple[str, ...] = ()


@dataclass(frozen=True)
class Phrase:
    """One phrasing in the three forms of address, with the moments it answers."""

    id: str
    skill: str
    category: str  # `soort`
    situations: tuple[str, ...]
    text_u: str
    text_je: str
    why: str
    source: str = ""
    line: int = 0
    text_jullie: str = ""  # empty: a library without a jullie-form; the je-form stands in
    when: tuple[str, ...] = ()  # `wanneer`: the moment, in a teacher's words
    parent_says: tuple[str, ...] = ()  # `ouder_zegt`: remarks of a parent that this phrase answers

    def text(self, form: str) -> str:
        if form == "jullie":
            return self.text_jullie or self.text_je
        return self.text_je if form == "je" else self.text_u


@dataclass(frozen=True)
class Problem:
    """Something wrong in a library file, reported as `file:line: message`."""

    file: str
    line: int | None
    message: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        return f"{where}: {self.message}"


@dataclass
class Library:
    """Everything loaded from all configured libraries, after overrides."""

    skills: dict[str, Term] = field(default_factory=dict)
    categories: dict[str, Term] = field(default_factory=dict)
    situations: dict[str, Term] = field(default_factory=dict)
    phrases: list[Phrase] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    def by_id(self, phrase_id: str) -> Phrase | None:
        for phrase in self.phrases:
            if phrase.id == phrase_id:
                return phrase
        return None
