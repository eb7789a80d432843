"""The questions of `oudergesprek prep`: the situation, the child, each question with its follow-ups, what the
family's plan and the settings already say, and what is filled in without asking."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from functools import partial

from oudergesprek import settings
from oudergesprek.interview import drafts, prompter
from oudergesprek.interview.childanswer import read_child
from oudergesprek.interview.questions import Flow, Question
from oudergesprek.library.model import SKILLS
from oudergesprek.names import same_child


def new_preparation(situation: str, child: str = "") -> drafts.Draft:
    """A new draft for this situation (and child), on disk, with only what the settings give."""
    answers = {"situatie": situation}
    from_settings = fill_from_settings(answers)
    draft = drafts.create(drafts.new_name(child, situation), answers)
    draft.meta["overgenomen"] = from_settings
    drafts.save(draft)
    return draft


def fill_from_settings(answers: dict) -> list[str]:
    """What the settings give where the answers have nothing yet: the form of address and the group.
    Returns the keys filled in."""
    filled = {"aanspreekvorm": settings.default_form(), "groep": settings.get("groep")}
    given = [key for key, value in filled.items() if value and key not in answers]
    answers.update({key: filled[key] for key in given})
    return given


def ask_situation(lib) -> str:
    options = [(slug, t.title) for slug, t in lib.situations.items()]
    explained = "\n".join(f"{t.title}: {t.explanation}" for t in lib.situations.values())
    question = Question(
        "situatie", "Over wat voor gesprek gaat het?", f"Kies het nummer dat het best past.\n{explained}"
    )
    prompter.say("Vraag 1")
    return prompter.ask_choice(question, options)


def ask_with_followups(
    question: Question,
    answers: dict,
    catalog,
    situation: str,
    save: Callable[[], None] = lambda: None,
    child: dict | None = None,
) -> None:
    """One numbered question: its own answer, then the follow-ups that belong to it, each asked again with
    what was answered before as its default. Only what the answer itself says ("Milan (zij)") is not asked
    again; for another child nothing of the first child's follow-ups is offered. `save` runs after every
    answer, so a Ctrl-C at a follow-up keeps what was typed before it. `child`: the child's answer, when it
    was read already (the overview asks what another name means first)."""
    from oudergesprek.interview import talk

    given: dict
    if question.key == "kind":
        before = answers.get("kind")
        given = child if child is not None else ask_child(question, str(before or ""))
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
    return "; ".join(talk.filled(i, answers) for i in items)


def ask_child(question: Question, current: str) -> dict:
    """The child's answer, asked until it holds a name; when it held more than the name, one line says how it
    was read, so that no part of a name is ever taken for a groep or left out without the teacher seeing it."""
    from oudergesprek.names import has_visible

    pronouns = next((sub.choices for sub in question.after if sub.key == "voornaamwoord"), ())
    known = (str(settings.get("groep") or ""),)
    earlier: dict = {}  # "groep 5" without a name: the groep is kept while the name is asked again
    while True:
        read = read_child(prompter.ask_text(question, current), known, others="anders" in pronouns)
        if has_visible(read.given.get("kind")):
            break
        earlier.update({key: value for key, value in read.given.items() if key != "kind"})
        prompter.say('  Typ eerst de voornaam van het kind, bijvoorbeeld "Sanne, groep 5".')
    given = {**earlier, **read.given}
    if set(given) != {"kind"} or read.unused:
        shown = {**given, "voornaamwoord": "steeds de naam"} if given.get("voornaamwoord") == "anders" else given
        parts = [f"kind {given['kind']}", *(str(shown[k]) for k in ("voornaamwoord", "groep") if k in given)]
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
        tag = SKILLS.get(question.skill, question.skill)
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
