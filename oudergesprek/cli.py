"""The command line: parses options and hands over to the commands package."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from oudergesprek.typer_nl import DutchGroup

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
    typer.Option("--aanspreekvorm", "-a", help="u of je (standaard: u, of wat u instelde).", metavar="u|je"),
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
    from oudergesprek.commands.phrase import PhraseOptions, run

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
    from oudergesprek.commands.check import run

    raise typer.Exit(run(paden or []))
