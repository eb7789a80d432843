"""`oudergesprek prep`: the interactive preparation, its drafts, and the one-page script."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from oudergesprek import drafts, prompter
from oudergesprek.errors import EXIT_OK, Interrupted, StopLikeCtrlC, UsageError
from oudergesprek.prepflow import Flow, Question, answer_problems, load_flow

SKILL_TITLES = {
    "voorbereiding": "Voorbereiding",
    "flexibiliteit": "Flexibiliteit",
    "constructieve-communicatie": "Constructieve communicatie",
    "regie-houden": "Regie houden",
    "rolhelderheid": "Rolhelderheid",
}


@dataclass
class PrepOptions:
    resume: bool = False
    name: str | None = None
    list: bool = False
    answers: Path | None = None
    output: Path | None = None
    force: bool = False
    open: bool = False
    anonymous: bool = False


def run(opts: PrepOptions) -> int:
    if opts.list:
        return list_drafts()
    from oudergesprek.catalog import load_catalog
    from oudergesprek.commands.phrase import warn_problems

    flow = load_flow()
    catalog = load_catalog()
    warn_problems(catalog.library.problems)
    if opts.answers:
        answers = read_answers(opts.answers, catalog.library, flow)
        return finish(answers, None, catalog.library, flow, opts)
    if not sys.stdin.isatty():
        raise UsageError(
            "De voorbereiding stelt vragen en heeft daarvoor een terminal nodig.",
            "Zonder terminal: oudergesprek prep --answers BESTAND.yaml (zie de voorbeelden in examples/).",
        )
    draft = drafts.find(opts.name) if opts.resume else None
    draft = interview(draft, catalog.library, flow)
    return finish(draft.answers, draft, catalog.library, flow, opts)


def read_answers(path: Path, lib, flow: Flow) -> dict:
    from oudergesprek import safeyaml

    try:
        data = safeyaml.load_file(path)
    except safeyaml.YamlProblem as problem:
        where = f"{path}:{problem.line}" if problem.line else str(path)
        raise UsageError(f"{where}: {problem.message}") from None
    problems = answer_problems(data, lib.situations, flow)
    if problems:
        lines = "\n".join(f"  - {p}" for p in problems)
        raise UsageError(f"Het antwoordenbestand {path} is nog niet compleet:\n{lines}")
    return safeyaml.plain(data)


def list_drafts() -> int:
    found, messages = drafts.all_drafts()
    for message in messages:
        print(message, file=sys.stderr)
    if not found:
        print("Nog geen voorbereidingen. Begin er een met: oudergesprek prep")
        return EXIT_OK
    print(f"{'Naam':<42} {'Kind':<14} {'Situatie':<20} {'Bijgewerkt':<17} Status")
    for d in found:
        updated = str(d.meta.get("bijgewerkt", ""))[:16].replace("T", " ")
        child = str(d.answers.get("kind", ""))[:14]
        print(f"{d.name:<42} {child:<14} {str(d.answers.get('situatie', '')):<20} {updated:<17} {d.status}")
    return EXIT_OK


def interview(draft: drafts.Draft | None, lib, flow: Flow) -> drafts.Draft:
    """Ask every unanswered question; each answer is saved at once. Ctrl-C, Ctrl-D or a hang-up lose nothing."""
    stop = StopLikeCtrlC().__enter__()
    try:
        if draft is None:
            prompter.say(
                "Voorbereiding van een oudergesprek. Typ ? bij een vraag voor uitleg; Ctrl-C bewaart en stopt.\n"
            )
            situation = ask_situation(lib)
            draft = drafts.create(drafts.new_name("", situation), {"situatie": situation})
            drafts.hold(draft)
        else:
            drafts.hold(draft)
            prompter.say(f"Verder met {draft.name}.\n")
        ask_remaining(draft, lib, flow)
        review(draft, lib, flow)
        while (too_long := overflow(draft.answers, lib, flow)) is not None:
            prompter.say(f"\n{too_long}\nKort een of twee lange antwoorden in; daarna maak ik het script.")
            review(draft, lib, flow)
        draft.meta["status"] = drafts.STATUS_DONE
        drafts.save(draft)
        return draft
    except (KeyboardInterrupt, EOFError):
        name = draft.name if draft else None
        hint = f"Ga verder met: oudergesprek prep --resume {name}" if name else "Er was nog niets beantwoord."
        raise Interrupted("\nGestopt. Alles wat u beantwoordde is bewaard.", hint) from None
    finally:
        stop.__exit__()
        if draft is not None:
            drafts.release(draft)


def overflow(answers: dict, lib, flow: Flow) -> str | None:
    """Why the script would not fit on one page, or None when it fits."""
    from oudergesprek import render
    from oudergesprek.prepscript import build

    try:
        render.check_fits(build(answers, lib, flow))
    except render.DocumentTooLong as error:
        return error.message
    return None


def ask_situation(lib) -> str:
    options = [(slug, t.title) for slug, t in lib.situations.items()]
    explained = "\n".join(f"{t.title}: {t.explanation}" for t in lib.situations.values())
    question = Question(
        "situatie", "Over wat voor gesprek gaat het?", f"Kies het nummer dat het best past.\n{explained}"
    )
    return prompter.ask_choice(question, options)


def candidates(question: Question, answers: dict, lib) -> list[str]:
    from oudergesprek.fill import fill

    situation, form = answers.get("situatie", ""), answers.get("aanspreekvorm", "u")
    fitting = [p for p in lib.phrases if p.kind in question.kinds and situation in p.situations]
    if len(fitting) < 3:
        fitting += [p for p in lib.phrases if p.kind in question.kinds and p not in fitting][: 3 - len(fitting)]
    return [fill(p.text(form), {"kind": answers.get("kind")}) for p in fitting[:5]]


def ask(question: Question, answers: dict, lib) -> Any:
    current = answers.get(question.key)
    if question.type == "keuze":
        return prompter.ask_choice(question, [(c, c) for c in question.choices], str(current or ""))
    if question.type == "lijst":
        return prompter.ask_list(question, current if isinstance(current, list) else None)
    if question.type == "zin":
        return prompter.ask_phrase(question, candidates(question, answers, lib), str(current or ""))
    return prompter.ask_text(question, str(current or ""))


def ask_remaining(draft: drafts.Draft, lib, flow: Flow) -> None:
    skill = None
    for question in flow.for_situation(draft.answers["situatie"]):
        if question.key in draft.answers:
            continue
        if question.skill and question.skill != skill:
            skill = question.skill
            prompter.say(f"\n── {SKILL_TITLES.get(skill, skill)} ──")
        prompter.say("")
        draft.answers[question.key] = ask(question, draft.answers, lib)
        if question.key == "kind" and draft.answers["kind"]:
            draft = rename_for_child(draft)
            take_over_plan(draft.answers)
        drafts.save(draft)


def take_over_plan(answers: dict) -> None:
    """What the family's communication plan already says is not asked again."""
    from oudergesprek.plans import defaults_for

    known = {key: value for key, value in defaults_for(str(answers["kind"])).items() if key not in answers}
    if known:
        answers.update(known)
        shown = ", ".join(f"{key}: {value}" for key, value in known.items())
        prompter.say(f"  Overgenomen uit het communicatieplan: {shown}. Aanpassen kan straks in het overzicht.")


def rename_for_child(draft: drafts.Draft) -> drafts.Draft:
    """The file name gets the child's name once it is known (still on disk before and after)."""
    name = drafts.new_name(draft.answers["kind"], draft.answers["situatie"])
    return drafts.move(draft, name)


def review(draft: drafts.Draft, lib, flow: Flow) -> None:
    questions = flow.for_situation(draft.answers["situatie"])
    while True:
        prompter.say("\n── Overzicht ──")
        for number, question in enumerate(questions, 1):
            value = draft.answers.get(question.key)
            shown = "; ".join(value) if isinstance(value, list) else str(value or "—")
            prompter.say(f"{number:>2}. {question.prompt}\n    {shown}")
        choice = prompter.read("\nNummer om iets te wijzigen, Enter om het script te maken:\n> ").strip()
        if not choice:
            return
        if choice.isdigit() and 1 <= int(choice) <= len(questions):
            question = questions[int(choice) - 1]
            draft.answers[question.key] = ask(question, draft.answers, lib)
            drafts.save(draft)
        else:
            prompter.say(f"  Kies een nummer van 1 tot en met {len(questions)}, of druk op Enter.")


def finish(answers: dict, draft: drafts.Draft | None, lib, flow: Flow, opts: PrepOptions) -> int:
    from oudergesprek import anonymize, render
    from oudergesprek.prepscript import build

    document = build(answers, lib, flow)
    if opts.anonymous:
        document = anonymize.document(document, answers)
    if opts.output:
        written = render.render(document, opts.output, force=opts.force)
        print(f"Script opgeslagen: {written}")
        if opts.open:
            render.open_file(written)
        return EXIT_OK
    render.print_document(document)
    if draft is not None:
        from oudergesprek.errors import warn
        from oudergesprek.render.pdf import CannotDraw

        beside = draft.path.with_suffix(".pdf")
        try:
            render.render(document, beside, force=True)
        except CannotDraw as error:  # the preparation itself is saved: a note, not a failure
            warn(f"{error.message}\n{error.hint}")
        else:
            print(f"\nHet script staat ook klaar om te printen: {beside}")
    return EXIT_OK
