"""`oudergesprek phrase`: look up the right words."""

from __future__ import annotations

import sys
import textwrap

from oudergesprek.errors import EXIT_NOT_FOUND, EXIT_OK, UsageError, warn
from oudergesprek.library.model import FORMS, Library, Phrase, Record


class PhraseOptions(Record):
    """The options of `phrase`, by keyword, as cli/options.py declares them."""

    __slots__ = ("query", "skill", "category", "situation", "form", "child", "topic", "limit", "as_json")
    __hash__ = None  # type: ignore[assignment]

    def __init__(
        self,
        query: str = "",
        skill: str | None = None,
        category: str | None = None,
        situation: str | None = None,
        form: str | None = None,
        child: str | None = None,
        topic: str | None = None,
        limit: int | None = None,
        as_json: bool = False,
    ) -> None:
        self.query = query
        self.skill = skill
        self.category = category
        self.situation = situation
        self.form = form
        self.child = child
        self.topic = topic
        self.limit = limit
        self.as_json = as_json


def resolve_form(form: str | None) -> str:
    """The chosen form of address, else the configured default, else u."""
    if form is None:
        from oudergesprek.settings import default_form

        return default_form()
    if form not in FORMS:
        raise UsageError(f"Onbekende aanspreekvorm '{form}'. Kies 'u', 'je' (één ouder) of 'jullie' (twee ouders).")
    return form


def warn_problems(problems: list) -> None:
    """Broken files never block a look-up: one warning per file, then carry on."""
    first: dict[str, str] = {}
    for problem in problems:
        first.setdefault(problem.file, str(problem))
    files = sorted(first)
    for name in files[:5]:
        warn(f"{first[name]} De rest werkt gewoon; alle meldingen: oudergesprek check")
    if len(files) > 5:
        warn(f"en nog {len(files) - 5} bestanden met fouten.")


def run(opts: PhraseOptions) -> int:
    from oudergesprek.search.catalog import load_catalog
    from oudergesprek.search.lookup import Filters, as_record, look_up

    form = resolve_form(opts.form)
    if opts.limit is not None and opts.limit < 1:
        raise UsageError("--limit moet 1 of meer zijn.")
    if not opts.query.strip() and not (opts.skill or opts.category or opts.situation or opts.as_json):
        print(what_to_type(), flush=True)  # like help: on standard output, so `| head` ends it quietly
        return EXIT_NOT_FOUND
    catalog = load_catalog()
    warn_problems(catalog.library.problems)
    lib = catalog.library
    filters = Filters(opts.skill, opts.category, opts.situation)
    result = look_up(catalog, opts.query, filters, opts.limit)
    found = result.phrases
    values = {"kind": opts.child, "onderwerp": opts.topic}
    if opts.as_json:
        records = [as_record(p, lib, form, values) for p in found]
        import json  # only here: a plain look-up does not pay for it

        print(json.dumps(records, ensure_ascii=False, indent=2))
        return EXIT_OK if found else EXIT_NOT_FOUND
    if not found:
        print(nothing_found(opts.query), file=sys.stderr)
        return EXIT_NOT_FOUND
    if result.weak:
        print(weak_match(), file=sys.stderr)
    from oudergesprek.library.fill import fill
    from oudergesprek.terminal import use_colour, width

    texts = [fill(p.text(form), values) for p in found]
    moments = result.moments
    if use_colour():
        print_phrases(found, texts, lib, moments)
    else:
        cols = width() - 3
        rows = enumerate(zip(found, texts, moments, strict=True), 1)
        print("\n\n".join(phrase_block(i, p, t, lib, cols, m) for i, (p, t, m) in rows))
    return EXIT_OK


def what_to_type() -> str:
    return (
        "Wat zoekt u? Beschrijf het moment of typ wat de ouder zei, bijvoorbeeld:\n"
        '  oudergesprek phrase "moeder huilt aan de deur"\n'
        '  oudergesprek phrase "hoe rond ik het gesprek af"\n'
        "Of blader per soort of situatie: oudergesprek phrase --soort erkenning, --situatie boze-ouder"
    )


def weak_match() -> str:
    return (
        "Geen zin die hier echt bij past; dit komt het dichtst in de buurt.\n"
        "Beschrijf het moment in andere woorden, of blader per soort of situatie:\n"
        "  oudergesprek phrase --soort erkenning      oudergesprek phrase --situatie boze-ouder\n"
    )


def nothing_found(query: str) -> str:
    shown = " ".join(query.split())
    if len(shown) > 60:
        shown = shown[:57].rsplit(" ", 1)[0] + " …"
    if shown:
        head = f"Niets gevonden voor '{shown}'."
    else:
        head = "Geen zinnen die bij deze keuze passen."
    return (
        f"{head}\n"
        "Beschrijf in het Nederlands wat er gebeurt, bijvoorbeeld: vader wordt boos aan de deur,\n"
        'of typ wat de ouder zei: "u heeft mijn kind altijd al gehad".\n'
        "Of blader per soort of situatie: oudergesprek phrase --soort erkenning, --situatie boze-ouder"
    )


# --- the phrases on screen: boxes in a terminal, plain text in a pipe ---------------------------------


def phrase_block(number: int, phrase: Phrase, text: str, lib: Library, cols: int, moment: str = "") -> str:
    category = lib.categories[phrase.category].title if phrase.category in lib.categories else phrase.category
    skill = lib.skills[phrase.skill].title if phrase.skill in lib.skills else phrase.skill
    situations = ", ".join(lib.situations[s].title for s in phrase.situations if s in lib.situations)
    wrap = textwrap.TextWrapper(width=cols, initial_indent="   ", subsequent_indent="   ")
    head = textwrap.fill(f"{number}. {category} · {skill}  [{phrase.id}]", width=cols + 3, subsequent_indent="   ")
    lines = [head]
    if moment:
        lines.append(wrap.fill(f"Als: {moment}"))
    lines.append(wrap.fill(text))
    if phrase.why:
        lines.append(wrap.fill(f"Waarom: {phrase.why}"))
    if situations:
        lines.append(wrap.fill(f"Situaties: {situations}"))
    return "\n".join(lines)


def print_phrases(phrases: list[Phrase], texts: list[str], lib: Library, moments: list[str]) -> None:
    from rich.console import Console
    from rich.markup import escape
    from rich.panel import Panel
    from rich.text import Text

    console = Console()
    for number, (phrase, text, moment) in enumerate(zip(phrases, texts, moments, strict=True), 1):
        category = lib.categories[phrase.category].title if phrase.category in lib.categories else phrase.category
        skill = lib.skills[phrase.skill].title if phrase.skill in lib.skills else phrase.skill
        body = Text()
        if moment:
            body.append(f"Als: {moment}\n", style="italic")
        body.append(text, style="bold")
        if phrase.why:
            body.append("\n\n")
            body.append(phrase.why, style="dim")
        situations = ", ".join(lib.situations[s].title for s in phrase.situations if s in lib.situations)
        console.print(
            Panel(
                body,
                title=f"[bold]{number}. {escape(category)}[/] · {escape(skill)}",
                title_align="left",
                subtitle=escape(f"{situations} · {phrase.id}" if situations else phrase.id),
                subtitle_align="right",
                border_style="cyan",
                padding=(0, 1),
            )
        )
