"""Communication plans per family (`plannen/`): the plan as a one-page Document, and what `prep` can take
over from a child's latest plan so the teacher is not asked twice."""

from __future__ import annotations

import datetime as dt
import re

from oudergesprek.interview import drafts, flows
from oudergesprek.render.document import Block, Document, Section

FOLDER = "plannen"
STYLES = ("cijfers en feiten", "merken dat het kind gezien wordt", "allebei", "weet ik niet")
NO_INTERPRETER = {"", "nee", "geen", "niet", "nvt", "n.v.t.", "niet nodig", "-", "nee, niet nodig"}


def spec() -> flows.Spec:
    spec = flows.load("plan", FOLDER, "plan", resume="oudergesprek plan {name}")
    spec.whole = True  # every answer is about one child and its parents
    return spec


def for_child(child: str) -> list[drafts.Draft]:
    """The child's plans, newest first; finished ones before unfinished ones."""
    from oudergesprek.names import same_child

    items, _ = drafts.all_drafts(FOLDER)
    mine = [d for d in items if same_child(d.answers.get("kind"), child)]
    mine.sort(key=lambda d: str(d.meta.get("aangemaakt", "")), reverse=True)
    return sorted(mine, key=lambda d: d.status != drafts.STATUS_DONE)


def interpreter(answer: object) -> str:
    """The language an interpreter is needed for, from a free answer ("Arabisch", "ja, Tigrinya"); or ''."""
    text = flows.answer_text(answer)
    if text.lower().strip(" .") in NO_INTERPRETER:
        return ""
    text = re.sub(r"^(ja|jawel)\b[\s,:;.-]*", "", text, flags=re.IGNORECASE).strip()
    text = re.sub(r"^(een\s+)?tolk\b[\s,:;.-]*", "", text, flags=re.IGNORECASE).strip()
    return text[:1].upper() + text[1:] if text else "taal nog navragen"


def defaults_for(child: str) -> dict[str, str]:
    """Prep answers taken from the child's latest plan: `stijl`, `aanwezigen` (an interpreter), `ouders`
    (names and custody) and `aanspreekvorm`. Only what the plan really says; {} when there is no plan."""
    plans = for_child(child)
    if not plans:
        return {}
    answers = plans[0].answers
    found: dict[str, str] = {}
    style = flows.answer_text(answers.get("stijl"))
    if style in STYLES and style != "weet ik niet":
        found["stijl"] = style
    language = interpreter(answers.get("tolk"))
    if language:
        found["aanwezigen"] = f"tolk ({language})"
    parents = flows.answer_text(answers.get("ouders"))
    if parents:
        how = flows.answer_text(answers.get("informeren"))
        found["ouders"] = f"{parents}; beide ouders apart informeren" if how == "apart" else parents
    form = flows.answer_text(answers.get("aanspreekvorm"))
    if form in ("u", "je"):
        found["aanspreekvorm"] = form
    group = flows.answer_text(answers.get("groep"))
    if group:
        found["groep"] = group
    return found


def school_year(day: dt.date) -> str:
    start = day.year if day.month >= 8 else day.year - 1
    return f"Schooljaar {start}-{start + 1}"


def plan_document(answers: dict, spec: flows.Spec, teacher: str = "", made: dt.date | None = None) -> Document:
    """The plan on one page: who, what the child needs, the agreements on contact, language and custody."""

    def text(key: str) -> str:
        return flows.answer_text(answers.get(key))

    made = made or dt.date.today()
    meta = [(label, text(key)) for label, key in (("Kind", "kind"), ("Groep", "groep"), ("Ouders", "ouders"))]
    if teacher:
        meta.append(("Leerkracht", teacher))
    sections: list[Section] = []
    if text("doel"):
        sections.append(Section("Waar het om draait", (Block("paragraph", text("doel")),)))
    contact: list[str] = []
    for label, key in (
        ("Startgesprek", "startgesprek"),
        ("Liefst via", "kanaal"),
        ("Hoe vaak", "hoe_vaak"),
        ("Reageren op berichten", "reactietijd"),
        ("Aanspreekvorm", "aanspreekvorm"),
    ):
        if text(key) and text(key) != "weet ik nog niet":
            contact += [label, text(key)]
    if contact:
        sections.append(Section("Afspraken over contact", (Block("pairs", items=tuple(contact)),)))
    if answers.get("contactmomenten"):
        moments = tuple(str(m) for m in answers["contactmomenten"])
        sections.append(Section("Contactmomenten dit jaar", (Block("numbered", items=moments),)))
    style = text("stijl")
    if style and style != "weet ik niet":
        tip = str(dict(spec.texts.get("stijltips") or {}).get(style, ""))
        blocks = [Block("paragraph", style[:1].upper() + style[1:])]
        if tip:
            blocks.append(Block("paragraph", tip, style="muted"))
        sections.append(Section("Wat de ouders vooral nodig hebben", tuple(blocks)))
    custody = spec.labels.get(text("informeren"), text("informeren"))
    if custody:
        sections.append(Section("Gezag en informatie", (Block("paragraph", custody),)))
    language = interpreter(answers.get("tolk"))
    words = []
    if language:
        words.append(Block("paragraph", f"Tolk: {language}. Altijd een professionele tolk, nooit het kind."))
    if text("taal"):
        words.append(Block("paragraph", text("taal")))
    if words:
        sections.append(Section("Taal", tuple(words), style="box"))
    if text("bijzonderheden"):
        sections.append(Section("Goed om te weten", (Block("paragraph", text("bijzonderheden")),)))
    return Document(
        title=f"Communicatieplan {text('kind')}".strip(),
        subtitle=school_year(made),
        meta=tuple((label, value) for label, value in meta if value),
        sections=tuple(sections),
        footer=f"Opgesteld op {flows.today_text(made)}. Samen bij te stellen als het kind iets anders nodig heeft.",
    )
