"""The reflection journal: reflections saved as drafts in `reflecties/`, one reflection as a page, and the
overview over all of them (how many talks, which skills were hard most often, the latest intentions)."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass

from oudergesprek.interview import drafts, flows
from oudergesprek.library.model import SKILLS
from oudergesprek.render.document import Block, Document, Section

FOLDER = "reflecties"
FIVE = ("gevraagd", "tevreden", "regie", "belemmerd", "volgende_keer")
UNKNOWN = "weet ik niet"
LINKED = ("gesprek", "kind", "ouders")  # what a reflection takes over from its preparation
FOOTER = "Persoonlijke werkaantekening: alleen voor uzelf, niet voor het leerlingdossier."


def spec() -> flows.Spec:
    spec = flows.load("reflectie", FOLDER, "reflect", extra_keys=("voorbereiding",))
    # Another child named in the overview: the link to the first child's preparation goes, with what it gave
    # (see reflect.linked), and so do the first child's parents.
    spec.family, spec.link, spec.from_link = ("ouders",), "voorbereiding", LINKED
    return spec


def skill_title(slug: str) -> str:
    return SKILLS.get(slug, slug)


def ranking(values: list[str]) -> list[tuple[str, int]]:
    """Skills by how often they were named, most first; a tie keeps the order of the five skills."""
    counts = Counter(v for v in values if v in SKILLS)
    order = list(SKILLS)
    return sorted(counts.items(), key=lambda item: (-item[1], order.index(item[0])))


@dataclass
class Overview:
    total: int
    unfinished: int
    hard: list[tuple[str, int]]
    good: list[tuple[str, int]]
    intentions: list[tuple[str, str, str]]  # (date, talk, intention), newest first
    first: dt.date | None = None
    last: dt.date | None = None


def overview(items: list[drafts.Draft], latest: int = 5) -> Overview:
    """Over the finished reflections, newest first as `items` are."""
    done = [d for d in items if d.status == drafts.STATUS_DONE]
    dates = [day for day in (flows.created(d) for d in done) if day]
    intentions = [
        (flows.answer_text(d.answers.get("datum")), flows.answer_text(d.answers.get("gesprek")), text)
        for d in done
        if (text := flows.answer_text(d.answers.get("volgende_keer")))
    ]
    return Overview(
        total=len(done),
        unfinished=len(items) - len(done),
        hard=ranking([str(d.answers.get("was_lastig", "")) for d in done]),
        good=ranking([str(d.answers.get("ging_goed", "")) for d in done]),
        intentions=intentions[:latest],
        first=min(dates) if dates else None,
        last=max(dates) if dates else None,
    )


def _times(count: int) -> str:
    return "1 keer" if count == 1 else f"{count} keer"


def overview_document(view: Overview, teacher: str = "") -> Document:
    subtitle = f"{view.total} {'gesprek' if view.total == 1 else 'gesprekken'}"
    if view.first and view.last:
        subtitle += f", van {flows.today_text(view.first)} tot en met {flows.today_text(view.last)}"
    if view.unfinished:
        subtitle += f" (en {view.unfinished} nog niet af)"
    nothing = Block("paragraph", "Nog niets aangegeven.", style="muted")
    hard = [f"{skill_title(s)}: {_times(n)}" for s, n in view.hard]
    good = [f"{skill_title(s)}: {_times(n)}" for s, n in view.good]
    sections = [
        Section("Wat het vaakst lastig was", (Block("numbered", items=tuple(hard)),) if hard else (nothing,)),
        Section("Wat het vaakst goed ging", (Block("numbered", items=tuple(good)),) if good else (nothing,)),
    ]
    if view.intentions:
        items = tuple(f"{day} · {talk}: {text}" if day else f"{talk}: {text}" for day, talk, text in view.intentions)
        sections.append(Section("Voornemens van de laatste gesprekken", (Block("bullets", items=items),)))
    if view.hard:
        slug = view.hard[0][0]
        tip = (
            f"{skill_title(slug)} was het vaakst lastig. Zinnen die daarbij helpen: "
            f"oudergesprek phrase --vaardigheid {slug}"
        )
        sections.append(Section("Om mee te oefenen", (Block("paragraph", tip),), style="box"))
    meta = (("Van", teacher),) if teacher else ()
    return Document("Terugblik op mijn oudergesprekken", subtitle, meta, tuple(sections), footer=FOOTER)


def reflection_document(answers: dict, spec: flows.Spec, goal: str = "") -> Document:
    """One reflection on a page: the five questions, the two skills, and the goal of a linked preparation."""
    talk = flows.answer_text(answers.get("gesprek")) or "gesprek"
    meta = [
        (label, flows.answer_text(answers.get(key)))
        for label, key in (("Datum", "datum"), ("Kind", "kind"), ("Met", "ouders"))
        if flows.answer_text(answers.get(key))
    ]
    pairs: list[str] = []
    for key in FIVE:
        question = spec.question(key)
        if question is not None:
            pairs += [question.prompt, flows.answer_text(answers.get(key)) or "—"]
    sections = [Section("Vijf vragen", (Block("pairs", items=tuple(pairs)),))]
    skills = []
    for label, key in (("Ging goed", "ging_goed"), ("Was lastig", "was_lastig")):
        value = flows.answer_text(answers.get(key))
        if value and value != UNKNOWN:
            skills += [label, skill_title(value)]
    if skills:
        sections.append(Section("Vaardigheden", (Block("pairs", items=tuple(skills)),)))
    if goal:
        sections.append(Section("Uit de voorbereiding", (Block("paragraph", goal, label="Doel"),)))
    return Document(f"Reflectie: {talk}", "", tuple(meta), tuple(sections), footer=FOOTER)
