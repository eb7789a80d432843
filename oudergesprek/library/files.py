"""Reading and validating one library file into skills, categories, situations and phrases."""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from oudergesprek import safeyaml
from oudergesprek.cleantext import bidi_control, has_control
from oudergesprek.errors import closest, unknown
from oudergesprek.library.fill import unknown_placeholders
from oudergesprek.library.forms import foreign_words
from oudergesprek.library.model import PLACEHOLDERS, SKILLS, Phrase, Problem, Term
from oudergesprek.safeyaml import LineDict, LineList

ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9-]*$")
PHRASE_KEYS = ("id", "soort", "situaties", "tekst", "wanneer", "ouder_zegt", "waarom")
MOMENT_KEYS = ("wanneer", "ouder_zegt")
MAX_MOMENTS = 3
SKILL_FILE_KEYS = ("vaardigheid", "titel", "uitleg", "zinnen")


@dataclass
class FileContent:
    """What one file contributes, before names are checked against the whole library."""

    path: str
    skill: Term | None = None
    categories: list[Term] = field(default_factory=list)
    situations: list[Term] = field(default_factory=list)
    phrases: list[Phrase] = field(default_factory=list)
    # (phrase index, line, category or situation slug, "soort"/"situatie") checked once all names are known
    references: list[tuple[int, int, str, str]] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


class _Reader:
    def __init__(self, path: str) -> None:
        self.out = FileContent(path)

    def problem(self, line: int | None, message: str) -> None:
        self.out.problems.append(Problem(self.out.path, line, message))

    def control(self, line: int | None, key: str, value: str) -> bool:
        """Report a control character in a text field (an escape code, a bidirectional control); True if found."""
        if not has_control(value):
            return False
        bidi = bidi_control(value)
        what = (
            f"een onzichtbaar teken dat de leesrichting verandert (U+{ord(bidi):04X}), waardoor de tekst er anders "
            "uitziet dan hij is"
            if bidi
            else "een stuurteken (zoals een escape-code)"
        )
        self.problem(line, f"Het veld '{key}' bevat {what}; haal het weg.")
        return True

    def problems_list(self) -> list[Problem]:
        return self.out.problems

    def text(self, node: Any, key: str, line: int, required: bool = True) -> str | None:
        value = node.get(key)
        if value is None:
            if required:
                self.problem(node.line, f"Het veld '{key}' ontbreekt.")
            return None
        if not isinstance(value, str):
            self.problem(line, f"Het veld '{key}' moet tekst zijn, geen {_kind_of(value)}.")
            return None
        if not value.strip():
            self.problem(line, f"Het veld '{key}' is leeg.")
            return None
        if self.control(line, key, value):
            return None
        return value.strip()

    def unknown_keys(self, node: Any, allowed: tuple[str, ...]) -> None:
        for key in node:
            if key not in allowed:
                guess = closest(key, allowed)
                hint = f" Bedoelt u '{guess}'?" if guess else f" Toegestaan: {', '.join(allowed)}."
                self.problem(node.key_lines.get(key), f"Onbekend veld '{key}'.{hint}")


def _kind_of(value: Any) -> str:
    if isinstance(value, list):
        return "lijst"
    if isinstance(value, dict):
        return "blok met velden"
    if isinstance(value, bool):
        return "ja/nee-waarde"
    if isinstance(value, (int, float)):
        return "getal"
    return "lege waarde"


# What files read: (label, bytes) -> FileContent. Parsing and checking a file costs some 3 ms; a process that
# loads the same libraries again (a check, then a search index; a test run) reads each unchanged file once.
# Keyed on the content itself, so an edit is always seen, also one of the same size in the same clock tick.
_READ: dict[tuple[str, bytes], FileContent] = {}
KEEP = 8_000_000  # bytes of files kept; beyond that the list starts again (a test of random files, many libraries)


def read_file(path: Path, label: str | None = None) -> FileContent:
    """Parse and check one file; every problem found is collected, none is raised."""
    name = label or str(path)
    try:
        raw = safeyaml.read_limited(path)
    except safeyaml.YamlProblem as exc:
        return FileContent(name, problems=[Problem(name, exc.line, exc.message)])
    found = _READ.get((name, raw))
    if found is None:
        if sum(len(key[1]) for key in _READ) + len(raw) > KEEP:
            _READ.clear()
        found = _READ[(name, raw)] = _read_content(name, raw)
    return dataclasses.replace(
        found,
        categories=list(found.categories),
        situations=list(found.situations),
        phrases=list(found.phrases),
        references=list(found.references),
        problems=list(found.problems),
    )


def _read_content(name: str, raw: bytes) -> FileContent:
    reader = _Reader(name)
    try:
        data: Any = safeyaml.loads(safeyaml.decode(raw))
    except safeyaml.YamlProblem as exc:
        reader.problem(exc.line, exc.message)
        return reader.out
    if data is None:
        reader.problem(None, "Het bestand is leeg.")
    elif not isinstance(data, LineDict):
        reader.problem(
            getattr(data, "line", 1), "Het bestand moet beginnen met velden zoals 'vaardigheid:' en 'zinnen:'."
        )
    elif "zinnen" in data or "vaardigheid" in data:
        _read_skill_file(reader, data)
    elif "situaties" in data:
        _read_terms(reader, data, "situaties", "situatie", reader.out.situations)
    elif "soorten" in data:
        _read_terms(reader, data, "soorten", "soort", reader.out.categories)
    else:
        reader.problem(
            data.line, "Onbekend soort bestand: verwacht 'vaardigheid' en 'zinnen', 'situaties' of 'soorten'."
        )
    return reader.out


def _read_terms(reader: _Reader, data: Any, list_key: str, slug_key: str, out: list[Term]) -> None:
    reader.unknown_keys(data, (list_key,))
    items: Any = data[list_key]
    if not isinstance(items, LineList):
        reader.problem(data.key_lines.get(list_key), f"'{list_key}' moet een lijst zijn.")
        return
    for item, line in zip(items, items.item_lines, strict=True):
        if not isinstance(item, LineDict):
            reader.problem(line, f"Elk onderdeel van '{list_key}' moet velden hebben ({slug_key}, titel, uitleg).")
            continue
        reader.unknown_keys(item, (slug_key, "titel", "uitleg", "trefwoorden"))
        slug = reader.text(item, slug_key, item.key_lines.get(slug_key, line))
        title = reader.text(item, "titel", item.key_lines.get("titel", line))
        explanation = reader.text(item, "uitleg", item.key_lines.get("uitleg", line), required=False) or ""
        keywords = item.get("trefwoorden") or []
        where = item.key_lines.get("trefwoorden", line)
        if not isinstance(keywords, list) or not all(isinstance(k, str) for k in keywords):
            reader.problem(where, "'trefwoorden' moet een lijst met woorden zijn.")
            keywords = []
        elif any(reader.control(where, "trefwoorden", k) for k in keywords):
            keywords = []
        if slug and not ID_PATTERN.match(slug):
            reader.problem(line, f"'{slug}' mag alleen kleine letters, cijfers en streepjes bevatten.")
        elif slug and title:
            out.append(Term(slug, title, explanation, tuple(keywords)))


def _read_skill_file(reader: _Reader, data: Any) -> None:
    reader.unknown_keys(data, SKILL_FILE_KEYS)
    skill = reader.text(data, "vaardigheid", data.key_lines.get("vaardigheid", data.line))
    if skill is not None and skill not in SKILLS:
        reader.problem(data.key_lines["vaardigheid"], unknown("vaardigheid", skill, SKILLS))
        skill = None
    if skill:
        title = data.get("titel") if isinstance(data.get("titel"), str) else SKILLS[skill]
        explanation = data.get("uitleg") if isinstance(data.get("uitleg"), str) else ""
        title = SKILLS[skill] if reader.control(data.key_lines.get("titel"), "titel", title) else title
        explanation = "" if reader.control(data.key_lines.get("uitleg"), "uitleg", explanation) else explanation
        reader.out.skill = Term(skill, title.strip(), explanation.strip())
    phrases: Any = data.get("zinnen")
    if phrases is None:
        reader.problem(data.line, "Het veld 'zinnen' ontbreekt.")
        return
    if not isinstance(phrases, LineList):
        reader.problem(data.key_lines.get("zinnen"), "'zinnen' moet een lijst zijn (elke zin begint met '- id:').")
        return
    for item, line in zip(phrases, phrases.item_lines, strict=True):
        if not isinstance(item, LineDict):
            reader.problem(line, "Elke zin moet velden hebben: id, soort, situaties, tekst, waarom.")
            continue
        phrase = _read_phrase(reader, item, line, skill)
        if phrase is not None:
            reader.out.phrases.append(phrase)


def _read_phrase(reader: _Reader, item: Any, line: int, skill: str | None) -> Phrase | None:
    count = len(reader.problems_list())
    reader.unknown_keys(item, PHRASE_KEYS)
    lines = item.key_lines
    phrase_id = reader.text(item, "id", lines.get("id", line))
    if phrase_id and not ID_PATTERN.match(phrase_id):
        reader.problem(
            lines.get("id", line), f"De id '{phrase_id}' mag alleen kleine letters, cijfers en streepjes bevatten."
        )
    category = reader.text(item, "soort", lines.get("soort", line))
    situations = item.get("situaties") or []
    if isinstance(situations, str):
        situations = [situations]
    if not isinstance(situations, list) or not all(isinstance(s, str) for s in situations):
        reader.problem(
            lines.get("situaties", line), "'situaties' moet een lijst met namen zijn, zoals [boze-ouder, deurgesprek]."
        )
        situations = []
    text_u, text_je, text_jullie = _read_text(reader, item, line)
    when, parent_says = (_read_moments(reader, item, key, line) for key in MOMENT_KEYS)
    why = reader.text(item, "waarom", lines.get("waarom", line), required=False) or ""
    broken = len(reader.problems_list()) > count or not (phrase_id and category and skill and text_u and text_je)
    # The names of categories and situations are checked once the whole library is known; also for a phrase
    # with other problems (index -1), so that `check` reports everything wrong with it in one run.
    index = -1 if broken else len(reader.out.phrases)
    if category:
        reader.out.references.append((index, lines.get("soort", line), category, "soort"))
    for name in situations:
        reader.out.references.append((index, lines.get("situaties", line), name.strip(), "situatie"))
    if broken or not (phrase_id and category and skill and text_u and text_je):
        return None
    return Phrase(
        id=phrase_id,
        skill=skill,
        category=category,
        situations=tuple(s.strip() for s in situations),
        text_u=text_u,
        text_je=text_je,
        text_jullie=text_jullie or "",
        why=why,
        when=when,
        parent_says=parent_says,
        source=reader.out.path,
        line=line,
    )


def _read_moments(reader: _Reader, item: Any, key: str, line: int) -> tuple[str, ...]:
    """`wanneer` and `ouder_zegt`: one to three short texts (a single text is allowed too)."""
    value = item.get(key)
    where = item.key_lines.get(key, line)
    if value is None:
        return ()
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        reader.problem(where, f"'{key}' moet een lijst met korte zinnen zijn, zoals [\"ouder blijft maar praten\"].")
        return ()
    if any(reader.control(where, key, v) for v in value):
        return ()
    if len(value) > MAX_MOMENTS:
        reader.problem(where, f"'{key}' heeft {len(value)} regels; houd het bij hoogstens {MAX_MOMENTS}.")
        return ()
    return tuple(v.strip() for v in value)


def _read_text(reader: _Reader, item: Any, line: int) -> tuple[str | None, str | None, str | None]:
    value: Any = item.get("tekst")
    where = item.key_lines.get("tekst", line)
    text_jullie: str | None = None
    if isinstance(value, LineDict):
        reader.unknown_keys(value, ("u", "je", "jullie"))
        text_u = reader.text(value, "u", value.key_lines.get("u", where))
        text_je = reader.text(value, "je", value.key_lines.get("je", where))
        text_jullie = reader.text(value, "jullie", value.key_lines.get("jullie", where), required=False)
        for form, text in (("u", text_u), ("je", text_je), ("jullie", text_jullie)):
            wrong = foreign_words(text or "", form)
            if wrong:
                reason = (
                    "de je-vorm spreekt één ouder aan; 'jullie' hoort in de jullie-vorm"
                    if wrong[0].lower() == "jullie" and form == "je"
                    else "één tekst mengt u en je nooit"
                )
                reader.problem(value.key_lines.get(form, where), f"De {form}-vorm bevat '{wrong[0]}': {reason}.")
    else:
        text_u = text_je = reader.text(item, "tekst", where)
        if text_u and (foreign_words(text_u, "u") and foreign_words(text_u, "je")):
            reader.problem(where, "Deze tekst mengt u en je; geef een aparte u-, je- en jullie-vorm.")
        text_jullie = text_u
    for text in {text_u or "", text_je or "", text_jullie or ""}:
        for name in unknown_placeholders(text):
            guess = closest(name, tuple(PLACEHOLDERS))
            allowed = ", ".join(f"{{{n}}}" for n in PLACEHOLDERS)
            hint = f" Bedoelt u {{{guess}}}?" if guess else f" Toegestaan: {allowed}."
            reader.problem(where, f"Onbekende invulplek {{{name}}}.{hint}")
    return text_u, text_je, text_jullie
