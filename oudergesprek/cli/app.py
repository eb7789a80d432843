"""The command line: parses options and hands over to the commands package."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from oudergesprek.cli.typer_nl import DutchGroup

app = typer.Typer(
    cls=DutchGroup,
    name="oudergesprek",
    help="De juiste woorden voor gesprekken met ouders: opzoeken, voorbereiden, op papier.",
    add_completion=False,
    no_args_is_help=True,
    context_settings={"help_option_names": ["-h", "--help"]},
    rich_markup_mode="rich",
)

Vorm = Annotated[
    Optional[str],
    typer.Option(
        "--aanspreekvorm",
        "-a",
        help="u, je (één ouder) of jullie (twee ouders); standaard u, of wat u instelde.",
        metavar="u|je|jullie",
    ),
]
Kind = Annotated[
    Optional[str], typer.Option("--kind", "-k", help="Voornaam van het kind, ingevuld op {kind}.", metavar="NAAM")
]


@app.command("phrase", help='Zoek de juiste zin: typ wat er speelt, bijvoorbeeld [bold]"ouder huilt"[/].')
def phrase(
    query: Annotated[
        Optional[list[str]],
        typer.Argument(help="Waar zoekt u woorden voor? Leeg: alles binnen de filters.", metavar="ZOEKVRAAG"),
    ] = None,
    vaardigheid: Annotated[
        Optional[str],
        typer.Option("--vaardigheid", "-v", help="Alleen deze vaardigheid, bijvoorbeeld regie-houden.", metavar="NAAM"),
    ] = None,
    soort: Annotated[
        Optional[str], typer.Option("--soort", "-s", help="Alleen deze soort, bijvoorbeeld erkenning.", metavar="SOORT")
    ] = None,
    situatie: Annotated[
        Optional[str],
        typer.Option("--situatie", help="Alleen deze situatie, bijvoorbeeld boze-ouder.", metavar="SITUATIE"),
    ] = None,
    aanspreekvorm: Vorm = None,
    kind: Kind = None,
    onderwerp: Annotated[
        Optional[str], typer.Option("--onderwerp", help="Het onderwerp, ingevuld op {onderwerp}.", metavar="TEKST")
    ] = None,
    limit: Annotated[
        Optional[int],
        typer.Option(
            "--limit", "-n", help="Hoeveel zinnen hoogstens (standaard 5 bij een zoekvraag).", metavar="AANTAL"
        ),
    ] = None,
    json_: Annotated[bool, typer.Option("--json", help="Uitvoer als JSON, voor andere programma's.")] = False,
) -> None:
    from oudergesprek.cli.commands.phrase import PhraseOptions, run

    opts = PhraseOptions(
        " ".join(query or []), vaardigheid, soort, situatie, aanspreekvorm, kind, onderwerp, limit, json_
    )
    raise typer.Exit(run(opts))


@app.command("check", help="Controleer zinnenbibliotheken en meld alle fouten tegelijk.")
def check(
    paden: Annotated[
        Optional[list[Path]],
        typer.Argument(help="Mappen of bestanden; leeg: alle ingestelde bibliotheken.", metavar="PAD"),
    ] = None,
) -> None:
    from oudergesprek.cli.commands.check import run

    raise typer.Exit(run(paden or []))


@app.command("cheatsheet", help="Maak een spiekbrief van één A4 met de beste zinnen per vaardigheid.")
def cheatsheet(
    situatie: Annotated[
        Optional[str], typer.Option("--situatie", help="Alleen zinnen voor deze situatie.", metavar="SITUATIE")
    ] = None,
    vaardigheid: Annotated[
        Optional[str], typer.Option("--vaardigheid", "-v", help="Alleen deze vaardigheid.", metavar="NAAM")
    ] = None,
    soort: Annotated[
        Optional[str], typer.Option("--soort", "-s", help="Alleen deze soort zin.", metavar="SOORT")
    ] = None,
    zin: Annotated[
        Optional[list[str]], typer.Option("--zin", "-z", help="Zet deze zin (id) erop; mag vaker.", metavar="ID")
    ] = None,
    aanspreekvorm: Vorm = None,
    kind: Kind = None,
    output: Annotated[
        Optional[Path], typer.Option("--output", "-o", help="Bestand: .pdf, .html, .md of .txt.", metavar="PAD")
    ] = None,
    force: Annotated[bool, typer.Option("--force", "-f", help="Overschrijf een bestaand bestand.")] = False,
    open_: Annotated[bool, typer.Option("--open", help="Open het bestand daarna.")] = False,
    anoniem: Annotated[bool, typer.Option("--anoniem", help="Vervang de naam van het kind door initialen.")] = False,
) -> None:
    from oudergesprek.cli.commands.cheatsheet import CheatsheetOptions, run

    opts = CheatsheetOptions(
        situatie, vaardigheid, soort, list(zin or []), aanspreekvorm, kind, output, force, open_, anoniem
    )
    raise typer.Exit(run(opts))


@app.command(
    "prep",
    help="Bereid een gesprek voor, vraag voor vraag; het script heeft een voorkant voor op tafel en een achterkant.",
)
def prep(
    naam: Annotated[
        Optional[str], typer.Argument(help="Bij --resume: welk concept (standaard het laatste).", metavar="NAAM")
    ] = None,
    resume: Annotated[
        bool, typer.Option("--resume", "-r", help="Ga verder met een onafgemaakte voorbereiding.")
    ] = False,
    lijst: Annotated[bool, typer.Option("--list", "-l", help="Toon alle voorbereidingen.")] = False,
    answers: Annotated[
        Optional[Path],
        typer.Option("--answers", help="Antwoorden uit een YAML-bestand, zonder vragen.", metavar="BESTAND"),
    ] = None,
    output: Annotated[
        Optional[Path], typer.Option("--output", "-o", help="Bestand: .pdf, .html, .md of .txt.", metavar="PAD")
    ] = None,
    force: Annotated[bool, typer.Option("--force", "-f", help="Overschrijf een bestaand bestand.")] = False,
    open_: Annotated[bool, typer.Option("--open", help="Open het bestand daarna.")] = False,
    anoniem: Annotated[
        bool, typer.Option("--anoniem", help="Vervang namen van kind en ouders door initialen.")
    ] = False,
    zonder_achterkant: Annotated[
        bool,
        typer.Option("--zonder-achterkant", help="Alleen de voorkant, voor op tafel; geen pagina 'voor mezelf'."),
    ] = False,
) -> None:
    from oudergesprek.cli.commands.prep import PrepOptions, run

    if naam and not resume:
        resume = True
    opts = PrepOptions(resume, naam, lijst, answers, output, force, open_, anoniem, not zonder_achterkant)
    raise typer.Exit(run(opts))


@app.command("wis", help="Verwijder een voorbereiding, reflectie, plan of oefenronde, of alles over één kind.")
def wis(
    naam: Annotated[
        Optional[str], typer.Argument(help="Naam van het concept (zie prep --list).", metavar="NAAM")
    ] = None,
    kind: Annotated[Optional[str], typer.Option("--kind", "-k", help="Alles over dit kind.", metavar="NAAM")] = None,
    ja: Annotated[bool, typer.Option("--ja", help="Niet eerst om bevestiging vragen.")] = False,
    oefenrondes: Annotated[
        bool, typer.Option("--oefenrondes", help="Alle oefenrondes van oudergesprek oefen.")
    ] = False,
    alles: Annotated[bool, typer.Option("--alles", help="Alles: elke voorbereiding, reflectie en elk plan.")] = False,
) -> None:
    from oudergesprek.cli.commands.wis import run

    raise typer.Exit(run(naam, kind, ja, everything=alles, rehearsals=oefenrondes))


# --- around the talk: snel, reflect, plan, config, oefen ---------------------------------------------

Output = Annotated[
    Optional[Path], typer.Option("--output", "-o", help="Bestand: .pdf, .html, .md of .txt.", metavar="PAD")
]
Force = Annotated[bool, typer.Option("--force", "-f", help="Overschrijf een bestaand bestand.")]
Anoniem = Annotated[bool, typer.Option("--anoniem", help="Vervang namen van kind en ouders door initialen.")]
Answers = Annotated[
    Optional[Path], typer.Option("--answers", help="Antwoorden uit een YAML-bestand, zonder vragen.", metavar="BESTAND")
]
Resume = Annotated[bool, typer.Option("--resume", "-r", help="Ga verder waar u gebleven was.")]
Lijst = Annotated[bool, typer.Option("--list", "-l", help="Toon wat er bewaard is.")]


@app.command("snel", help='Aan de deur: [bold]"Kan ik u snel even spreken?"[/] De routine op één scherm.')
def snel(
    kies: Annotated[bool, typer.Option("--kies", help="Twee snelle vragen; daarna alleen wat past.")] = False,
    aanspreekvorm: Vorm = None,
    kind: Kind = None,
) -> None:
    from oudergesprek.cli.commands.snel import run

    raise typer.Exit(run(kies, aanspreekvorm, kind))


@app.command("config", help="Bekijk of wijzig uw instellingen, zoals aanspreekvorm en schoolregels.")
def config(
    sleutel: Annotated[
        Optional[str], typer.Argument(help="Welke instelling; leeg: toon ze allemaal.", metavar="SLEUTEL")
    ] = None,
    waarde: Annotated[Optional[str], typer.Argument(help="De nieuwe waarde.", metavar="WAARDE")] = None,
    wis: Annotated[bool, typer.Option("--wis", help="Zet de instelling terug op de standaard.")] = False,
) -> None:
    from oudergesprek.cli.commands.config import run

    raise typer.Exit(run(sleutel, waarde, wis))


@app.command("reflect", help="Kijk terug op een gesprek met vijf vragen; alles in uw eigen dagboek.")
def reflect(
    naam: Annotated[
        Optional[str],
        typer.Argument(help="Ga verder met deze onafgemaakte reflectie (nummer of naam).", metavar="NR"),
    ] = None,
    resume: Resume = False,
    prep: Annotated[
        Optional[str],
        typer.Option("--prep", "-p", help="Koppel aan deze voorbereiding (zie prep --list).", metavar="NAAM"),
    ] = None,
    lijst: Lijst = False,
    show: Annotated[
        Optional[str],
        typer.Option("--show", "-s", help="Toon één reflectie (nummer uit --list, of naam).", metavar="NR"),
    ] = None,
    answers: Answers = None,
    overzicht: Annotated[
        bool, typer.Option("--overzicht", help="Alle reflecties samen: wat was vaak lastig, wat neemt u zich voor?")
    ] = False,
    output: Output = None,
    force: Force = False,
    anoniem: Anoniem = False,
) -> None:
    from oudergesprek.cli.commands.reflect import ReflectOptions, run

    opts = ReflectOptions(naam, resume or bool(naam), prep, lijst, show, answers, overzicht, output, force, anoniem)
    raise typer.Exit(run(opts))


@app.command("plan", help="Maak een communicatieplan per gezin voor het begin van het schooljaar.")
def plan(
    naam: Annotated[
        Optional[str],
        typer.Argument(help="Voornaam van het kind (nieuw plan), of een bestaand plan om te tonen.", metavar="NAAM"),
    ] = None,
    lijst: Lijst = False,
    answers: Answers = None,
    wijzig: Annotated[bool, typer.Option("--wijzig", help="Pas een bestaand plan aan.")] = False,
    output: Output = None,
    force: Force = False,
    anoniem: Anoniem = False,
) -> None:
    from oudergesprek.cli.commands.plan import PlanOptions, run

    raise typer.Exit(run(PlanOptions(naam, lijst, answers, wijzig, output, force, anoniem)))


@app.command("oefen", help="Oefen een lastig moment: het programma speelt de ouder, u antwoordt en krijgt tips.")
def oefen(
    situatie: Annotated[
        Optional[str], typer.Option("--situatie", help="Welk moment, bijvoorbeeld boze-ouder.", metavar="SITUATIE")
    ] = None,
    aanspreekvorm: Vorm = None,
    rondes: Annotated[
        int,
        typer.Option("--rondes", "-n", help="Hoeveel opmerkingen de ouder maakt (standaard 5).", metavar="AANTAL"),
    ] = 5,
    answers: Annotated[
        Optional[Path],
        typer.Option("--answers", help="Uw antwoorden uit een YAML-bestand, zonder terminal.", metavar="BESTAND"),
    ] = None,
    json_: Annotated[bool, typer.Option("--json", help="Bij --answers: de feedback als JSON.")] = False,
    overzicht: Annotated[bool, typer.Option("--overzicht", help="Uw voortgang over alle oefenrondes.")] = False,
    kind: Kind = None,
) -> None:
    from oudergesprek.cli.commands.oefen import OefenOptions, run

    raise typer.Exit(run(OefenOptions(situatie, aanspreekvorm, rondes, answers, json_, overzicht, kind)))
