"""`oudergesprek reflect`: look back on a talk with five questions, kept in a private journal."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

from oudergesprek.documents import exports, journal
from oudergesprek.errors import EXIT_OK, NotFound, UsageError
from oudergesprek.interview import drafts, flows
from oudergesprek.terminal import print_numbered


@dataclass
class ReflectOptions:
    name: str | None = None
    resume: bool = False
    prep: str | None = None
    list: bool = False
    show: str | None = None
    answers: Path | None = None
    overview: bool = False
    output: Path | None = None
    force: bool = False
    anonymous: bool = False

    def __post_init__(self) -> None:
        self.resume = self.resume or bool(self.name)  # `reflect NR` goes on with that one


def run(opts: ReflectOptions) -> int:
    for flag, given in (("--show", opts.show), ("--prep", opts.prep)):
        if given is not None and not given.strip():
            raise UsageError(
                f"Bij {flag} hoort een nummer of naam.", "Bekijk wat er is met: oudergesprek reflect --list"
            )
    chosen = [flag for flag, on in (("--list", opts.list), ("--show", opts.show), ("--overzicht", opts.overview),
              ("--answers", opts.answers), ("--resume", opts.resume)) if on]  # fmt: skip
    if len(chosen) > 1:
        raise UsageError(f"Kies één van {' en '.join(chosen)} tegelijk.")
    if opts.prep and (opts.list or opts.show or opts.overview or opts.resume):
        raise UsageError("--prep hoort bij een nieuwe reflectie, met vragen of met --answers.")
    spec = journal.spec()
    if opts.list:
        return list_reflections(spec)
    exports.check_output(opts.output, opts.force)
    if opts.overview:
        items = flows.listed(spec)
        if not any(item.status == drafts.STATUS_DONE for item in items):
            raise NotFound("Er zijn nog geen afgeronde reflecties om samen te nemen.", "Begin: oudergesprek reflect")
        if opts.anonymous:
            for item in items:
                item.answers = exports.anonymous(item.answers)
        from oudergesprek import settings

        doc = journal.overview_document(journal.overview(items), settings.get("naam"))
        exports.deliver(doc, opts.output, opts.force, "Overzicht")
        return EXIT_OK
    if opts.show:
        return finish(flows.find(spec, opts.show), spec, opts)
    start = linked(opts.prep, spec) if opts.prep else {}
    if opts.answers:
        answers = flows.read_answers(opts.answers, spec, start)
        saved = flows.save_new(answers, spec)
        print(f"Reflectie bewaard: {saved.name}")
        return finish(saved, spec, opts) if opts.output else EXIT_OK
    if not sys.stdin.isatty():
        raise UsageError(
            "De reflectie stelt vragen en heeft daarvoor een terminal nodig.",
            "Zonder terminal: oudergesprek reflect --answers BESTAND.yaml",
        )
    draft = unfinished(spec, opts.name) if opts.resume or opts.name else None
    intro = "Terugkijken op een gesprek: vijf vragen en twee keuzes. Typ ? voor uitleg; Ctrl-C bewaart en stopt.\n"
    if start.get("voorbereiding"):
        goal = goal_of(str(start["voorbereiding"]))
        intro += f"Bij de voorbereiding {start['voorbereiding']}." + (f" Uw doel was: {goal}" if goal else "") + "\n"
    draft = flows.interview(draft, spec, start, intro)
    print(f"\nBewaard in uw dagboek: {draft.name}")
    if opts.output:
        return finish(draft, spec, opts)
    print("Terugzien: oudergesprek reflect --show 1")
    print("Alle gesprekken samen: oudergesprek reflect --overzicht")
    return EXIT_OK


def linked(name: str, spec: flows.Spec) -> dict:
    """What a reflection takes over from its preparation (spec.from_link: child, parents, which talk), and the
    link."""
    prep = drafts.find(name, "concepten", unfinished_only=False)
    answers = prep.answers
    situation = str(answers.get("situatie") or "")
    talk = situation_title(situation) if situation else "gesprek"
    if answers.get("datum"):
        talk += f", {flows.answer_text(answers['datum'])}"
    start: dict = {spec.link: prep.name, "gesprek": talk}
    for key in spec.from_link:
        if key not in start and flows.answer_text(answers.get(key)):
            start[key] = flows.answer_text(answers[key])
    # what came from the preparation goes again if the reflection turns out to be about another child
    start["concept"] = {flows.marked(spec): [key for key in start if key != spec.link]}
    return start


def situation_title(slug: str) -> str:
    from oudergesprek.search.catalog import load_catalog

    term = load_catalog().library.situations.get(slug)
    return term.title if term else slug.replace("-", " ")


def goal_of(prep_name: str) -> str:
    """The goal written in a linked preparation, if it is still there."""
    items, _ = drafts.all_drafts("concepten")
    found = next((d for d in items if d.name == prep_name), None)
    return flows.answer_text(found.answers.get("doel")) if found else ""


def unfinished(spec: flows.Spec, name: str | None) -> drafts.Draft:
    if name:
        return flows.find(spec, name)
    open_items = [d for d in flows.listed(spec) if d.status != drafts.STATUS_DONE]
    if not open_items:
        raise UsageError("Er is geen onafgemaakte reflectie.", "Begin een nieuwe: oudergesprek reflect")
    return open_items[0]


def finish(draft: drafts.Draft, spec: flows.Spec, opts: ReflectOptions) -> int:
    answers = exports.anonymous(draft.answers) if opts.anonymous else draft.answers
    goal = goal_of(str(draft.answers["voorbereiding"])) if draft.answers.get("voorbereiding") else ""
    if goal and opts.anonymous:
        goal = exports.anonymous({**draft.answers, "doel": goal})["doel"]
    doc = journal.reflection_document(answers, spec, goal)
    hidden = draft.answers if opts.anonymous else None
    exports.deliver(doc, opts.output, opts.force, "Reflectie", hide_names_of=hidden, about=draft.answers.get("kind"))
    return EXIT_OK


def list_reflections(spec: flows.Spec) -> int:
    items = flows.listed(spec)
    if not items:
        print("Nog geen reflecties. Kijk terug op een gesprek met: oudergesprek reflect")
        return EXIT_OK
    keys = ("datum", "gesprek", "kind")
    rows = ([*(flows.answer_text(item.answers.get(key)) for key in keys), item.status] for item in items)
    print_numbered((("Datum", 18), ("Gesprek", 32), ("Kind", 12)), "Status", rows, ellipsis={"Gesprek"})
    print("\nBekijk er een met: oudergesprek reflect --show NR")
    if any(item.status != drafts.STATUS_DONE for item in items):
        print("Maak een onafgemaakte af met: oudergesprek reflect --resume NR")
    return EXIT_OK
