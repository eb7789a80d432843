"""The preparation as data: which questions, in which order, for which situation; and answer checks."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from oudergesprek import paths, safeyaml
from oudergesprek.errors import UsageError
from oudergesprek.names import has_visible

REQUIRED = ("situatie", "kind", "ouders", "aanspreekvorm")
TYPES = ("tekst", "lijst", "keuze", "zin", "datum")


def answer_text(value: Any) -> str:
    """An answer as one line of text: a list joined with '; ', nothing as ''."""
    if value is None:
        return ""
    if isinstance(value, list):
        return "; ".join(str(v) for v in value)
    return str(value).strip()


@dataclass(frozen=True)
class Question:
    key: str
    prompt: str
    help: str = ""
    type: str = "tekst"
    skill: str = ""
    situations: tuple[str, ...] = ()
    not_for: tuple[str, ...] = ()
    required: bool = False
    max: int = 0
    choices: tuple[str, ...] = ()
    default: str = ""
    categories: tuple[str, ...] = ()
    phase: str = ""  # the part of the talk it belongs to: a heading on screen
    asked: bool = True  # False: filled from settings, the family's plan, gesprekken.yaml or the best phrase
    after: tuple[Question, ...] = ()  # follow-up questions under the same number
    only_if_filled: bool = False  # a follow-up asked only when its question got an answer

    def applies_to(self, situation: str) -> bool:
        if self.situations and situation not in self.situations:
            return False
        return situation not in self.not_for


@dataclass
class Flow:
    basics: list[Question]
    questions: list[Question]
    phases: dict[str, Any] = field(default_factory=dict)

    def for_situation(self, situation: str) -> list[Question]:
        """The basics, then every question that applies, each key once (first match wins)."""
        seen: set[str] = set()
        out = []
        for question in self.basics + self.questions:
            if question.key in seen or not question.applies_to(situation):
                continue
            seen.add(question.key)
            seen.update(sub.key for sub in question.after if sub.applies_to(situation))
            out.append(question)
        return out

    def asked(self, situation: str) -> list[Question]:
        """The questions put to the teacher for this situation, in the order of the talk."""
        return [q for q in self.for_situation(situation) if q.asked]

    def known(self) -> dict[str, Question]:
        """Every key an answers file may hold, follow-ups included (the first question of a key wins)."""
        out: dict[str, Question] = {}
        for question in self.basics + self.questions:
            for q in (question, *question.after):
                out.setdefault(q.key, q)
        return out

    def timing(self, situation: str) -> list[tuple[Any, int]]:
        """The phases of the talk with their minutes; a phase is a text, or {ouder:, ouders:} (see talk.entry)."""
        value = self.phases.get(situation, "standaard")
        for _ in range(3):
            if isinstance(value, str):
                value = self.phases.get(value, self.phases.get("standaard", []))
        return [
            (row[0] if isinstance(row[0], dict) else str(row[0]), int(row[1]))
            for row in value
            if isinstance(row, list) and len(row) == 2
        ]


def questions_file() -> Path:
    """The user's adapted questions if present, else the shipped ones."""
    own = paths.config_dir() / "vragen.yaml"
    if own.is_file():
        return own
    return paths.shipped("vragen.yaml")


def _question(raw: Any) -> Question:
    def strings(value: Any) -> tuple[str, ...]:
        if value is None:
            return ()
        return tuple(str(v) for v in (value if isinstance(value, list) else [value]))

    qtype = str(raw.get("type", "tekst"))
    if qtype not in TYPES or not raw.get("sleutel") or not raw.get("vraag"):
        raise UsageError(f"Een vraag in het vragenbestand klopt niet (regel {getattr(raw, 'line', '?')}).")
    return Question(
        key=str(raw["sleutel"]),
        prompt=str(raw["vraag"]),
        help=str(raw.get("uitleg") or ""),
        type=qtype,
        skill=str(raw.get("vaardigheid") or ""),
        situations=strings(raw.get("situaties")),
        not_for=strings(raw.get("niet_bij")),
        required=bool(raw.get("verplicht")),
        max=int(raw.get("max") or 0),
        choices=strings(raw.get("keuzes")),
        default=str(raw.get("standaard") or ""),
        categories=strings(raw.get("soort")),
        phase=str(raw.get("fase") or ""),
        asked=str(raw.get("gevraagd", True)).lower() != "false",
        after=tuple(_question(sub) for sub in (raw.get("daarna") or [])),
        only_if_filled=bool(raw.get("alleen_als_gevuld")),
    )


def load_flow(path: Path | None = None) -> Flow:
    path = path or questions_file()
    try:
        data = safeyaml.load_file(path)
        return Flow(
            basics=[_question(q) for q in data["basis"]],
            questions=[_question(q) for q in data["vragen"]],
            phases=dict(data.get("verloop") or {}),
        )
    except safeyaml.YamlProblem as problem:
        where = f"{path}:{problem.line}" if problem.line else str(path)
        raise UsageError(f"Het vragenbestand {where} kan niet worden gelezen: {problem.message}") from None
    except (KeyError, TypeError, ValueError, AttributeError):
        raise UsageError(f"Het vragenbestand {path} mist 'basis' of 'vragen', of een vraag klopt niet.") from None


def answer_problems(answers: Any, situations: dict, flow: Flow) -> list[str]:
    """Everything wrong with an answers file, as a list of Dutch lines (empty: all fine)."""
    if not isinstance(answers, dict):
        return ["Het bestand moet velden bevatten, zoals 'kind: Sanne'."]
    problems = []
    for key in REQUIRED:
        value = answers.get(key)
        if value is None or (isinstance(value, str) and not value.strip()):
            problems.append(f"'{key}' ontbreekt.")
        elif isinstance(value, str) and not has_visible(value):
            problems.append(f"'{key}' ontbreekt: er staan alleen onzichtbare tekens.")
    situation = answers.get("situatie")
    if situation is not None and not isinstance(situation, str):
        problems.append("'situatie' moet één naam zijn, zoals slecht-nieuws.")
    elif situation is not None and situation not in situations:
        from oudergesprek.errors import unknown

        problems.append(unknown("situatie", situation, situations))
    known = flow.known()
    return problems + field_problems(answers, known, {"situatie", "concept"})


def field_problems(answers: dict, known: dict[str, Question], skip: set[str]) -> list[str]:
    """Unknown keys, and values of the wrong shape for their question (shared by every answers file)."""
    problems = []
    for key, value in answers.items():
        if key in skip:
            continue
        question = known.get(key)
        if question is None:
            from oudergesprek.errors import closest

            guess = closest(str(key), known)
            problems.append(f"Onbekend veld '{key}'." + (f" Bedoelt u '{guess}'?" if guess else ""))
        elif question.type == "lijst":
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                problems.append(f"'{key}' moet een lijst met regels zijn.")
            elif question.max and len(value) > question.max:
                problems.append(f"'{key}' heeft {len(value)} regels; hoogstens {question.max}.")
        elif value is not None and not isinstance(value, (str, int, float)):
            problems.append(f"'{key}' moet tekst zijn, geen lijst of blok.")
        elif question.type == "keuze" and value is not None and str(value) not in question.choices:
            from oudergesprek.errors import unknown

            problems.append(unknown(f"waarde voor '{key}':", value, question.choices))
    return problems
