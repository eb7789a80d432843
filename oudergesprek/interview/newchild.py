"""When the teacher corrects the child's name or pronoun in prep's overview, texts the program filled in
with the old ones ({kind} in the open questions, what to bring, the goal, phrases from the library) get the
new ones. The same refill gives those texts a new form of address (u, je, jullie) or number of parents."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from typing import Any

from oudergesprek.interview import talk
from oudergesprek.interview.questions import answer_text

Template = Callable[[dict], str]  # a text with placeholders, in the form of address of the given answers


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


@cache
def _with_blanks(raw: str) -> re.Pattern[str] | None:
    """A filled text whose open [name]s the teacher may have filled in by hand: each blank as a group (the
    same blank twice must hold the same words). None when it has no blanks."""
    if not talk.BLANK.search(raw):
        return None
    parts, seen, last = [], set(), 0
    for match in talk.BLANK.finditer(raw):
        name = match.group(1)
        parts.append(re.escape(raw[last : match.start()]))
        parts.append(f"(?P={name})" if name in seen else f"(?P<{name}>.+?)")
        seen.add(name)
        last = match.end()
    parts.append(re.escape(raw[last:]))
    return re.compile("".join(parts), re.DOTALL)


def _blanks_filled(raw: str, typed: dict[str, str]) -> str:
    """The new text with what the teacher wrote on each blank; a blank not filled stays a line to write on."""
    return talk.write_in(talk.BLANK.sub(lambda m: typed.get(m.group(1)) or m.group(0), raw))


def refill(answers: dict, before: dict, phrases: list) -> list[str]:
    """Every answer the program filled in from a template with the old name, pronoun, form of address or
    number of parents gets the new one, also when the teacher filled its blanks ([datum]) by hand; what the
    teacher wrote themselves is left as it is. Returns the keys that changed."""
    situation = answer_text(answers.get("situatie"))
    renamed: dict[str, str] = {}
    blanks: list[tuple[str, str]] = []  # (old, new) texts with blanks the teacher may have filled
    for template in _templates(situation, phrases):
        old, new = _filled(template, before), _filled(template, answers)
        for was, now in zip(old, new, strict=True):
            if was != now:
                renamed.setdefault(was, now)
        if old[0] != new[0] and "[" in old[0]:
            blanks.append((old[0], new[0]))

    def new_text(value: str) -> str | None:
        if value in renamed:
            return renamed[value]
        for was, now in blanks:
            found = _with_blanks(was)
            match = found.fullmatch(value) if found else None
            if match:
                return _blanks_filled(now, match.groupdict())
        return None

    changed = []
    for key, value in answers.items():
        if key in ("kind", "concept"):
            continue
        if isinstance(value, str) and (refilled := new_text(value)) is not None:
            answers[key] = refilled
            changed.append(key)
        elif isinstance(value, list):
            items = [new_text(v) if isinstance(v, str) else None for v in value]
            if any(item is not None for item in items):
                answers[key] = [v if item is None else item for v, item in zip(value, items, strict=True)]
                changed.append(key)
    return changed


# The words of each form of address. After a change, an answer that holds words of another form than the new
# one was written (or edited) by the teacher, and is named for them to check.
_FORM_WORDS = {"u": ("u", "uw"), "je": ("je", "jij", "jou", "jouw"), "jullie": ("jullie",)}
NOT_SPOKEN = ("situatie", "kind", "groep", "voornaamwoord", "ouders", "aanwezigen", "aanspreekvorm", "datum", "concept")


def _other_forms(new: str, old: str) -> re.Pattern[str]:
    words = [word for form, own in _FORM_WORDS.items() if form != new for word in own]
    if new == "jullie" and old != "je":
        words.remove("je")  # "maken jullie je zorgen": je belongs to jullie too
    return re.compile(r"\b(" + "|".join(words) + r")\b", re.IGNORECASE)


def in_other_form(answers: dict, old: str, new: str, skip: list[str], phrases: list) -> list[str]:
    """The answers, apart from `skip`, that do not speak in the new form: texts the teacher wrote or
    edited (the program's own texts, in the new form, are not named)."""
    words = _other_forms(new, old)
    situation = answer_text(answers.get("situatie"))
    ours = {text for template in _templates(situation, phrases) for text in _filled(template, answers)}

    def foreign(value: object) -> bool:
        items = value if isinstance(value, list) else [value]
        return any(isinstance(v, str) and v not in ours and words.search(v) for v in items)

    return [key for key, value in answers.items() if key not in NOT_SPOKEN and key not in skip and foreign(value)]
