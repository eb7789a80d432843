"""Commands around the talk: snel, reflect, plan and config (registered on the main app)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from oudergesprek.cli import Kind, Vorm, app

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
    from oudergesprek.commands.snel import run

    raise typer.Exit(run(kies, aanspreekvorm, kind))


@app.command("config", help="Bekijk of wijzig uw instellingen, zoals aanspreekvorm en schoolregels.")
def config(
    sleutel: Annotated[
        Optional[str], typer.Argument(help="Welke instelling; leeg: toon ze allemaal.", metavar="SLEUTEL")
    ] = None,
    waarde: Annotated[Optional[str], typer.Argument(help="De nieuwe waarde.", metavar="WAARDE")] = None,
    wis: Annotated[bool, typer.Option("--wis", help="Zet de instelling terug op de standaard.")] = False,
) -> None:
    from oudergesprek.commands.config import run

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
    from oudergesprek.commands.reflect import ReflectOptions, run

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
    from oudergesprek.commands.plan import PlanOptions, run

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
    from oudergesprek.commands.oefen import OefenOptions, run

    raise typer.Exit(run(OefenOptions(situatie, aanspreekvorm, rondes, answers, json_, overzicht, kind)))
