"""When the teacher changes the child's name in prep's overview, the preparation is about another child:
what came from the first child's communication plan goes, and texts the program filled in with the first
name ({kind} in the open questions, what to bring, the goal, phrases from the library) get the new name."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from oudergesprek.interview import talk
from oudergesprek.interview.questions import answer_text

Template = Callable[[dict], str]  # a text with placeholders, in the form of address of the given answers
LABELS = {
    "ouders": "ouders",
    "aanwezigen": "wie er verder bij is",
    "stijl": "wat de ouders nodig hebben",
    "aanspreekvorm": "aanspreekvorm",
    "groep": "groep",
}


def plan_keys(meta: dict) -> list[str]:
    """The answers that came from a plan. Older drafts only list everything taken over (`overgenomen`)."""
    marked = meta.get("uit_plan")
    if isinstance(marked, list):
        return [str(k) for k in marked]
    given = meta.get("overgenomen")
    return [str(k) for k in given] if isinstance(given, list) else []


def drop_plan(answers: dict, meta: dict, before: dict) -> list[str]:
    """Remove what the other child's plan gave (unless the new answer itself just set it); say what went."""
    dropped = []
    for key in plan_keys(meta):
        if key in answers and answers.get(key) == before.get(key):
            answers.pop(key)
            dropped.append(key)
    given = meta.get("overgenomen")
    if isinstance(given, list):
        meta["overgenomen"] = [k for k in given if k not in dropped]
    meta.pop("uit_plan", None)
    return dropped


def _templates(situation: str, phrases: list) -> list[Template]:
    data = talk.situation_data(situation)
    items: list[Any] = [data[k] for k in ("doel",) if data.get(k)]
    for k in ("vragen_aan_ouders", "meenemen"):
        items += list(data.get(k) or [])

    def entry(item: Any) -> Template:
        return lambda answers: talk.entry(item, answers)

    def phrase(found: Any) -> Template:
        return lambda answers: str(found.text(talk.form_of(answers)))

    return [entry(i) for i in items] + [phrase(p) for p in phrases]


def _filled(template: Template, answers: dict) -> tuple[str, str]:
    raw = talk.fill_known(template(answers), answers)
    return raw, talk.write_in(raw)


def refill(answers: dict, before: dict, phrases: list) -> list[str]:
    """Every answer the program filled in from a template with the old name or pronoun gets the new one
    (what the teacher typed is left as it is). Returns the keys that changed."""
    situation = answer_text(answers.get("situatie"))
    renamed: dict[str, str] = {}
    for template in _templates(situation, phrases):
        old, new = _filled(template, before), _filled(template, answers)
        for was, now in zip(old, new, strict=True):
            if was != now:
                renamed.setdefault(was, now)
    changed = []
    for key, value in answers.items():
        if key in ("kind", "concept"):
            continue
        if isinstance(value, str) and value in renamed:
            answers[key] = renamed[value]
            changed.append(key)
        elif isinstance(value, list) and any(isinstance(v, str) and v in renamed for v in value):
            answers[key] = [renamed.get(v, v) if isinstance(v, str) else v for v in value]
            changed.append(key)
    return changed


def dropped_line(new: str, old: str, dropped: list[str]) -> str:
    """One line for the teacher about what went."""
    what = ", ".join(LABELS.get(k, k) for k in dropped)
    if not what:
        return f"  {new} is een ander kind dan {old}: de naam is overal aangepast."
    return f"  {new} is een ander kind dan {old}: wat uit het plan van {old} kwam ({what}) is weggehaald."
