"""The script of a preparation, two sides of one sheet: answers in, Document out. No printing, no files."""

from __future__ import annotations

from typing import Any

from oudergesprek.interview import talk
from oudergesprek.interview.flows import answer_text
from oudergesprek.interview.questions import Flow
from oudergesprek.library.model import Library
from oudergesprek.render.document import Block, Document, Section

FRONT_FOOTER = "Samen het kind centraal."
PHRASE_LABELS = (
    ("erkenning", "Erkennen"),
    ("doorvragen", "Doorvragen"),
    ("samenvatten", "Samenvatten"),
    ("structuur", "Regie houden"),
    ("grens", "Grens"),
    ("afsluiten", "Afsluiten"),
)


def _page_text(value: Any) -> str:
    """An answer as it goes on paper: a bare "…" gap becomes a line to write on."""
    from oudergesprek.interview.talk import WRITE_IN, write_in

    return write_in(answer_text(value)).replace("…", WRITE_IN)


def _items(value: Any) -> tuple[str, ...]:
    from oudergesprek.interview.talk import WRITE_IN

    if isinstance(value, list):
        return tuple(str(v).replace("…", WRITE_IN) for v in value if str(v).strip())
    return (_page_text(value),) if answer_text(value) else ()


def completed(answers: dict, lib: Library, flow: Flow, index: dict | None = None) -> dict:
    """The answers plus what the preparation does not ask: the standard goal, open questions and what to
    bring from gesprekken.yaml, and for each phrase not asked the best-fitting one from the library."""
    situation = answer_text(answers.get("situatie"))
    data = talk.situation_data(situation)
    out = dict(answers)
    for question in flow.for_situation(situation):
        for q in (question, *question.after):
            if q.key in out or not q.applies_to(situation):
                continue
            if q.key == "doel" and data.get("doel"):
                out["doel"] = talk.filled(data["doel"], out)
            elif q.key in ("vragen_aan_ouders", "meenemen") and data.get(q.key):
                items = [talk.filled(i, out) for i in data[q.key]]
                out[q.key] = items[: q.max or 4] if q.key == "vragen_aan_ouders" else items
            elif q.type == "zin" and not q.asked:
                found = talk.ranked(lib, index, q.categories, out, limit=1, strict=True)
                if found:
                    out[q.key] = talk.write_in(talk.phrase_text(found[0], out))
            elif q.default and not q.asked:
                out[q.key] = q.default
    return out


def if_then(answers: dict, situation: str) -> tuple[str, ...]:
    """Label, advice pairs from gesprekken.yaml; a phrase on the front is referred to by its label."""
    labels = dict(PHRASE_LABELS) | {"opening": "Opening"}
    pairs: list[str] = []
    for row in talk.situation_data(situation).get("als_dan") or []:
        if not isinstance(row, list) or len(row) < 2:
            continue
        advice = talk.filled(row[1], answers)
        key = str(row[2]) if len(row) > 2 else ""
        if key and answer_text(answers.get(key)):
            advice += f" Zie \u2018{labels.get(key, key)}\u2019 op de voorkant."
        pairs += [talk.filled(row[0], answers), advice]
    return tuple(pairs)


def parents(answers: dict) -> str:
    """'de ouders' when two parents come, else 'de ouder'."""
    return "de ouders" if talk.two_come(answers) else "de ouder"


def header_fields(answers: dict) -> list[tuple[str, str]]:
    child = _page_text(answers.get("kind"))
    group = _page_text(answers.get("groep"))
    who = "Ouders" if talk.two_come(answers) else "Ouder"
    meta = [("Kind", f"{child}, {group}" if group else child), (who, _page_text(answers.get("ouders")))]
    for label, key in (("Verder", "aanwezigen"), ("Wanneer", "datum"), ("Doel", "doel")):
        if answer_text(answers.get(key)):
            meta.append((label, _page_text(answers.get(key))))
    return meta


def build(answers: dict, lib: Library, flow: Flow, index: dict | None = None, back: bool = True) -> Document:
    """Two sides of one sheet. The front lies on the table: nothing on it the teacher would mind the parents
    reading. The back, "voor mezelf", holds the expected reaction, the pitfall and the if-then plan."""
    answers = completed(answers, lib, flow, index)
    situation = str(answers.get("situatie", ""))
    situation_title = lib.situations[situation].title if situation in lib.situations else situation
    child = _page_text(answers.get("kind"))
    title = f"Gesprek over {child}" if child else "Gespreksvoorbereiding"
    sections: list[Section] = []

    opening = []
    if answer_text(answers.get("opening")):
        opening.append(Block("phrase", _page_text(answers["opening"]), label="Openingszinnen", style="large"))
    if answer_text(answers.get("kernboodschap")):
        opening.append(Block("paragraph", _page_text(answers["kernboodschap"]), label="Kernboodschap", style="large"))
    if opening:
        sections.append(Section("Opening en kern", tuple(opening)))

    timing = flow.timing(situation)
    if timing:
        total = sum(minutes for _, minutes in timing)
        items = tuple(f"{talk.entry(phase, answers)} (± {minutes} min)" for phase, minutes in timing)
        order = [Block("numbered", items=items)]
        if answer_text(answers.get("rolverdeling")):
            order.append(Block("paragraph", _page_text(answers["rolverdeling"]), label="Wie zegt wat"))
        sections.append(Section("Verloop", tuple(order), note=f"± {total} minuten"))

    facts = []
    if _items(answers.get("feiten")):
        facts.append(Block("bullets", items=_items(answers.get("feiten")), label="Feiten en observaties"))
    if _items(answers.get("positief")):
        facts.append(Block("bullets", items=_items(answers.get("positief")), label="Wat goed gaat"))
    if facts:
        sections.append(Section("Wat ik vertel", tuple(facts)))

    phrases = [
        Block("phrase", _page_text(answers[key]), label=label)
        for key, label in PHRASE_LABELS
        if answer_text(answers.get(key))
    ]
    if phrases:
        sections.append(Section("Zinnen bij de hand", tuple(phrases)))

    if _items(answers.get("vragen_aan_ouders")):
        asks = (Block("bullets", items=_items(answers.get("vragen_aan_ouders"))),)
        sections.append(Section(f"Vragen aan {parents(answers)}", asks))

    after = []
    for key, label in (
        ("aanbod", "Wat er nu gebeurt"),
        ("houvast", "Houvast"),
        ("vraag_aan_ouders", f"Wat ik van {parents(answers)} vraag"),
    ):
        if answer_text(answers.get(key)):
            after.append(Block("paragraph", _page_text(answers[key]), label=label))
    follow = [Block("lines", items=("Wie", "Wat", "Wanneer"))]
    follow.append(Block("paragraph", _page_text(answers.get("vervolg")) or "____________________", label="Vervolg"))
    if answer_text(answers.get("vastleggen")):
        follow.append(Block("paragraph", _page_text(answers["vastleggen"]), label="Vastleggen", style="muted"))
    sections.append(Section("Afspraken", tuple(after + follow)))
    sections.append(Section("Notities", (Block("lines", count=2, style="fill"),)))

    return Document(
        title=title,
        subtitle=situation_title,
        meta=tuple(header_fields(answers)),
        sections=tuple(sections),
        columns=2,
        footer=FRONT_FOOTER,
        back=back_side(answers, situation, title) if back else None,
        min_body=MIN_BODY,
    )


MIN_BODY = 10.0  # the script is read at arm's length, across a table


def back_side(answers: dict, situation: str, title: str) -> Document:
    """Page 2, voor mezelf: what the parents need not read."""
    many = talk.two_come(answers)  # the labels speak of one parent or of two
    sections: list[Section] = []
    before = []
    if answer_text(answers.get("voorkennis")):
        knows = "Wat de ouders al weten" if many else "Wat de ouder al weet"
        before.append(Block("paragraph", _page_text(answers["voorkennis"]), label=knows))
    bring = answers.get("meenemen")
    if isinstance(bring, str):
        bring = [part.strip() for part in bring.split(";") if part.strip()]
    if _items(bring):
        before.append(Block("bullets", items=_items(bring), label="Meenemen"))
    if before:
        sections.append(Section("Vooraf", tuple(before)))

    reaction = []
    for key, label in (
        (
            "verwachte_reactie",
            "Verwachte reactie, en wat de ouders dan nodig hebben"
            if many
            else "Verwachte reactie, en wat de ouder dan nodig heeft",
        ),
        ("stijl", "Wat deze ouders vooral nodig hebben" if many else "Wat deze ouder vooral nodig heeft"),
        (
            "verwerkingsfase",
            "Waar de ouders staan in het verwerken" if many else "Waar de ouder staat in het verwerken",
        ),
        ("valkuil", "Mijn valkuil"),
        ("valkuilen", "Mijn valkuil"),
    ):
        value = answer_text(answers.get(key))
        if value and value != "weet ik niet":
            reaction.append(Block("paragraph", _page_text(value), label=label))
    if reaction:
        sections.append(Section("De reactie", tuple(reaction)))

    plan = if_then(answers, situation)
    steps: list[Block] = [Block("pairs", items=plan)] if plan else []
    escalation = answer_text(talk.situation_data(situation).get("escalatie"))
    if escalation:
        steps.append(Block("paragraph", talk.filled(escalation, answers), label="Als het niet meer gaat"))
    if steps:
        sections.append(Section("Als het anders loopt", tuple(steps), style="box"))
    sections.append(Section("Na het gesprek", (Block("lines", count=2, style="fill"),)))

    reminders = talk.situation_data(situation).get("herinneringen") or ()
    return Document(
        title="Voor mezelf",
        subtitle=f"{title}: de achterkant, niet voor op tafel",
        sections=tuple(sections),
        columns=1,
        footer="  ·  ".join(talk.entry(line, answers) for line in reminders),
        min_body=MIN_BODY,
    )
