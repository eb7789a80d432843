"""`oudergesprek plan`: a communication plan per family, made at the start of the year, printed on one page."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

from oudergesprek.documents import exports, plans
from oudergesprek.errors import EXIT_OK, NotFound, UsageError
from oudergesprek.interview import drafts, flows
from oudergesprek.terminal import print_numbered


@dataclass
class PlanOptions:
    name: str | None = None
    list: bool = False
    answers: Path | None = None
    change: bool = False
    output: Path | None = None
    force: bool = False
    anonymous: bool = False


def run(opts: PlanOptions) -> int:
    if opts.list:
        if opts.name or opts.answers or opts.output:
            raise UsageError("--list toont alleen de plannen; laat de andere opties weg.")
        return list_plans(plans.spec())
    spec = plans.spec()
    exports.check_output(opts.output, opts.force)
    if opts.answers:
        if opts.name or opts.change:
            raise UsageError("Met --answers komen alle antwoorden uit het bestand; laat NAAM en --wijzig weg.")
        answers = flows.read_answers(opts.answers, spec)
        draft = flows.save_new(answers, spec)
        print(f"Plan bewaard: {draft.name}")
        return finish(draft, spec, opts)
    existing = existing_plan(spec, opts.name) if opts.name else None
    if existing is not None and existing.status == drafts.STATUS_DONE and not opts.change:
        return finish(existing, spec, opts)
    if opts.change and existing is None:
        raise UsageError(
            f"Er is nog geen plan voor '{opts.name}' om te wijzigen." if opts.name else "Welk plan? plan NAAM --wijzig",
            "Bekijk de plannen met: oudergesprek plan --list",
        )
    if not sys.stdin.isatty():
        raise UsageError(
            "Het plan maken gaat met vragen en heeft daarvoor een terminal nodig.",
            "Zonder terminal: oudergesprek plan --answers BESTAND.yaml",
        )
    if existing is not None and existing.status == drafts.STATUS_DONE:
        draft = flows.interview(existing, spec, {}, "", changing=True)
    else:
        start = {"kind": opts.name} if opts.name and existing is None else {}
        intro = (
            f"Nieuw communicatieplan voor {opts.name}. " if start else "Nieuw communicatieplan. "
        ) + "Typ ? voor uitleg; Ctrl-C bewaart en stopt.\n"
        if existing is not None:
            intro = ""
        draft = flows.interview(existing, spec, start, intro)
    print(f"\nPlan bewaard: {draft.name}\n")
    return finish(draft, spec, opts)


def existing_plan(spec: flows.Spec, name: str) -> drafts.Draft | None:
    """A saved plan by number, name or child; None when it is a new child's name."""
    try:
        return flows.find(spec, name)
    except NotFound:
        return None


def finish(draft: drafts.Draft, spec: flows.Spec, opts: PlanOptions) -> int:
    from oudergesprek import settings

    answers = exports.anonymous(draft.answers) if opts.anonymous else draft.answers
    teacher = settings.get("naam")
    doc = plans.plan_document(answers, spec, teacher, flows.created(draft))
    hidden = draft.answers if opts.anonymous else None
    exports.deliver(doc, opts.output, opts.force, "Plan", hide_names_of=hidden, about=draft.answers.get("kind"))
    return EXIT_OK


def list_plans(spec: flows.Spec) -> int:
    items = flows.listed(spec)
    if not items:
        print("Nog geen plannen. Maak er een met: oudergesprek plan NAAM_VAN_HET_KIND")
        return EXIT_OK
    keys = ("kind", "groep", "startgesprek", "kanaal")
    rows = ([*(flows.answer_text(item.answers.get(key)) for key in keys), item.status] for item in items)
    print_numbered((("Kind", 16), ("Groep", 12), ("Startgesprek", 26), ("Kanaal", 17)), "Status", rows)
    print("\nBekijk of print er een met: oudergesprek plan NAAM --output plan.pdf")
    return EXIT_OK
