"""Every command and option of the command line, declared once, as plain data.

The Typer app (cli/app.py) is built from these declarations, and so is the fast path for a plain
`phrase` look-up (cli/fastpath.py), which must not import Typer. A parameter's `field` is the keyword
under which its value reaches the command: its options dataclass, or its `run`.
"""

from __future__ import annotations

from collections import namedtuple


# Plain named tuples, not dataclasses: this module is read on the fast path, where every import counts.
# What a parameter takes: text, number, flag, path; texts/paths (the option may be given again);
# words (any number of words, joined by spaces).
class Param(
    namedtuple("Param", ["field", "help", "names", "metavar", "takes", "default"], defaults=((), None, "text", None))
):
    """One option (with `names`) or argument (without) of a command."""

    __slots__ = ()

    @property
    def is_argument(self) -> bool:
        return not self.names

    def but(self, **changes: object) -> Param:
        return self._replace(**changes)


# Other words that run the same command: the Dutch words for the three commands the design named in English.
ALIASES = {"phrase": ("zin", "zinnen"), "cheatsheet": ("spiekbrief",), "prep": ("voorbereiden",)}


class Command(namedtuple("Command", ["name", "help", "params"])):
    """A command, carried out by `run` in the module oudergesprek.cli.commands.<name>. It gets the fields as
    keywords, or, when that module defines `<Name>Options` (PrepOptions for prep), one instance of that
    dataclass made from them."""

    __slots__ = ()

    @property
    def aliases(self) -> tuple[str, ...]:
        return ALIASES.get(self.name, ())

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


def flag(field: str, name: str, help: str, short: str = "") -> Param:
    return Param(field, help, (name, short) if short else (name,), takes="flag", default=False)


def saved(help: str, metavar: str = "NAAM") -> Param:
    """The positional argument that names something kept: a draft, a reflection, a plan."""
    return Param("name", help, metavar=metavar)


FORM = Param(
    "form",
    "u, je (één ouder) of jullie (twee ouders); standaard u, of wat u instelde.",
    ("--aanspreekvorm", "-a"),
    "u|je|jullie",
)
CHILD = Param("child", "Voornaam van het kind, ingevuld op {kind}.", ("--kind", "-k"), "NAAM")
SITUATION = Param("situation", "Alleen deze situatie, bijvoorbeeld boze-ouder.", ("--situatie",), "SITUATIE")
SKILL = Param("skill", "Alleen deze vaardigheid, bijvoorbeeld regie-houden.", ("--vaardigheid", "-v"), "NAAM")
CATEGORY = Param("category", "Alleen deze soort, bijvoorbeeld erkenning.", ("--soort", "-s"), "SOORT")
OUTPUT = Param("output", "Bestand: .pdf, .html, .md of .txt.", ("--output", "-o"), "PAD", takes="path")
FORCE = flag("force", "--force", "Overschrijf een bestaand bestand.", "-f")
OPEN = flag("open", "--open", "Open het bestand daarna.")
ANONYMOUS = flag("anonymous", "--anoniem", "Vervang namen van kind en ouders door initialen.")
PRINTABLE = (OUTPUT, FORCE, OPEN)  # a document to print: where it goes, overwrite, open it afterwards
ANSWERS = Param("answers", "Antwoorden uit een YAML-bestand, zonder vragen.", ("--answers",), "BESTAND", takes="path")
RESUME = flag("resume", "--resume", "Ga verder waar u gebleven was.", "-r")
LIST = flag("list", "--list", "Toon wat er bewaard is.", "-l")
JSON = flag("as_json", "--json", "Uitvoer als JSON, voor andere programma's.")

PHRASE = Command(
    "phrase",
    'Zoek de juiste zin: typ wat er speelt, bijvoorbeeld [bold]"ouder huilt"[/].',
    (
        Param("query", "Waar zoekt u woorden voor? Leeg: alles binnen de filters.", metavar="ZOEKVRAAG", takes="words"),
        SKILL,
        CATEGORY,
        SITUATION,
        FORM,
        CHILD,
        Param("topic", "Het onderwerp, ingevuld op {onderwerp}.", ("--onderwerp",), "TEKST"),
        Param(
            "limit", "Hoeveel zinnen hoogstens (standaard 5 bij een zoekvraag).", ("--limit", "-n"), "AANTAL", "number"
        ),
        JSON,
    ),
)

COMMANDS: tuple[Command, ...] = (
    PHRASE,
    Command(
        "check",
        "Controleer zinnenbibliotheken en meld alle fouten tegelijk.",
        (Param("paths", "Mappen of bestanden; leeg: alle ingestelde bibliotheken.", metavar="PAD", takes="paths"),),
    ),
    Command(
        "cheatsheet",
        "Maak een spiekbrief van één A4 met de beste zinnen per vaardigheid.",
        (
            SITUATION.but(help="Alleen zinnen voor deze situatie."),
            SKILL.but(help="Alleen deze vaardigheid."),
            CATEGORY.but(help="Alleen deze soort zin."),
            Param("phrase_ids", "Zet deze zin (id) erop; mag vaker.", ("--zin", "-z"), "ID", takes="texts"),
            FORM,
            CHILD,
            *PRINTABLE,
            ANONYMOUS.but(help="Vervang de naam van het kind door initialen."),
        ),
    ),
    Command(
        "prep",
        "Bereid een gesprek voor, vraag voor vraag; het script heeft een voorkant voor op tafel en een achterkant.",
        (
            saved("Bij --resume: welk concept (standaard het laatste)."),
            RESUME.but(help="Ga verder met een onafgemaakte voorbereiding."),
            LIST.but(help="Toon alle voorbereidingen."),
            ANSWERS,
            *PRINTABLE,
            ANONYMOUS,
            flag("front_only", "--zonder-achterkant", "Alleen de voorkant, voor op tafel; geen pagina 'voor mezelf'."),
        ),
    ),
    Command(
        "wis",
        "Verwijder een voorbereiding, reflectie, plan of oefenronde, of alles over één kind.",
        (
            saved("Naam van het concept (zie prep --list)."),
            CHILD.but(help="Alles over dit kind."),
            flag("yes", "--ja", "Niet eerst om bevestiging vragen."),
            flag("rehearsals", "--oefenrondes", "Alle oefenrondes van oudergesprek oefen."),
            flag("everything", "--alles", "Alles: elke voorbereiding, reflectie en elk plan."),
        ),
    ),
    Command(
        "snel",
        'Aan de deur: [bold]"Kan ik u snel even spreken?"[/] De routine op één scherm.',
        (flag("choose", "--kies", "Twee snelle vragen; daarna alleen wat past."), FORM, CHILD),
    ),
    Command(
        "config",
        "Bekijk of wijzig uw instellingen, zoals aanspreekvorm en schoolregels.",
        (
            Param("key", "Welke instelling; leeg: toon ze allemaal.", metavar="SLEUTEL"),
            Param("value", "De nieuwe waarde.", metavar="WAARDE"),
            flag("clear", "--wis", "Zet de instelling terug op de standaard."),
        ),
    ),
    Command(
        "reflect",
        "Kijk terug op een gesprek met vijf vragen; alles in uw eigen dagboek.",
        (
            saved("Ga verder met deze onafgemaakte reflectie (nummer of naam).", "NR"),
            RESUME,
            Param("prep", "Koppel aan deze voorbereiding (zie prep --list).", ("--prep", "-p"), "NAAM"),
            LIST,
            Param("show", "Toon één reflectie (nummer uit --list, of naam).", ("--show", "-s"), "NR"),
            ANSWERS,
            flag("overview", "--overzicht", "Alle reflecties samen: wat was vaak lastig, wat neemt u zich voor?"),
            OUTPUT,
            FORCE,
            ANONYMOUS,
        ),
    ),
    Command(
        "plan",
        "Maak een communicatieplan per gezin voor het begin van het schooljaar.",
        (
            saved("Voornaam van het kind (nieuw plan), of een bestaand plan om te tonen."),
            LIST,
            ANSWERS,
            flag("change", "--wijzig", "Pas een bestaand plan aan."),
            OUTPUT,
            FORCE,
            ANONYMOUS,
        ),
    ),
    Command(
        "oefen",
        "Oefen een lastig moment: het programma speelt de ouder, u antwoordt en krijgt tips.",
        (
            SITUATION.but(help="Welk moment, bijvoorbeeld boze-ouder."),
            FORM,
            Param(
                "remarks",
                "Hoeveel opmerkingen de ouder maakt (standaard 5).",
                ("--rondes", "-n"),
                "AANTAL",
                "number",
                5,
            ),
            ANSWERS.but(help="Uw antwoorden uit een YAML-bestand, zonder terminal."),
            JSON.but(help="Bij --answers: de feedback als JSON."),
            flag("overview", "--overzicht", "Uw voortgang over alle oefenrondes."),
            CHILD.but(help="Voornaam van het kind; met hij of zij erbij ('Daan, hij') zegt de ouder dat ook."),
        ),
    ),
)
