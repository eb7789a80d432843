"""The one-page script of a preparation: answers in, Document out. No printing, no files."""

from __future__ import annotations

from typing import Any

from oudergesprek.document import Block, Document, Section
from oudergesprek.fill import fill
from oudergesprek.model import Library
from oudergesprek.prepflow import Flow

SKILL_REMINDERS = (
    "Rolhelderheid: beschrijven wat er te zien is; geen opvoedadvies waar niet om gevraagd is.",
    "Constructieve communicatie: luisteren, samenvatten, doorvragen.",
    "Regie houden: één zorg tegelijk; vat samen als het spannend wordt.",
    "Voorbereiding: het nieuws in de eerste zinnen, hoogstens drie feiten.",
    "Flexibiliteit: raakt het de ouders, stop dan met vertellen en erken eerst.",
)


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return "; ".join(str(v) for v in value)
    return str(value).strip()


def _pick(lib: Library, kind: str, situation: str, form: str, child: str) -> str:
    """The first library phrase of this kind for this situation (or any), filled in."""
    fitting = [p for p in lib.phrases if p.kind == kind and situation in p.situations]
    fitting = fitting or [p for p in lib.phrases if p.kind == kind]
    return fill(fitting[0].text(form), {"kind": child}) if fitting else ""


def if_then(answers: dict, lib: Library, situation: str) -> tuple[str, ...]:
    """Label, advice pairs. A phrase the user chose is referred to; otherwise one from the library is quoted."""
    form, child = answers.get("aanspreekvorm", "u"), _text(answers.get("kind"))

    def say(key: str, label: str, kind: str, fallback_situation: str) -> str:
        if _text(answers.get(key)):
            return f"Zie \u2018{label}\u2019."
        return f"\u201c{_pick(lib, kind, fallback_situation, form, child)}\u201d"

    return (
        "Boosheid",
        "Niet verdedigen; laat uitpraten en vat samen. "
        + say("samenvatten", "Samenvatten", "samenvatten", "boze-ouder")
        + " Over de grens? "
        + say("grens", "Grens", "begrenzen", "verbale-agressie"),
        "Ontkenning",
        "Normaal als eerste reactie. Niet harder gaan overtuigen: noem één feit en vraag wat de ouders zelf zien.",
        "Tranen",
        "Stop met vertellen, laat stilte vallen. " + say("erkenning", "Erkennen", "erkenning", "emotionele-ouder"),
        "Tien vragen tegelijk",
        "Schrijf ze op en neem ze één voor één. " + say("structuur", "Regie houden", "structureren", "boze-ouder"),
    )


def build(answers: dict, lib: Library, flow: Flow) -> Document:
    """The script for the table: header, opening, core, structure, phrases, if-then, agreements."""
    situation = str(answers.get("situatie", ""))
    situation_title = lib.situations[situation].title if situation in lib.situations else situation
    child = _text(answers.get("kind"))
    meta = [("Kind", child), ("Ouders", _text(answers.get("ouders")))]
    for label, key in (("Verder aanwezig", "aanwezigen"), ("Wanneer", "datum"), ("Doel", "doel")):
        if _text(answers.get(key)):
            meta.append((label, _text(answers.get(key))))
    sections: list[Section] = []

    opening = [Block("phrase", _text(answers.get("opening")), label="Openingszinnen")] if answers.get("opening") else []
    if answers.get("kernboodschap"):
        opening.append(Block("paragraph", _text(answers["kernboodschap"]), label="Kernboodschap"))
    if opening:
        sections.append(Section("Opening en kern", tuple(opening)))

    timing = flow.timing(situation)
    if timing:
        total = sum(minutes for _, minutes in timing)
        items = tuple(f"{phase} (± {minutes} min)" for phase, minutes in timing)
        sections.append(Section("Verloop", (Block("numbered", items=items),), note=f"± {total} minuten"))

    facts = []
    if answers.get("feiten"):
        facts.append(Block("bullets", items=tuple(answers["feiten"]), label="Feiten en observaties"))
    if answers.get("positief"):
        facts.append(Block("bullets", items=tuple(answers["positief"]), label="Wat goed gaat"))
    if facts:
        sections.append(Section("Wat ik vertel", tuple(facts)))

    phrases = []
    for key, label in (
        ("doorvragen", "Doorvragen"),
        ("samenvatten", "Samenvatten"),
        ("structuur", "Regie houden"),
        ("erkenning", "Erkennen"),
        ("grens", "Grens"),
        ("houvast", "Houvast"),
        ("afsluiten", "Afsluiten"),
    ):
        if _text(answers.get(key)):
            kind = "paragraph" if key == "houvast" else "phrase"
            phrases.append(Block(kind, _text(answers[key]), label=label))
    if phrases:
        sections.append(Section("Zinnen bij de hand", tuple(phrases)))

    asks = []
    if answers.get("vragen_aan_ouders"):
        asks.append(Block("bullets", items=tuple(answers["vragen_aan_ouders"]), label="Open vragen aan de ouders"))
    for key, label in (("vraag_aan_ouders", "Wat ik van de ouders vraag"), ("aanbod", "Wat de school doet")):
        if _text(answers.get(key)):
            asks.append(Block("paragraph", _text(answers[key]), label=label))
    if asks:
        sections.append(Section("Vragen en afspraken over rollen", tuple(asks)))

    expected = []
    for key, label in (
        ("verwachte_reactie", "Verwachte reactie"),
        ("verwerkingsfase", "Fase van verwerken"),
        ("stijl", "Wat de ouders nodig hebben"),
        ("valkuilen", "Mijn valkuil"),
    ):
        if _text(answers.get(key)) and _text(answers.get(key)) != "weet ik niet":
            expected.append(Block("paragraph", _text(answers[key]), label=label))
    expected.append(Block("pairs", items=if_then(answers, lib, situation), label="Als … dan"))
    sections.append(Section("Als het anders loopt", tuple(expected)))

    follow = [Block("lines", items=("Wie", "Wat", "Wanneer"), count=2, label="Afspraken")]
    follow.append(Block("paragraph", _text(answers.get("vervolg")) or "____________________", label="Vervolg"))
    if _text(answers.get("vastleggen")):
        follow.append(Block("paragraph", _text(answers["vastleggen"]), label="Vastleggen en delen"))
    sections.append(Section("Afspraken", tuple(follow)))

    return Document(
        title=f"Gesprek over {child}" if child else "Gespreksvoorbereiding",
        subtitle=situation_title,
        meta=tuple(meta),
        sections=tuple(sections),
        columns=2,
        footer="  ·  ".join(SKILL_REMINDERS),
    )
