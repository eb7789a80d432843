"""The phrase library as data: skills, categories, situations and phrases."""

from __future__ import annotations

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


class Record:
    """A plain value class: equal, hashable and printable by the fields named in `__slots__`.

    The look-up path uses these instead of dataclasses: importing `dataclasses` (and the `inspect` it
    pulls in) and generating each class's methods costs more than the whole search at the classroom door.
    """

    __slots__: tuple[str, ...] = ()

    def values(self) -> tuple:
        return tuple(getattr(self, name) for name in self.__slots__)

    def __eq__(self, other: object) -> bool:
        return type(other) is type(self) and other.values() == self.values()  # type: ignore[attr-defined]

    def __hash__(self) -> int:
        return hash(self.values())

    def __repr__(self) -> str:
        shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in self.__slots__)
        return f"{type(self).__name__}({shown})"


class Term(Record):
    """A skill, category (soort) or situation: slug, title and a one-line explanation."""

    __slots__ = ("slug", "title", "explanation", "keywords")

    def __init__(self, slug: str, title: str, explanation: str = "", keywords: tuple[str, ...] = ()) -> None:
        self.slug = slug
        self.title = title
        self.explanation = explanation
        self.keywords = keywords


class Phrase(Record):
    """One phrasing in the three forms of address, with the moments it answers."""

    __slots__ = (
        "id",
        "skill",
        "category",  # `soort`
        "situations",
        "text_u",
        "text_je",
        "why",
        "source",
        "line",
        "text_jullie",  # empty: a library without a jullie-form; the je-form stands in
        "when",  # `wanneer`: the moment, in a teacher's words
        "parent_says",  # `ouder_zegt`: remarks of a parent that this phrase answers
    )

    def __init__(
        self,
        id: str,
        skill: str,
        category: str,
        situations: tuple[str, ...],
        text_u: str,
        text_je: str,
        why: str,
        source: str = "",
        line: int = 0,
        text_jullie: str = "",
        when: tuple[str, ...] = (),
        parent_says: tuple[str, ...] = (),
    ) -> None:
        self.id = id
        self.skill = skill
        self.category = category
        self.situations = situations
        self.text_u = text_u
        self.text_je = text_je
        self.why = why
        self.source = source
        self.line = line
        self.text_jullie = text_jullie
        self.when = when
        self.parent_says = parent_says

    def text(self, form: str) -> str:
        if form == "jullie":
            return self.text_jullie or self.text_je
        return self.text_je if form == "je" else self.text_u


class Problem(Record):
    """Something wrong in a library file, reported as `file:line: message`."""

    __slots__ = ("file", "line", "message")

    def __init__(self, file: str, line: int | None, message: str) -> None:
        self.file = file
        self.line = line
        self.message = message

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        return f"{where}: {self.message}"


class Library(Record):
    """Everything loaded from all configured libraries, after overrides."""

    __slots__ = ("skills", "categories", "situations", "phrases", "problems")
    __hash__ = None  # type: ignore[assignment]  # it changes while libraries are combined

    def __init__(
        self,
        skills: dict[str, Term] | None = None,
        categories: dict[str, Term] | None = None,
        situations: dict[str, Term] | None = None,
        phrases: list[Phrase] | None = None,
        problems: list[Problem] | None = None,
    ) -> None:
        self.skills: dict[str, Term] = skills if skills is not None else {}
        self.categories: dict[str, Term] = categories if categories is not None else {}
        self.situations: dict[str, Term] = situations if situations is not None else {}
        self.phrases: list[Phrase] = phrases if phrases is not None else []
        self.problems: list[Problem] = problems if problems is not None else []

    def by_id(self, phrase_id: str) -> Phrase | None:
        for phrase in self.phrases:
            if phrase.id == phrase_id:
                return phrase
        return None
