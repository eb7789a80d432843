"""Question flows without situations (reflection, communication plan): loaded from YAML like prep's
questions, asked one by one with every answer saved at once, and checked when they come from a file.

The questions use prep's format and its `Question` reader; the drafts live in their own folder
(`drafts.create(..., collection=...)`), so `wis` and `--list` work the same for all of them.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from oudergesprek import paths, safeyaml
from oudergesprek.errors import UsageError
from oudergesprek.interview import drafts, ending, prompter
from oudergesprek.interview.questions import Question, _question, answer_text, field_problems
from oudergesprek.names import same_child

MONTHS = (
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
)
TODAY = "vandaag"  # `standaard: vandaag` in a flow file: today's date
# One saved item of a flow and several, in Dutch, for messages.
ITEMS = {
    "reflectie": ("reflectie", "reflecties"),
    "plan": ("plan", "plannen"),
    "oefenen": ("oefenronde", "oefenrondes"),
}


@dataclass
class Spec:
    """One flow: its questions, the screen labels of choices, and where its drafts live."""

    name: str  # data file stem: reflectie, plan
    folder: str  # drafts folder: reflecties, plannen
    command: str  # for hints: reflect, plan
    questions: list[Question]
    labels: dict[str, str] = field(default_factory=dict)
    extra_keys: tuple[str, ...] = ()  # allowed in an answers file without being asked
    texts: dict[str, Any] = field(default_factory=dict)  # the file's other top-level entries, such as tips
    resume: str = "oudergesprek {command} --resume {name}"  # how to go on after Ctrl-C
    # When the overview names another child (see other_child):
    family: tuple[str, ...] = ()  # answers about the first child's family: they go and are asked again
    link: str = ""  # the answer naming the item that gave answers (voorbereiding): it goes, with what it gave
    from_link: tuple[str, ...] = ()  # what the linked item gives, for files that do not list it (older ones)
    whole: bool = False  # every answer is about the child (a plan): another child gets a plan of its own

    def question(self, key: str) -> Question | None:
        return next((q for q in self.questions if q.key == key), None)


def flow_file(name: str) -> Path:
    """The user's adapted questions if present, else the shipped ones."""
    own = paths.config_dir() / f"{name}.yaml"
    if own.is_file():
        return own
    return paths.shipped(f"{name}.yaml")


def load(name: str, folder: str, command: str, extra_keys: tuple[str, ...] = (), resume: str = "") -> Spec:
    path = flow_file(name)
    try:
        data = safeyaml.load_file(path)
        questions = [_question(q) for q in list(data["basis"]) + list(data["vragen"])]
        labels = {str(k): str(v) for k, v in dict(data.get("keuzelabels") or {}).items()}
        texts = {k: v for k, v in safeyaml.plain(data).items() if k not in ("basis", "vragen", "keuzelabels")}
    except safeyaml.YamlProblem as problem:
        where = f"{path}:{problem.line}" if problem.line else str(path)
        raise UsageError(f"Het vragenbestand {where} kan niet worden gelezen: {problem.message}") from None
    except (KeyError, TypeError, ValueError, AttributeError):
        raise UsageError(f"Het vragenbestand {path} mist 'basis' of 'vragen', of een vraag klopt niet.") from None
    spec = Spec(name, folder, command, questions, labels, extra_keys, texts)
    if resume:
        spec.resume = resume
    return spec


def today_text(day: dt.date | None = None) -> str:
    day = day or dt.date.today()
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def created(draft: drafts.Draft) -> dt.date | None:
    """The day a saved item was made."""
    try:
        return dt.datetime.fromisoformat(str(draft.meta.get("aangemaakt", ""))).date()
    except ValueError:
        return None


# --- answers from a file -------------------------------------------------------------------------------


def problems(answers: Any, spec: Spec) -> list[str]:
    """Everything wrong with an answers file, as Dutch lines (empty: all fine)."""
    if not isinstance(answers, dict):
        return ["Het bestand moet velden bevatten, zoals 'kind: Sanne'."]
    found = []
    for question in spec.questions:
        if question.required and not answer_text(answers.get(question.key)):
            found.append(f"'{question.key}' ontbreekt.")
    known = {q.key: q for q in spec.questions}
    return found + field_problems(answers, known, {"concept", *spec.extra_keys})


def checked_file(path: Path, check: Callable[[Any], list[str]], base: dict | None = None) -> Any:
    """The one reader of answers files: YAML with line numbers for every problem, `base` under the file's own
    answers, then `check` (Dutch lines; any at all stops with one list of everything to fill in). The
    answers are cleaned as typed ones are (no escape sequences, no control characters)."""
    from oudergesprek.cleantext import clean_value

    try:
        data = safeyaml.load_file(path)
    except safeyaml.YamlProblem as problem:
        where = f"{path}:{problem.line}" if problem.line else str(path)
        raise UsageError(f"{where}: {problem.message}") from None
    if base and isinstance(data, dict):
        data = {**base, **data}
    found = check(data)
    if found:
        lines = "\n".join(f"  - {p}" for p in found)
        raise UsageError(f"Het antwoordenbestand {path} is nog niet compleet:\n{lines}")
    return clean_value(safeyaml.plain(data))


def read_answers(
    path: Path, spec: Spec, base: dict | None = None, extra: Callable[[dict], list[str]] | None = None
) -> dict:
    """A checked answers file; `base` holds answers known already (from a linked preparation), `extra`
    adds the checks of one command (it sees a mapping, and only when the file is one)."""

    def check(data: Any) -> list[str]:
        found = problems(data, spec)
        if extra is not None and isinstance(data, dict):
            found += extra(data)
        return found

    answers = checked_file(path, check, base)
    return {k: (str(v) if isinstance(v, (int, float)) else v) for k, v in answers.items()}


# --- asking ---------------------------------------------------------------------------------------------


def ask(question: Question, answers: dict, spec: Spec) -> Any:
    """One question; choices show their labels, a date defaults to today, the form to the setting."""
    current = answers.get(question.key)
    if question.key == "aanspreekvorm" and not question.default:
        from oudergesprek.settings import default_form

        question = dataclasses.replace(question, default=default_form())
    if question.type == "keuze":
        options = [(c, spec.labels.get(c, c)) for c in question.choices]
        return prompter.ask_choice(question, options, str(current or ""))
    if question.default == TODAY:
        question = dataclasses.replace(question, default=today_text())
    return prompter.ask(question, answers, None)


def _create(answers: dict, spec: Spec, done: bool = False) -> drafts.Draft:
    """A new saved item, named after the date, the child (if known) and the flow."""
    draft = drafts.create(drafts.new_name(str(answers.get("kind") or ""), spec.name, spec.folder), answers, spec.folder)
    if done:
        draft.meta["status"] = drafts.STATUS_DONE
        drafts.save(draft)
    return draft


def save_new(answers: dict, spec: Spec) -> drafts.Draft:
    """Answers from a file, saved at once as a finished item."""
    return _create(answers, spec, done=True)


def _rename(draft: drafts.Draft, spec: Spec) -> drafts.Draft:
    """The file name gets the child's name once it is known (the draft is on disk before and after)."""
    name = drafts.new_name(answer_text(draft.answers.get("kind")), spec.name, spec.folder)
    return drafts.move(draft, name)


def interview(draft: drafts.Draft | None, spec: Spec, start: dict, intro: str, changing: bool = False) -> drafts.Draft:
    """Ask every unanswered question, then offer changes. The draft is made at the first answer and saved
    after every answer; Ctrl-C, Ctrl-D or a hang-up lose nothing and say how to go on. `changing`: a
    finished item opened to change it (plan NAAM --wijzig), straight to its overview."""
    from oudergesprek.errors import StopLikeCtrlC

    if draft is not None:
        drafts.hold(draft)
    stop = StopLikeCtrlC().__enter__()
    answers = draft.answers if draft else dict(start)
    try:
        if not changing:
            prompter.say(f"Verder met {draft.name}.\n" if draft else intro)
        for question in spec.questions:
            if question.key in answers or changing:
                continue
            prompter.say("")
            answers[question.key] = ask(question, answers, spec)
            if draft is None:
                draft = _create(answers, spec)
                drafts.hold(draft)
            elif question.key == "kind" and answers["kind"]:
                drafts.save(draft)
                draft = _rename(draft, spec)
            drafts.save(draft)
        if draft is None:  # every question was answered beforehand (linked data)
            draft = _create(answers, spec)
        review(draft, spec)
        draft.meta["status"] = drafts.STATUS_DONE
        drafts.save(draft)
        return draft
    except BaseException as error:  # Ctrl-C, Ctrl-D, a hang-up or a failed save: what is kept, how to go on
        resume = spec.resume.format(command=spec.command, name=draft.name) if draft else ""
        if changing and resume:
            resume += " --wijzig"  # a finished item: back to its overview, not shown as it is
        raise ending.ended(error, draft, resume) from None
    finally:
        ending.close(stop, draft)


def review(draft: drafts.Draft, spec: Spec) -> None:
    """The overview, until Enter. The draft object stays the same one, also when another child is named
    (then it may hold another file: see other_child)."""
    while True:
        prompter.say("\n── Overzicht ──")
        for number, question in enumerate(spec.questions, 1):
            value = draft.answers.get(question.key)
            shown = spec.labels.get(answer_text(value), answer_text(value)) or "—"
            prompter.say(f"{number:>2}. {question.prompt}\n    {shown}")
        choice = prompter.read("\nNummer om iets te wijzigen, Enter om op te slaan:\n> ").strip()
        if not choice:
            return
        if choice.isdigit() and 1 <= int(choice) <= len(spec.questions):
            question = spec.questions[int(choice) - 1]
            old = answer_text(draft.answers.get(question.key))
            answer = ask(question, draft.answers, spec)
            if question.key == "kind" and old and not same_child(old, answer):
                other_child(draft, spec, old, answer_text(answer))
                continue
            draft.answers[question.key] = answer
            _unmark(draft, spec, question.key)
            drafts.save(draft)
            if question.key == "kind" and not old and answer_text(answer):  # named only now
                _rename(draft, spec)
        else:
            prompter.say(f"  Kies een nummer van 1 tot en met {len(spec.questions)}, of druk op Enter.")


# --- another child named in the overview ----------------------------------------------------------------

DROPPED = {
    "voorbereiding": "de koppeling met de voorbereiding",
    "ouders": "met wie u sprak",
    "gesprek": "over welk gesprek het ging",
}


def marked(spec: Spec) -> str:
    """The key under `concept:` that lists the answers the linked item gave."""
    return f"uit_{spec.link}"


def _unmark(draft: drafts.Draft, spec: Spec, key: str) -> None:
    """An answer changed by hand no longer counts as given by the linked item."""
    given = draft.meta.get(marked(spec)) if spec.link else None
    if isinstance(given, list) and key in given:
        draft.meta[marked(spec)] = [k for k in given if k != key]


def other_child(draft: drafts.Draft, spec: Spec, old: str, new: str) -> None:
    """The overview names another child than `old`: nothing about the first child may stay in a file that
    now bears the other child's name, and nothing of the first child's own item may be lost."""
    if spec.whole:
        _plan_for_other_child(draft, spec, old, new)
    else:
        _hand_over(draft, spec, old, new)


def _hand_over(draft: drafts.Draft, spec: Spec, old: str, new: str) -> None:
    """The item (a reflection) now belongs to `new`: the link to the first child's preparation goes, with
    what came from it, and so do the answers about the first child's family; those are asked again, and
    the file gets the new child's name."""
    answers, meta = draft.answers, draft.meta
    answers["kind"] = new
    keys: list[str] = list(spec.family)
    if spec.link:
        given = meta.pop(marked(spec), None)
        if answer_text(answers.get(spec.link)):
            came = [str(k) for k in given if isinstance(k, str)] if isinstance(given, list) else spec.from_link
            keys = [spec.link, *came, *keys]
    dropped = [k for k in dict.fromkeys(keys) if k != "kind" and answer_text(answers.get(k))]
    for key in dropped:
        answers.pop(key)
    what = ITEMS.get(spec.name, ("item", "items"))[0]
    if new:
        prompter.say(f"\n  {new} is een ander kind dan {old}: deze {what} hoort nu bij {new}.")
    else:
        prompter.say(f"\n  Deze {what} gaat niet meer over {old}.")
    if dropped:
        labels = ", ".join(DROPPED.get(k) or _prompt(spec, k) for k in dropped)
        prompter.say(f"  Weggehaald, want het ging over {old}: {labels}.")
    _rename(draft, spec)
    prompter.say(f"  Het bestand heet nu {draft.name}.")
    again = [q for q in spec.questions if q.key in dropped]
    if again:
        prompter.say(f"  Vul opnieuw in wat bij {new or 'dit gesprek'} hoort:")
    for question in again:
        prompter.say("")
        answers[question.key] = ask(question, answers, spec)
        drafts.save(draft)


def _prompt(spec: Spec, key: str) -> str:
    question = spec.question(key)
    return question.prompt.rstrip("?").lower() if question else key


def _plan_for_other_child(draft: drafts.Draft, spec: Spec, old: str, new: str) -> None:
    """Every answer of a plan is about one child and its parents: ask what the teacher means. A new plan
    for the other child (the first child's plan stays as it was), the same child under its right name
    (every answer goes with it), or no change."""
    from oudergesprek import names

    prompter.say(f"\n  {new} is een ander kind dan {old}. Alles in dit plan gaat over {old} en de ouders van {old}.")
    theirs = [d for d in listed(spec) if names.same_child(d.answers.get("kind"), new) and d.path != draft.path]
    if theirs:
        prompter.say(f"  Voor {new} is er al een plan: {theirs[0].name}.")
    options = [
        (
            "nieuw",
            f"Een {'tweede' if theirs else 'nieuw'} plan voor {new} maken; het plan van {old} blijft zoals het was",
        ),
        ("naam", f"Het is hetzelfde kind, alleen de naam was fout: alle antwoorden gaan mee naar {new}"),
        ("terug", f"Toch {old}: er verandert niets"),
    ]
    question = Question(
        "kind_anders",
        "Wat wilt u?",
        help=f"Een plan hoort bij één kind. Met 1 komt niets van {old} in het plan van {new}.",
    )
    choice = prompter.ask_choice(question, options, "terug" if theirs else "nieuw")
    if choice == "terug":
        prompter.say(f"  Het plan blijft bij {old}.")
        if theirs:
            prompter.say(f"  Het plan van {new} aanpassen: oudergesprek plan --wijzig {theirs[0].name}")
        return
    if choice == "naam":
        draft.answers["kind"] = new
        drafts.save(draft)
        _rename(draft, spec)
        prompter.say(f"  Dit plan hoort nu bij {new}: alle antwoorden staan voortaan op naam van {new}.")
        prompter.say(f"  Het bestand heet nu {draft.name}.")
        return
    _start_over(draft, spec, new)
    prompter.say(f"  Het plan van {old} is bewaard zoals het was. Het nieuwe plan voor {new} heet {draft.name}.")
    prompter.say(f"  Beantwoord de vragen voor {new}:")
    for question in spec.questions:
        if question.key in draft.answers:
            continue
        prompter.say("")
        draft.answers[question.key] = ask(question, draft.answers, spec)
        drafts.save(draft)


def _start_over(draft: drafts.Draft, spec: Spec, child: str) -> None:
    """`draft` becomes a new item for `child`, held like the one before; that one stays on disk untouched."""
    drafts.become(draft, _create({"kind": child}, spec))


def find(spec: Spec, wanted: str) -> drafts.Draft:
    """A saved item by its number in --list (1 is the newest), its exact name, or the child's exact name."""
    from oudergesprek.interview.choose import pick

    what = ITEMS.get(spec.name, ("item", "items"))
    return pick(listed(spec), wanted, what, f"{spec.command} --list", numbered=True)


def listed(spec: Spec) -> list[drafts.Draft]:
    """All saved items, newest first by creation; damaged files are set aside with a warning."""
    from oudergesprek.errors import warn

    items, messages = drafts.all_drafts(spec.folder)
    for message in messages:
        warn(message)
    return sorted(items, key=lambda d: str(d.meta.get("aangemaakt", "")), reverse=True)
