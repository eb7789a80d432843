"""`oudergesprek prep`: the interactive preparation, its drafts, and the one-page script."""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path

from oudergesprek import errors, settings
from oudergesprek.errors import EXIT_OK, Interrupted, StopLikeCtrlC, UsageError
from oudergesprek.interview import drafts, ending, prompter
from oudergesprek.interview.childanswer import read_child
from oudergesprek.interview.questions import Flow, Question, answer_problems, answer_text, load_flow
from oudergesprek.names import same_child

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
    front_only: bool = False  # --zonder-achterkant: only the side for the table

    def __post_init__(self) -> None:
        if self.name and not self.resume:
            self.resume = True  # `prep NAAM` goes on with that draft


REVIEW_LABELS = {
    "kind": "Kind",
    "ouders": "Ouders",
    "aanwezigen": "Verder bij",
    "datum": "Wanneer",
    "aanspreekvorm": "Aanspreken",
    "voorkennis": "Weten al",
    "kernboodschap": "Kern",
    "doel": "Doel",
    "opening": "Opening",
    "feiten": "Feiten",
    "meenemen": "Meenemen",
    "positief": "Gaat goed",
    "verwachte_reactie": "Reactie",
    "erkenning": "Erkennen",
    "grens": "Grens",
    "valkuil": "Valkuil",
    "aanbod": "Wat nu",
    "vragen_aan_ouders": "Open vragen",
    "vervolg": "Vervolg",
    "doorvragen": "Doorvragen",
    "samenvatten": "Samenvatten",
    "structuur": "Regie",
    "afsluiten": "Afsluiten",
    "vastleggen": "Vastleggen",
    "rolverdeling": "Wie zegt wat",
    "houvast": "Houvast",
    "vraag_aan_ouders": "Vraag aan ouders",
    "stijl": "Nodig",
}


def refuse_combinations(opts: PrepOptions) -> None:
    """Options that cannot go together are named, never silently ignored."""
    if opts.list:
        others = [
            flag
            for flag, on in (
                ("NAAM", opts.name),
                ("--resume", opts.resume and not opts.name),
                ("--answers", opts.answers),
                ("--output", opts.output),
                ("--force", opts.force),
                ("--open", opts.open),
                ("--anoniem", opts.anonymous),
                ("--zonder-achterkant", opts.front_only),
            )
            if on
        ]
        if others:
            raise UsageError(
                f"--list en {' en '.join(others)} kunnen niet samen: --list toont alleen de voorbereidingen.",
                f"Laat {' en '.join(others)} weg, of laat --list weg.",
            )
    if opts.answers and opts.resume:
        raise UsageError(
            f"--answers en {'NAAM' if opts.name else '--resume'} kunnen niet samen: "
            "met --answers komen alle antwoorden uit het bestand.",
            f"Laat {'NAAM' if opts.name else '--resume'} weg, of laat --answers weg.",
        )


def run(opts: PrepOptions) -> int:
    refuse_combinations(opts)
    if opts.list:
        return list_drafts()
    from oudergesprek.cli.commands.phrase import warn_problems
    from oudergesprek.search.catalog import load_catalog

    if opts.output is not None:  # before the first question, not after the last
        from oudergesprek import render

        opts.output = Path(os.path.expanduser(str(opts.output)))
        render.check_target(opts.output, force=opts.force)
    flow = load_flow()
    catalog = load_catalog()
    warn_problems(catalog.library.problems)
    if opts.answers:
        answers = read_answers(opts.answers, catalog.library, flow)
        with stop_before_the_script(None):
            return finish(answers, None, catalog, flow, opts)
    if not sys.stdin.isatty():
        raise UsageError(
            "De voorbereiding stelt vragen en heeft daarvoor een terminal nodig.",
            f"Zonder terminal: {errors.program()} prep --answers BESTAND.yaml (zie de voorbeelden in examples/).",
        )
    draft = drafts.find(opts.name) if opts.resume else None
    draft = interview(draft, catalog, flow)
    with stop_before_the_script(draft):
        return finish(draft.answers, draft, catalog, flow, opts)


@contextmanager
def stop_before_the_script(draft: drafts.Draft | None) -> Iterator[None]:
    """Around the preview and the script: Ctrl-C, SIGTERM or a closed terminal reset the colours and say
    whether the script was saved, and how to make it. An interview's draft is finished only once its script
    is written (see `script_written`), so until then `prep --resume` finds it."""
    try:
        yield
    except KeyboardInterrupt:
        from oudergesprek.terminal import reset_colours

        reset_colours()
        if draft is None:
            raise Interrupted(
                "\nGestopt. Het script is niet opgeslagen.", "Start dezelfde opdracht opnieuw om het te maken."
            ) from None
        if draft.status == drafts.STATUS_DONE:
            raise Interrupted("\nGestopt. Het script was al opgeslagen.") from None
        raise Interrupted(
            "\nGestopt. Het script is niet opgeslagen; uw antwoorden wel.",
            f"Maak het script met: {errors.program()} prep --resume {draft.name}",
        ) from None


def script_written(draft: drafts.Draft | None) -> None:
    """The preparation is finished: its script is on disk (or cannot be drawn here, which was said)."""
    if draft is not None:
        draft.meta["status"] = drafts.STATUS_DONE
        drafts.save(draft)


def read_answers(path: Path, lib, flow: Flow) -> dict:
    from oudergesprek.interview import flows

    return flows.checked_file(path, lambda data: answer_problems(data, lib.situations, flow))


def list_drafts() -> int:
    found, messages = drafts.all_drafts()
    for message in messages:
        print(message, file=sys.stderr)
    if not found:
        print(f"Nog geen voorbereidingen. Begin er een met: {errors.program()} prep")
        return EXIT_OK
    print(f"{'Naam':<42} {'Kind':<14} {'Situatie':<20} {'Bijgewerkt':<17} Status")
    for d in found:
        updated = str(d.meta.get("bijgewerkt", ""))[:16].replace("T", " ")
        child = str(d.answers.get("kind", ""))[:14]
        print(f"{d.name:<42} {child:<14} {str(d.answers.get('situatie', '')):<20} {updated:<17} {d.status}")
    return EXIT_OK


def interview(draft: drafts.Draft | None, catalog, flow: Flow) -> drafts.Draft:
    """Ask every unanswered question; each answer is saved at once. Ctrl-C, Ctrl-D or a hang-up lose nothing."""
    stop = StopLikeCtrlC().__enter__()
    lib = catalog.library
    try:
        if draft is None:
            prompter.say(
                "Voorbereiding van een oudergesprek. Typ ? bij een vraag voor uitleg; Ctrl-C bewaart en stopt.\n"
            )
            situation = ask_situation(lib)
            answers = {"situatie": situation}
            from_settings = fill_from_settings(answers)
            draft = drafts.create(drafts.new_name("", situation), answers)
            draft.meta["overgenomen"] = from_settings
            drafts.save(draft)
            drafts.hold(draft)
        else:
            drafts.hold(draft)
            prompter.say(f"Verder met {draft.name}.\n")
        ask_remaining(draft, catalog, flow)
        complete_draft(draft, catalog, flow)
        review(draft, catalog, flow)
        while (too_long := overflow(draft.answers, catalog, flow)) is not None:
            prompter.say(f"\n{too_long}\nKort een of twee lange antwoorden in; daarna maak ik het script.")
            review(draft, catalog, flow)
        return draft  # finished once the script is written (script_written)
    except BaseException as error:  # Ctrl-C, Ctrl-D, a hang-up or a failed save: what is kept, how to go on
        raise ending.ended(error, draft, f"{errors.program()} prep --resume {draft.name}" if draft else "") from None
    finally:
        ending.close(stop, draft)


def fill_from_settings(answers: dict) -> list[str]:
    """What the settings give where the answers have nothing yet: the form of address and the group.
    Returns the keys filled in."""
    filled = {"aanspreekvorm": default_form(), "groep": settings.get("groep")}
    given = [key for key, value in filled.items() if value and key not in answers]
    answers.update({key: filled[key] for key in given})
    return given


def default_form() -> str:
    from oudergesprek.settings import default_form as configured

    return configured()


def overflow(answers: dict, catalog, flow: Flow) -> str | None:
    """Why the script would not fit on its page(s), or None when it fits."""
    from oudergesprek import render
    from oudergesprek.documents.script import build

    try:
        render.check_fits(build(answers, catalog.library, flow, catalog.index))
    except render.DocumentTooLong as error:
        return error.message
    return None


def ask_situation(lib) -> str:
    options = [(slug, t.title) for slug, t in lib.situations.items()]
    explained = "\n".join(f"{t.title}: {t.explanation}" for t in lib.situations.values())
    question = Question(
        "situatie", "Over wat voor gesprek gaat het?", f"Kies het nummer dat het best past.\n{explained}"
    )
    prompter.say("Vraag 1")
    return prompter.ask_choice(question, options)


def ask_with_followups(
    question: Question, answers: dict, catalog, situation: str, save: Callable[[], None] = lambda: None
) -> None:
    """One numbered question: its own answer, then the follow-ups that belong to it, each asked again with
    what was answered before as its default. Only what the answer itself says ("Milan (zij)") is not asked
    again; for another child nothing of the first child's follow-ups is offered. `save` runs after every
    answer, so a Ctrl-C at a follow-up keeps what was typed before it."""
    from oudergesprek.interview import talk

    given: dict
    if question.key == "kind":
        before = answers.get("kind")
        given = ask_child(question, str(before or ""))
        if not same_child(before, given.get("kind", before)):
            for sub in question.after:
                answers.pop(sub.key, None)
    else:
        given = {question.key: prompter.ask(question, answers, catalog)}
    answers.update(given)
    save()
    if question.key == "ouders" and answers.get("aanspreekvorm") in ("je", "jullie"):
        answers["aanspreekvorm"] = "jullie" if talk.two_parents(str(answers["ouders"])) else "je"
    for sub in question.after:
        if not sub.applies_to(situation) or (sub.only_if_filled and not answers.get(question.key)):
            continue
        if sub.key in given:
            continue
        if sub.key == "meenemen":
            current = answers.get("meenemen")
            shown = "; ".join(current) if isinstance(current, list) else proposal_items(answers, situation)
            typed = prompter.ask_text(replace(sub, type="tekst", default=shown))
            answers["meenemen"] = [part.strip() for part in typed.split(";") if part.strip()][: sub.max or 6]
            save()
            continue
        answers[sub.key] = prompter.ask(sub, answers, catalog)
        save()


def proposal_items(answers: dict, situation: str) -> str:
    """What to bring, as proposed for this situation (filled in), on one line."""
    from oudergesprek.interview import talk

    items = talk.situation_data(situation).get("meenemen") or []
    return "; ".join(talk.write_in(talk.fill_known(talk.entry(i, answers), answers)) for i in items)


def ask_child(question: Question, current: str) -> dict:
    """The child's answer, asked until it holds a name; when it held more than the name, one line says how it
    was read, so that no part of a name is ever taken for a groep or left out without the teacher seeing it."""
    from oudergesprek.names import has_visible

    while True:
        read = read_child(prompter.ask_text(question, current))
        if has_visible(read.given.get("kind")):
            break
        prompter.say('  Typ eerst de voornaam van het kind, bijvoorbeeld "Sanne, groep 5".')
    given = read.given
    if set(given) != {"kind"} or read.unused:
        parts = [f"kind {given['kind']}", *(str(given[k]) for k in ("voornaamwoord", "groep") if k in given)]
        line = "  Genoteerd: " + ", ".join(parts) + "."
        if read.unused:
            kept = ", ".join(f"'{piece}'" for piece in read.unused)
            line += f" Niet bewaard: {kept} (hier horen alleen de naam, de groep en hij of zij)."
        prompter.say(line)
    return given


def ask_remaining(draft: drafts.Draft, catalog, flow: Flow) -> None:
    situation = draft.answers["situatie"]
    phase = None
    for question in flow.asked(situation):
        given = draft.answers.get(question.key)
        if question.key in draft.answers and not (question.required and not str(given or "").strip()):
            continue  # answered (a required answer left empty by hand is asked again)
        if question.phase and question.phase != phase:
            phase = question.phase
            prompter.say(f"\n── {phase} ──")
        number, total = progress(draft, flow, question)
        tag = SKILL_TITLES.get(question.skill, question.skill)
        prompter.say(f"\nVraag {number} van {total}" + (f"  · {tag}" if tag else ""))
        ask_with_followups(question, draft.answers, catalog, situation, partial(drafts.save, draft))
        if question.key == "kind" and draft.answers.get("kind"):
            draft = rename_for_child(draft)
            take_over_plan(draft)
        drafts.save(draft)


def progress(draft: drafts.Draft, flow: Flow, question: Question) -> tuple[int, int]:
    """Where this question stands: the situation is question 1; what the plan or settings gave is not counted."""
    given = set(draft.meta.get("overgenomen") or [])
    asked = [q for q in flow.asked(draft.answers["situatie"]) if q.key not in given]
    return 2 + asked.index(question), 1 + len(asked)


def take_over_plan(draft: drafts.Draft) -> None:
    """What the family's communication plan already says is not asked again."""
    from oudergesprek.documents.plans import defaults_for
    from oudergesprek.interview import talk

    answers = draft.answers
    plan = defaults_for(str(answers["kind"]))
    known = {key: value for key, value in plan.items() if key not in answers or key == "aanspreekvorm"}
    if known:
        answers.update(known)
        draft.meta["overgenomen"] = list(dict.fromkeys([*(draft.meta.get("overgenomen") or []), *known]))
        draft.meta["uit_plan"] = list(dict.fromkeys([*(draft.meta.get("uit_plan") or []), *known]))
        if answers.get("ouders") and answers.get("aanspreekvorm") in ("je", "jullie"):
            answers["aanspreekvorm"] = "jullie" if talk.two_parents(str(answers["ouders"])) else "je"
        shown = ", ".join(f"{key}: {value}" for key, value in known.items())
        prompter.say(f"  Overgenomen uit het communicatieplan: {shown}. Aanpassen kan straks in het overzicht.")


def complete_draft(draft: drafts.Draft, catalog, flow: Flow) -> None:
    """What is not asked (standard goal, open questions, best phrases) goes into the draft, for the review."""
    from oudergesprek.documents.script import completed

    filled = completed(draft.answers, catalog.library, flow, catalog.index)
    if filled != draft.answers:
        draft.answers.update(filled)
        drafts.save(draft)


def rename_for_child(draft: drafts.Draft) -> drafts.Draft:
    """The file name gets the child's name once it is known (still on disk before and after)."""
    name = drafts.new_name(draft.answers["kind"], draft.answers["situatie"])
    return drafts.move(draft, name)


def review_items(draft: drafts.Draft, flow: Flow) -> list[tuple[Question, str]]:
    """One line per answer: every question asked, then what was filled in without asking."""
    situation = draft.answers["situatie"]
    items = []
    for question in flow.for_situation(situation):
        if not question.asked and not draft.answers.get(question.key):
            continue
        if question.key in ("groep",):
            continue
        items.append((question, review_value(question, draft.answers, situation)))
    return items


def review_value(question: Question, answers: dict, situation: str) -> str:

    if question.key == "kind":
        parts = [answer_text(answers.get("kind")), answer_text(answers.get("groep"))]
        if answers.get("voornaamwoord") in ("hij", "zij"):
            parts.insert(1, str(answers["voornaamwoord"]))
        return ", ".join(p for p in parts if p)
    current = answers.get(question.key)
    value = (" / ".join(str(v) for v in current) if isinstance(current, list) else answer_text(current)) or "—"
    for sub in question.after:
        if sub.applies_to(situation) and answer_text(answers.get(sub.key)) and sub.key != "voornaamwoord":
            value += f" · {REVIEW_LABELS.get(sub.key, sub.key).lower()}: {answer_text(answers.get(sub.key))}"
    return value


def short(text: str, width: int) -> str:
    """Cut at a word, never inside one, with … when something was left out."""
    text = " ".join(text.split())
    if len(text) <= width:
        return text
    cut = text[: width - 1]
    if " " in cut:
        cut = cut[: cut.rfind(" ")]
    return cut.rstrip(" ,;:.") + " …"


def review_line(number: int, question: Question, value: str) -> str:
    width = max(40, shutil.get_terminal_size((80, 24)).columns - 1)
    label = REVIEW_LABELS.get(question.key, question.key)
    head = f"{number:>2}. {label:<12} "
    return head + short(value, width - len(head))


def review(draft: drafts.Draft, catalog, flow: Flow) -> None:
    situation = draft.answers["situatie"]
    items = review_items(draft, flow)
    prompter.say("\n── Overzicht ──")
    for number, (question, value) in enumerate(items, 1):
        prompter.say(review_line(number, question, value))
    while True:
        choice = prompter.read("Nummer om iets te wijzigen, Enter om het script te maken:\n> ").strip()
        if not choice:
            return
        if choice.isdigit() and 1 <= int(choice) <= len(items):
            question = items[int(choice) - 1][0]
            before = [value for _, value in items]
            earlier = dict(draft.answers)
            if question.asked:
                ask_with_followups(question, draft.answers, catalog, situation)
            else:
                draft.answers[question.key] = prompter.ask(question, draft.answers, catalog)
            drafts.save(draft)
            if question.key == "kind" and not same_child(earlier.get("kind"), draft.answers.get("kind")):
                draft = other_child(draft, earlier, catalog, flow)
            elif question.key == "kind":
                same_child_again(draft, earlier, catalog)
            else:
                readdress(draft, earlier, catalog)
            items = review_items(draft, flow)
            changed = [n for n, (_, value) in enumerate(items) if n >= len(before) or before[n] != value]
            prompter.say("  Gewijzigd:" if changed else "  Niets gewijzigd.")
            for n in changed:
                prompter.say(review_line(n + 1, items[n][0], items[n][1]))
            if (check := other_form_line(draft.answers, earlier, items, catalog)) is not None:
                prompter.say(check)
        else:
            prompter.say(f"  Kies een nummer van 1 tot en met {len(items)}, of druk op Enter.")


def readdress(draft: drafts.Draft, earlier: dict, catalog) -> None:
    """The form of address (u, je, jullie) or the number of parents changed: every text the program filled
    in (the goal, open questions, what to bring, phrases from the library) is written anew for it."""
    from oudergesprek.interview import newchild, talk

    def address(answers: dict) -> tuple[str, bool]:
        return talk.form_of(answers), talk.two_parents(answer_text(answers.get("ouders")))

    if address(earlier) != address(draft.answers) and newchild.refill(draft.answers, earlier, catalog.library.phrases):
        drafts.save(draft)


def other_form_line(answers: dict, earlier: dict, items: list[tuple[Question, str]], catalog) -> str | None:
    """After a change of the form of address: one line naming the answers the teacher wrote (or edited)
    that do not speak in the new form. Those stay as typed; the program's own texts were refilled."""
    from oudergesprek.interview import newchild, talk

    old, new = talk.form_of(earlier), talk.form_of(answers)
    if old == new:
        return None
    rewritten = [key for key in answers if answers.get(key) != earlier.get(key)]
    keys = newchild.in_other_form(answers, old, new, rewritten, catalog.library.phrases)
    if not keys:
        return None
    named, shown = [], set()
    for number, (question, _) in enumerate(items, 1):
        within = {question.key, *(sub.key for sub in question.after)} & set(keys)
        if within:
            named.append(f"{number}. {REVIEW_LABELS.get(question.key, question.key)}")
            shown |= within
    named += [REVIEW_LABELS.get(key, key) for key in keys if key not in shown]
    return (
        f"  Let op: u spreekt de ouders nu aan met '{new}'. Wat u zelf schreef, bleef zoals het was; "
        f"kijk na of het nog past: {', '.join(named)}."
    )


def same_child_again(draft: drafts.Draft, earlier: dict, catalog) -> None:
    """The child stays, but "zij" may have become "hij": texts filled in with the old pronoun get the new one."""
    from oudergesprek.interview import newchild

    if newchild.refill(draft.answers, earlier, catalog.library.phrases):
        drafts.save(draft)


def other_child(draft: drafts.Draft, earlier: dict, catalog, flow: Flow) -> drafts.Draft:
    """The name in the overview now names another child: nothing of the first child's plan stays, the new
    child's plan is offered, texts filled in with the first name get the new one, and the file is renamed."""
    from oudergesprek.interview import newchild

    answers = draft.answers
    dropped = newchild.drop_plan(answers, draft.meta, earlier)
    fill_from_settings(answers)
    prompter.say(newchild.dropped_line(str(answers["kind"]), str(earlier.get("kind") or ""), dropped))
    take_over_plan(draft)
    newchild.refill(answers, earlier, catalog.library.phrases)
    drafts.save(draft)
    draft = rename_for_child(draft)
    ask_remaining(draft, catalog, flow)
    complete_draft(draft, catalog, flow)
    return draft


def documents_folder() -> Path:
    """Where a teacher looks for a file: the Documents folder (XDG_DOCUMENTS_DIR, Documenten or Documents),
    else the home folder."""
    home = Path.home()
    named = os.environ.get("XDG_DOCUMENTS_DIR")
    if named and os.path.isabs(os.path.expandvars(named)):
        return Path(os.path.expandvars(named))
    for name in ("Documenten", "Documents"):
        if (home / name).is_dir():
            return home / name
    return home


def free_name(folder: Path, stem: str, suffix: str, may_replace: Callable[[Path], bool] | None = None) -> Path:
    """stem.pdf, or stem-2.pdf, stem-3.pdf...: two children with the same initials never overwrite each other.
    A file that `may_replace` allows (the same draft's own earlier script) is taken again."""
    target, n = folder / f"{stem}{suffix}", 2
    while target.exists() and not (may_replace is not None and may_replace(target)):
        target, n = folder / f"{stem}-{n}{suffix}", n + 1
    return target


def script_owner(draft: drafts.Draft) -> dict[str, str]:
    """What the list of saved files notes about the draft a script was made from: its name and when it was
    begun. Only a script noted for exactly this draft is ever written over by it: not one of another child
    whose name gives the same file name, nor one of an earlier talk that had this name before."""
    return {"concept": draft.name, "begonnen": str(draft.meta.get("aangemaakt") or "")}


def finish(answers: dict, draft: drafts.Draft | None, catalog, flow: Flow, opts: PrepOptions) -> int:
    from oudergesprek import render
    from oudergesprek.documents import anonymize
    from oudergesprek.documents.exports import is_own, remember
    from oudergesprek.documents.script import build

    if draft is not None:
        drafts.check_still_there(draft)  # deleted in another window: no script of it either
    document = build(answers, catalog.library, flow, catalog.index, back=not opts.front_only)
    if opts.anonymous:
        document = anonymize.document(document, answers)
    if opts.output:
        written = render.render(document, opts.output, force=opts.force)
        script_written(draft)
        remember(written, [answers.get("kind")])
        print(f"Script opgeslagen:\n{written}", flush=True)
        if opts.open:
            from oudergesprek.cli.commands import open_file

            open_file(written)
        return EXIT_OK
    if draft is None:
        render.print_document(document)
        return EXIT_OK
    render.print_document(document)
    from oudergesprek.errors import warn
    from oudergesprek.render.pdf import CannotDraw

    owner = script_owner(draft)
    if opts.anonymous:  # the file name must not give away whom it is about
        target = free_name(documents_folder(), anonymize.file_stem(draft.name, answers), ".pdf")
    else:  # this draft's own earlier script is replaced; anything else (the teacher's, another draft's) stays
        target = free_name(documents_folder(), draft.name, ".pdf", lambda path: is_own(path, owner))
    try:
        try:
            render.render(document, target, force=True)
        except UsageError:
            target = draft.path.with_name(target.name)
            render.render(document, target, force=True)
    except CannotDraw as error:  # the preparation itself is saved: a note, not a failure
        script_written(draft)
        warn(f"{error.message}\n{error.hint}")
        return EXIT_OK
    script_written(draft)
    remember(target, [answers.get("kind")], owner)
    sides = "twee kanten: voorkant voor op tafel, achterkant voor uzelf" if document.back else "één kant"
    print(f"\nHet script ({sides}) staat klaar om te printen:\n{target}", flush=True)
    return EXIT_OK
