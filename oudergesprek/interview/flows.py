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
    name = drafts.new_name(str(draft.answers["kind"]), spec.name, spec.folder)
    return drafts.move(draft, name)


def interview(draft: drafts.Draft | None, spec: Spec, start: dict, intro: str) -> drafts.Draft:
    """Ask every unanswered question, then offer changes. The draft is made at the first answer and saved
    after every answer; Ctrl-C, Ctrl-D or a hang-up lose nothing and say how to go on."""
    from oudergesprek.errors import StopLikeCtrlC

    if draft is not None:
        drafts.hold(draft)
    stop = StopLikeCtrlC().__enter__()
    answers = draft.answers if draft else dict(start)
    try:
        prompter.say(f"Verder met {draft.name}.\n" if draft else intro)
        for question in spec.questions:
            if question.key in answers:
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
        raise ending.ended(
            error, draft, spec.resume.format(command=spec.command, name=draft.name) if draft else ""
        ) from None
    finally:
        ending.close(stop, draft)


def review(draft: drafts.Draft, spec: Spec) -> None:
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
            draft.answers[question.key] = ask(question, draft.answers, spec)
            drafts.save(draft)
        else:
            prompter.say(f"  Kies een nummer van 1 tot en met {len(spec.questions)}, of druk op Enter.")


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
