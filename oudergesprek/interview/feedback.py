"""Feedback on a rehearsal answer: a checklist of what trainers listen for, as rules over Dutch text.

The rules, their patterns and their tip texts live in `oudergesprek/data/oefenregels.yaml` (see the
explanation at the top of that file). This module only reads them and applies them: no terminal, no
files written, and any text at all gives feedback rather than an error.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

from oudergesprek import paths
from oudergesprek.search.textnorm import fold

CALMER = "kalmer"
SHARPER = "feller"
SCOPES = ("tekst", "vraagzinnen", "eerste_zin", "laatste_zin")
_SENTENCE_END = re.compile(r"(?<=[.?!;])\s+|\n+")
_WORD = re.compile(r"\w+")
_QUOTES = str.maketrans({"\u201c": '"', "\u201d": '"', "\u201e": '"', "\u2018": "'", "\u2019": "'", "\u2026": "..."})
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


@dataclass(frozen=True)
class Feedback:
    """What one answer did well, and the tips: each a rule from the checklist."""

    good: tuple[Rule, ...]
    tips: tuple[Rule, ...]

    def has(self, rule_id: str) -> bool:
        return any(rule.id == rule_id for rule in self.good + self.tips)


# --- reading the rules ----------------------------------------------------------------------------------


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


# --- applying them --------------------------------------------------------------------------------------


def normal(text: str) -> str:
    """Lower case, no accents or apostrophes, straight quotes, single spaces within a line."""
    text = fold(str(text).translate(_QUOTES))
    return "\n".join(" ".join(line.split()) for line in text.splitlines() if line.strip())


@dataclass(frozen=True)
class _Text:
    whole: str
    sentences: tuple[tuple[int, str], ...]  # (offset in `whole`, sentence)
    words: int
    longest: int

    @classmethod
    def of(cls, text: str) -> _Text:
        whole = normal(text)
        sentences: list[tuple[int, str]] = []
        start = 0
        for match in _SENTENCE_END.finditer(whole):
            if whole[start : match.start()].strip():
                sentences.append((start, whole[start : match.start()]))
            start = match.end()
        if whole[start:].strip():
            sentences.append((start, whole[start:]))
        counts = [len(_WORD.findall(s)) for _, s in sentences] or [0]
        return cls(whole, tuple(sentences), sum(counts), max(counts))

    def units(self, scope: str) -> list[tuple[int, str]]:
        if scope == "vraagzinnen":
            return [(o, s) for o, s in self.sentences if s.rstrip().endswith("?")]
        if scope == "eerste_zin":
            return list(self.sentences[:1])
        if scope == "laatste_zin":
            return list(self.sentences[-1:])
        return list(self.sentences)


def _any(patterns: Patterns, text: str) -> bool:
    return any(p.search(text) for p in patterns)


def _first(patterns: Patterns, text: str) -> int | None:
    found = [m.start() for p in patterns if (m := p.search(text))]
    return min(found) if found else None


def applies(rule: Rule, answer: _Text, remark: str, situation: str) -> bool:
    if rule.situations and situation not in rule.situations:
        return False
    if situation in rule.not_situations:
        return False
    if rule.remark and not _any(rule.remark, remark):
        return False
    if rule.remark_unless and _any(rule.remark_unless, remark):
        return False
    if rule.unless and _any(rule.unless, answer.whole):
        return False
    if rule.also and not _any(rule.also, answer.whole):
        return False
    if rule.max_words and not (0 < answer.words <= rule.max_words):
        return False
    if rule.min_words and answer.words < rule.min_words:
        return False
    if rule.sentence_words or rule.words:
        too_long = (rule.sentence_words and answer.longest > rule.sentence_words) or (
            rule.words and answer.words > rule.words
        )
        if not too_long:
            return False
    if not rule.when:
        return True
    if rule.times > 1 and _count(rule, answer) < rule.times:
        return False
    first = _first_match(rule, answer)
    if first is None:
        return False
    if rule.not_before:
        other = _first(rule.not_before, answer.whole)
        if other is not None and other <= first:
            return False
    return True


def _count(rule: Rule, answer: _Text) -> int:
    """How often the rule's patterns match in the sentences it may count in."""
    return sum(
        len(pattern.findall(sentence))
        for _, sentence in answer.units(rule.scope)
        if not (rule.not_in_sentence and _any(rule.not_in_sentence, sentence))
        for pattern in rule.when
    )


def _following(answer: _Text, index: int, rest: str) -> str:
    """The rest of a sentence, and the first word of the next one: "Dat snap ik. Maar ..." joins like ", maar"."""
    if index + 1 < len(answer.sentences):
        next_words = answer.sentences[index + 1][1].split()[:1]
        return f"{rest} {' '.join(next_words)}"
    return rest


def _first_match(rule: Rule, answer: _Text) -> int | None:
    """Where the rule's pattern first matches in a sentence it may count in, or None."""
    best: int | None = None
    starts = {offset: n for n, (offset, _) in enumerate(answer.sentences)}
    for offset, sentence in answer.units(rule.scope):
        if rule.not_in_sentence and _any(rule.not_in_sentence, sentence):
            continue
        for pattern in rule.when:
            for match in pattern.finditer(sentence):
                if rule.after and not _any(rule.after, _following(answer, starts[offset], sentence[match.end() :])):
                    continue
                if best is None or offset + match.start() < best:
                    best = offset + match.start()
                break
    return best


def check(
    answer: str,
    remark: str = "",
    situation: str = "",
    rules: Rules | None = None,
    leave_out: frozenset[str] = frozenset(),
    compare: bool = True,
) -> Feedback:
    """The checklist applied to one answer to one remark of a parent, in a situation.

    When no check gives a tip, the answer is compared with the labelled answers (see `likeness`), leaving
    out those of the files in `leave_out`: that is how a file of labelled answers is measured honestly.
    Without `compare` (a phrase picked from a library, which the library holds up as good) only the
    checklist speaks.
    """
    rules = rules or load_rules()
    text = _Text.of(answer)
    said = normal(remark)
    good = tuple(r for r in rules.good if applies(r, text, said, situation))
    if all(r.minor for r in good):
        good = ()
    tips = tuple(r for r in rules.tips if applies(r, text, said, situation))
    if not tips and compare and rules.comparison and text.words:
        tips = _compared(answer, rules.comparison, leave_out)
    return Feedback(good, tips)


def _compared(answer: str, comparison: Comparison, leave_out: frozenset[str]) -> tuple[Rule, ...]:
    from oudergesprek.interview import likeness

    found = likeness.likeness(answer, comparison.neighbours, leave_out)
    if found is None or found.weak_share < comparison.weak_share:
        return ()
    closest = found.closest_weak
    # The reason a trainer gave fits only an answer that says nearly the same: as similar as `reden_vanaf`,
    # and not a much longer answer whose weak part this one may not have.
    if (
        closest
        and closest.why
        and found.similarity >= comparison.reason_from
        and len(closest.answer.split()) <= 2 * len(answer.split())
    ):
        text = comparison.text_with_reason.replace("{reden}", closest.why)
        return (replace(comparison.rule, text=text, text_forms=()),)
    return (comparison.rule,)


def sets_limit(feedback: Feedback) -> bool:
    return feedback.has("grens")


def direction(feedback: Feedback, situation: str, rules: Rules | None = None) -> int:
    """How the parent takes this answer: -1 calmer, +1 sharper, 0 about the same.

    In the situations that escalate until a limit is set, no limit means sharper.
    """
    rules = rules or load_rules()
    if situation in rules.escalate_until_limit:
        return -1 if sets_limit(feedback) else 1
    if any(rule.effect == SHARPER for rule in feedback.tips):
        return 1
    if any(rule.effect == CALMER for rule in feedback.good):
        return -1
    return 0


def heat(remark: str, categories: Iterable[str] = (), rules: Rules | None = None) -> float:
    """How sharp a parent's remark sounds: from the remark itself and the categories of phrase that answer it."""
    rules = rules or load_rules()
    spec = rules.heat
    raw = str(remark)
    score = spec.exclamation * min(raw.count("!"), 2)
    shouted = [w for w in re.findall(r"[^\W\d_]{2,}", raw) if w.isupper()]
    score += spec.capitals * min(len(shouted), 2)
    said = normal(raw)
    score += sum(weight for weight, patterns in spec.parts if _any(patterns, said))
    weights = dict(spec.categories)
    score += max((weights.get(category, 0.0) for category in categories), default=0.0)
    return round(score, 2)


# --- over a whole round ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Summary:
    shown: tuple[tuple[str, int], ...]  # (name of what went well, how often), most first
    practise: Rule | None  # the tip that came most often


def summary(ids: Sequence[tuple[Sequence[str], Sequence[str]]], rules: Rules | None = None) -> Summary:
    """From (good ids, tip ids) per answer: which skills showed, and one thing to practise."""
    rules = rules or load_rules()
    order = {rule.id: n for n, rule in enumerate(rules.every)}
    good = Counter(i for goods, _ in ids for i in goods if rules.rule(i))
    tips = Counter(i for _, tip_ids in ids for i in tip_ids if rules.rule(i))
    minor = {rule.id for rule in rules.good if rule.minor}
    shown = sorted(good.items(), key=lambda item: (item[0] in minor, -item[1], order[item[0]]))
    top = sorted(tips.items(), key=lambda item: (-item[1], order[item[0]]))
    named = tuple((rules.rule(i).name, n) for i, n in shown if rules.rule(i))  # type: ignore[union-attr]
    return Summary(named, rules.rule(top[0][0]) if top else None)
