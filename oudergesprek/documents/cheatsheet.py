"""The spiekbrief as a document: the five skills with a balanced choice of phrases, and three boxes
(the three keys, the door routine, what to ask yourself afterwards). The texts of the boxes live in
data/spiekbrief.yaml and data/snel.yaml; this module only chooses and arranges."""

from __future__ import annotations

import re

from oudergesprek import paths, safeyaml
from oudergesprek.errors import NotFound, UsageError, warn
from oudergesprek.library.fill import on_paper
from oudergesprek.library.model import Library, Phrase, Record
from oudergesprek.render.document import Block, Document, Section

PHRASE_BUDGET = 15  # phrases on a default sheet: three for each of the five skills
PER_SKILL_MIN, PER_SKILL_MAX = 3, 10
MAX_BODY = 13.0  # a short selection is set larger to fill the page, up to this size


class Choice(Record):
    """What goes on the sheet: hand-picked phrase ids, or filters for a balanced choice; and the child."""

    __slots__ = ("situation", "skill", "category", "phrase_ids", "child", "anonymous")

    def __init__(
        self,
        situation: str | None = None,
        skill: str | None = None,
        category: str | None = None,
        phrase_ids: list[str] | None = None,
        child: str | None = None,
        anonymous: bool = False,
    ) -> None:
        self.situation = situation
        self.skill = skill
        self.category = category
        self.phrase_ids = phrase_ids
        self.child = child
        self.anonymous = anonymous


def boxes_text() -> dict:
    """The boxes beside the phrases (three keys, questions for afterwards): data/spiekbrief.yaml."""
    return safeyaml.plain(safeyaml.load_file(paths.shipped("spiekbrief.yaml")))


def door_steps() -> tuple[str, ...]:
    """The door routine on paper: the same steps as `snel` shows on screen (data/snel.yaml), without the phrases."""
    return tuple(safeyaml.plain(safeyaml.load_file(paths.shipped("snel.yaml")))["routine"].values())


def build(lib: Library, opts: Choice, form: str) -> Document:
    """The spiekbrief as a Document: skills with phrases, then three boxes: keys, the door, afterwards."""
    from oudergesprek.documents.anonymize import initials

    phrases = pick(lib, opts)
    child = (opts.child or "").strip()
    shown = initials(child) if child and opts.anonymous else child
    sections = []
    for skill in dict.fromkeys(p.skill for p in phrases):
        term = lib.skills.get(skill)
        blocks = [Block("paragraph", first_sentence(term.explanation), style="muted")] if term else []
        for p in (p for p in phrases if p.skill == skill):
            label = lib.categories[p.category].title if p.category in lib.categories else p.category
            blocks.append(Block("phrase", on_paper(p.text(form), form, shown), label=label))
        sections.append(Section(term.title if term else skill, tuple(blocks)))
    question = "Kan ik je snel even spreken?" if form == "je" else "Kan ik u snel even spreken?"
    boxes = boxes_text()
    keys = tuple(part for key in boxes["sleutels"] for part in (key["titel"], key["tekst"]))
    sections.append(Section("Drie sleutels", (Block("pairs", items=keys),), style="box"))
    door = (Block("phrase", question, label="De ouder vraagt"), Block("numbered", items=door_steps()))
    sections.append(Section("Aan de deur", door, style="box"))
    sections.append(Section("Na het gesprek", (Block("bullets", items=tuple(boxes["na_het_gesprek"])),), style="box"))
    return Document(
        title="Spiekbrief oudergesprek",
        subtitle="Vijf vaardigheden, zinnen om hardop te zeggen en wat te doen aan de deur.",
        meta=meta(lib, opts, form, shown),
        sections=tuple(sections),
        columns=2,
        footer="Samen het kind centraal · gemaakt met oudergesprek",
        max_body=MAX_BODY,
    )


def meta(lib: Library, opts: Choice, form: str, child: str) -> tuple[tuple[str, str], ...]:
    fields = [("Aanspreekvorm", form)]
    if child:
        fields.append(("Kind", child))
    if not opts.phrase_ids:
        for label, value, terms in (
            ("Vaardigheid", opts.skill, lib.skills),
            ("Situatie", opts.situation, lib.situations),
            ("Soort", opts.category, lib.categories),
        ):
            if value:
                fields.append((label, terms[value].title if value in terms else value))
    return tuple(fields)


def pick(lib: Library, opts: Choice) -> list[Phrase]:
    """Hand-picked phrases (--zin) in skill order, else a balanced choice within the filters."""
    if opts.phrase_ids:
        if opts.skill or opts.category or opts.situation:
            warn("met --zin staan precies die zinnen erop; --vaardigheid, --situatie en --soort tellen niet mee.")
        chosen = [by_id(lib, phrase_id) for phrase_id in dict.fromkeys(opts.phrase_ids)]
        order = {skill: n for n, skill in enumerate(lib.skills)}
        return sorted(chosen, key=lambda p: order.get(p.skill, len(order)))
    from oudergesprek.search.lookup import Filters

    filters = Filters(opts.skill, opts.category, opts.situation)
    filters.check(lib)
    found = [p for p in lib.phrases if filters.accepts(p)]
    if not found:
        raise NotFound(
            "Geen zinnen die bij deze keuze passen.",
            "Maak de keuze ruimer, of bekijk wat er is met: oudergesprek phrase --situatie ... --soort ...",
        )
    skills = list(dict.fromkeys([*(s for s in lib.skills), *(p.skill for p in found)]))
    groups = [[p for p in found if p.skill == skill] for skill in skills]
    groups = [g for g in groups if g]
    per_skill = min(PER_SKILL_MAX, max(PER_SKILL_MIN, PHRASE_BUDGET // len(groups)))
    return [p for group in groups for p in balanced(group, per_skill, list(lib.categories))]


def by_id(lib: Library, phrase_id: str) -> Phrase:
    from oudergesprek.errors import closest

    phrase = lib.by_id(phrase_id)
    if phrase is None:
        guess = closest(phrase_id, [p.id for p in lib.phrases])
        hint = f"Bedoelt u '{guess}'?" if guess else "Zoek het id op met: oudergesprek phrase ZOEKVRAAG --json"
        raise UsageError(f"Onbekende zin '{phrase_id}'.", hint)
    return phrase


def usefulness(phrase: Phrase) -> tuple[float, str]:
    """Lower is better: short, usable in many situations, few blanks on paper. Ties by id."""
    text = phrase.text_u
    names = re.findall(r"\{([^{}\s]*)\}", text)
    blanks = 8 * names.count("kind") + 80 * len([n for n in names if n not in ("kind", "hij", "Hij", "hem")])
    return len(text) + blanks - 20 * min(len(phrase.situations), 3), phrase.id


def balanced(phrases: list[Phrase], count: int, category_order: list[str]) -> list[Phrase]:
    """Up to `count` phrases, taking turns over the categories this skill uses most; best phrase first per category."""
    by_category: dict[str, list[Phrase]] = {}
    for p in sorted(phrases, key=usefulness):
        by_category.setdefault(p.category, []).append(p)
    rank = {k: n for n, k in enumerate(category_order)}
    categories = sorted(by_category, key=lambda k: (-len(by_category[k]), rank.get(k, len(rank)), k))
    chosen: list[Phrase] = []
    while len(chosen) < count and any(by_category.values()):
        for k in categories:
            if by_category[k] and len(chosen) < count:
                chosen.append(by_category[k].pop(0))
    return chosen


def first_sentence(text: str) -> str:
    match = re.match(r"(.+?[.!?])(\s|$)", text.strip())
    return match.group(1) if match else text.strip()
