"""`oudergesprek cheatsheet`: one A4 spiekbrief with the five skills, their best phrases and the routines."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from oudergesprek.documents.cheatsheet import Choice, build
from oudergesprek.errors import EXIT_OK, UsageError
from oudergesprek.render.document import Document

TOO_LONG_HINT = "Kies minder zinnen met --zin, of maak de keuze kleiner met --vaardigheid, --situatie of --soort."


@dataclass
class CheatsheetOptions:
    situation: str | None = None
    skill: str | None = None
    category: str | None = None
    phrase_ids: list[str] | None = None
    form: str | None = None
    child: str | None = None
    output: Path | None = None
    force: bool = False
    open: bool = False
    anonymous: bool = False


def run(opts: CheatsheetOptions) -> int:
    from oudergesprek.cli.commands.phrase import resolve_form, warn_problems
    from oudergesprek.render import DocumentTooLong, check_fits, render
    from oudergesprek.search.catalog import load_catalog

    form = resolve_form(opts.form)
    if opts.open and opts.output is None:
        raise UsageError("--open werkt alleen samen met --output.", "Bijvoorbeeld: --output spiekbrief.pdf --open")
    catalog = load_catalog()
    warn_problems(catalog.library.problems)
    choice = Choice(opts.situation, opts.skill, opts.category, opts.phrase_ids, opts.child, opts.anonymous)
    doc = build(catalog.library, choice, form)
    try:
        if opts.output is None:
            check_fits(doc)
            show(doc)
            return EXIT_OK
        path = render(doc, opts.output, force=opts.force)
    except DocumentTooLong as exc:
        exc.hint = TOO_LONG_HINT
        raise
    print(f"Spiekbrief opgeslagen: {path}")
    if opts.child:  # the child's name is on the page: wis --kind removes it too
        from oudergesprek.documents.exports import remember

        remember(path, [opts.child])
    if opts.open:
        from oudergesprek.cli.commands import open_file

        open_file(path)
    return EXIT_OK


def show(doc: Document) -> None:
    from oudergesprek.render import show as show_document

    show_document(doc)
