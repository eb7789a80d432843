"""The overview at the end of `oudergesprek prep`: one line per answer, and what a change brings along
(another child, the other pronoun, another form of address)."""

from __future__ import annotations

import shutil
from functools import partial

from oudergesprek.cli.commands.prep_questions import (
    ask_child,
    ask_remaining,
    ask_with_followups,
    complete_draft,
    new_preparation,
    rename_for_child,
    take_over_plan,
)
from oudergesprek.interview import drafts, prompter
from oudergesprek.interview.questions import Flow, Question, answer_text
from oudergesprek.names import same_child

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
    """The overview, until Enter. The draft object stays the same one, also when another child is named and
    the teacher starts a new preparation for it (then it holds the new file: see other_child)."""
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
            if question.key == "kind":
                typed = ask_child(question, answer_text(earlier.get("kind")))
                if answer_text(earlier.get("kind")) and not same_child(earlier.get("kind"), typed.get("kind")):
                    meant = other_child(draft, question, typed, catalog, flow)
                    if meant == "nieuw":
                        return review(draft, catalog, flow)  # a new preparation: its own overview
                    if meant == "terug":
                        continue
                else:
                    ask_with_followups(question, draft.answers, catalog, situation, child=typed)
                    drafts.save(draft)
                    same_child_again(draft, earlier, catalog)
            else:
                if question.asked:
                    ask_with_followups(question, draft.answers, catalog, situation)
                else:
                    draft.answers[question.key] = prompter.ask(question, draft.answers, catalog)
                drafts.save(draft)
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
        return talk.form_of(answers), talk.two_come(answers)

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


def other_child(draft: drafts.Draft, question: Question, typed: dict, catalog, flow: Flow) -> str:
    """The overview names another child than the preparation is about. Everything in it (the parents, the
    facts, the texts) is about the first child, so the teacher chooses: a new preparation for the other child
    (the first one stays as it was on disk), the same child under its right name (every answer goes along,
    the file is renamed), or no change ('terug'). With 'nieuw', `draft` is now the new preparation."""
    from oudergesprek.interview import newchild

    old, new = answer_text(draft.answers.get("kind")), str(typed["kind"])
    prompter.say(f"\n  {new} is een ander kind dan {old}. Alles in deze voorbereiding gaat over {old} en de ouders.")
    options = [
        ("nieuw", f"Een nieuwe voorbereiding voor {new} maken; die van {old} blijft zoals hij was"),
        ("naam", f"Het is hetzelfde kind, alleen de naam was fout: alle antwoorden gaan mee naar {new}"),
        ("terug", f"Toch {old}: er verandert niets"),
    ]
    choice = prompter.ask_choice(
        Question(
            "kind_anders",
            "Wat wilt u?",
            help=f"Een voorbereiding hoort bij één kind. Met 1 komt niets van {old} in de voorbereiding van {new}.",
        ),
        options,
        "nieuw",
    )
    if choice == "terug":
        prompter.say(f"  De voorbereiding blijft bij {old}.")
        return choice
    situation = draft.answers["situatie"]
    if choice == "naam":
        earlier = dict(draft.answers)
        draft.answers["kind"] = new  # the same child: its pronoun is offered again as the default
        ask_with_followups(question, draft.answers, catalog, situation, partial(drafts.save, draft), typed)
        newchild.refill(draft.answers, earlier, catalog.library.phrases)
        rename_for_child(draft)
        prompter.say(f"  Deze voorbereiding hoort nu bij {new}: alle antwoorden staan voortaan op naam van {new}.")
        prompter.say(f"  Het bestand heet nu {draft.name}.")
        return choice
    first = draft.name
    start_over(draft, new)
    prompter.say(f"  De voorbereiding van {old} is bewaard zoals hij was ({first}).")
    prompter.say(f"  De nieuwe voorbereiding voor {new} heet {draft.name}. Beantwoord de vragen voor {new}:")
    ask_with_followups(question, draft.answers, catalog, situation, partial(drafts.save, draft), typed)
    take_over_plan(draft)
    drafts.save(draft)
    ask_remaining(draft, catalog, flow)
    complete_draft(draft, catalog, flow)
    return choice


def start_over(draft: drafts.Draft, child: str) -> None:
    """`draft` becomes a new preparation for `child` in the same situation, with only what the settings give;
    held like the one before, which stays on disk untouched (and is let go)."""
    drafts.become(draft, new_preparation(draft.answers["situatie"], child))
