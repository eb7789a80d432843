"""The rehearsal checklist as data: what trainers listen for, read from `oudergesprek/data/oefenregels.yaml`.

That file explains its own keys at the top. This module turns it into rules with compiled patterns and
says plainly what is wrong with a broken file; `feedback` applies the rules to an answer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from oudergesprek import paths

CALMER = "kalmer"
SHARPER = "feller"
SCOPES = ("tekst", "vraagzinnen", "eerste_zin", "laatste_zin")
Patterns = tuple[re.Pattern[str], ...]


class RulesProblem(ValueError):
    """The rules file is broken: a message that names what is wrong."""


@dataclass(frozen=True)
class Rule:
    """One check: what it looks for, and what the teacher reads when it applies."""

    id: str
    name: str
    text: str
    practise: str = ""
    skill: str = ""
    effect: str = ""
    scope: str = "tekst"
    when: Patterns = ()
    also: Patterns = ()
    unless: Patterns = ()
    not_in_sentence: Patterns = ()
    not_before: Patterns = ()
    after: Patterns = ()
    remark: Patterns = ()
    remark_unless: Patterns = ()
    situations: tuple[str, ...] = ()
    not_situations: tuple[str, ...] = ()
    sentence_words: int = 0
    words: int = 0
    max_words: int = 0
    min_words: int = 0
    times: int = 1
    minor: bool = False
    text_forms: tuple[tuple[str, str], ...] = ()  # (je or jullie, text) where a quote speaks to the parent
    practise_forms: tuple[tuple[str, str], ...] = ()

    def text_in(self, form: str) -> str:
        """The tip in this form of address to the parent: its quotes say je or jullie where the round does."""
        return dict(self.text_forms).get(form, self.text)

    def practise_in(self, form: str) -> str:
        return dict(self.practise_forms).get(form, self.practise)


@dataclass(frozen=True)
class Heat:
    exclamation: float = 1.0
    capitals: float = 1.0
    parts: tuple[tuple[float, Patterns], ...] = ()
    categories: tuple[tuple[str, float], ...] = ()


@dataclass(frozen=True)
class Comparison:
    """The tip for an answer the checklist finds nothing in, but that looks like answers trainers found weak."""

    rule: Rule
    text_with_reason: str  # with {reden}: what a trainer wrote about the closest weak answer
    neighbours: int
    weak_share: float
    reason_from: float


@dataclass(frozen=True)
class Rules:
    checklist: str
    good: tuple[Rule, ...]
    tips: tuple[Rule, ...]
    escalate_until_limit: tuple[str, ...] = ()
    heat: Heat = field(default_factory=Heat)
    comparison: Comparison | None = None

    @property
    def every(self) -> tuple[Rule, ...]:
        """Every rule, in the order of the file: the good points, the tips, and the comparison's tip."""
        return self.good + self.tips + ((self.comparison.rule,) if self.comparison else ())

    def rule(self, rule_id: str) -> Rule | None:
        return next((r for r in self.every if r.id == rule_id), None)


def rules_file() -> Path:
    return paths.shipped("oefenregels.yaml")


@lru_cache(maxsize=4)
def load_rules(path: Path | None = None) -> Rules:
    """The checklist from its YAML file; a broken file raises RulesProblem with the reason."""
    from oudergesprek import safeyaml

    path = path or rules_file()
    try:
        data = safeyaml.plain(safeyaml.load_file(path))
    except safeyaml.YamlProblem as problem:
        raise RulesProblem(f"{path}: {problem.message}") from None
    try:
        return _rules(data)
    except (KeyError, TypeError, AttributeError, re.error) as error:
        raise RulesProblem(f"{path}: de regels kloppen niet ({type(error).__name__}: {error}).") from None


def _compile(pattern: str) -> re.Pattern[str]:
    """A regular expression, or `alle: daar + niet + over + ga/gaat`: all these words in one sentence, in any
    order (Dutch puts the verb second in a main clause and last in a subclause), `/` between alternatives,
    each a regular expression for a whole word."""
    if not pattern.startswith("alle:"):
        return re.compile(pattern)
    parts = [part.strip() for part in pattern[len("alle:") :].split("+")]
    if not all(parts):
        raise KeyError(f"lege woordgroep in {pattern!r}")
    return re.compile("^" + "".join(rf"(?=.*\b(?:{'|'.join(p.split('/'))})\b)" for p in parts))


def _forms(raw: dict[str, Any], key: str) -> tuple[tuple[str, str], ...]:
    """`tekst_je`, `oefenen_jullie` and so on: the same text for a round in the je- or jullie-form."""
    return tuple((form, str(raw[f"{key}_{form}"])) for form in ("je", "jullie") if raw.get(f"{key}_{form}"))


def _rules(data: dict[str, Any]) -> Rules:
    groups = {str(name): [str(p) for p in patterns] for name, patterns in dict(data.get("groepen") or {}).items()}

    def patterns(values: Any) -> Patterns:
        out: list[re.Pattern[str]] = []
        for value in values or ():
            value = str(value)
            if value.startswith("@"):
                if value[1:] not in groups:
                    raise KeyError(f"onbekende groep {value}")
                out.extend(_compile(p) for p in groups[value[1:]])
            else:
                out.append(_compile(value))
        return tuple(out)

    def rule(raw: dict[str, Any]) -> Rule:
        scope = str(raw.get("bereik") or "tekst")
        if scope not in SCOPES:
            raise KeyError(f"onbekend bereik {scope}")
        effect = str(raw.get("effect") or "")
        if effect not in ("", CALMER, SHARPER):
            raise KeyError(f"onbekend effect {effect}")
        return Rule(
            id=str(raw["id"]),
            name=str(raw["naam"]),
            text=str(raw["tekst"]),
            practise=str(raw.get("oefenen") or ""),
            skill=str(raw.get("vaardigheid") or ""),
            effect=effect,
            scope=scope,
            when=patterns(raw.get("als")),
            also=patterns(raw.get("en")),
            unless=patterns(raw.get("behalve")),
            not_in_sentence=patterns(raw.get("niet_in_zin")),
            not_before=patterns(raw.get("niet_eerder")),
            after=patterns(raw.get("daarna")),
            remark=patterns(raw.get("opmerking")),
            remark_unless=patterns(raw.get("opmerking_behalve")),
            situations=tuple(str(s) for s in raw.get("situaties") or ()),
            not_situations=tuple(str(s) for s in raw.get("situaties_behalve") or ()),
            sentence_words=int(raw.get("woorden_zin") or 0),
            words=int(raw.get("woorden") or 0),
            max_words=int(raw.get("woorden_max") or 0),
            min_words=int(raw.get("woorden_min") or 0),
            times=int(raw.get("keer") or 1),
            minor=bool(raw.get("bijzaak")),
            text_forms=_forms(raw, "tekst"),
            practise_forms=_forms(raw, "oefenen"),
        )

    raw_heat = dict(data.get("hitte") or {})
    heat = Heat(
        exclamation=float(raw_heat.get("uitroepteken", 1)),
        capitals=float(raw_heat.get("hoofdletters", 1)),
        parts=tuple((float(part["gewicht"]), patterns(part["patronen"])) for part in raw_heat.get("delen") or ()),
        categories=tuple((str(k), float(v)) for k, v in dict(raw_heat.get("soorten") or {}).items()),
    )
    raw_comparison = data.get("vergelijking")
    comparison = None
    if raw_comparison:
        comparison = Comparison(
            rule=rule(raw_comparison),
            text_with_reason=str(raw_comparison.get("tekst_met_reden") or raw_comparison["tekst"]),
            neighbours=int(raw_comparison.get("buren") or 7),
            weak_share=float(raw_comparison.get("aandeel") or 0.8),
            reason_from=float(raw_comparison.get("reden_vanaf") or 0.35),
        )
    return Rules(
        checklist=str(data["checklist"]),
        good=tuple(rule(r) for r in data["goed"]),
        tips=tuple(rule(r) for r in data["tips"]),
        escalate_until_limit=tuple(str(s) for s in data.get("escaleren_tot_grens") or ()),
        heat=heat,
        comparison=comparison,
    )
