"""Feedback on a rehearsal answer: the checklist of what trainers listen for, applied to Dutch text.

The rules come from `checklist` (the file `oudergesprek/data/oefenregels.yaml`). This module applies
them: no terminal, no files written, and any text at all gives feedback rather than an error.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from oudergesprek.interview.checklist import CALMER, SHARPER, Comparison, Patterns, Rule, Rules, load_rules
from oudergesprek.search.textnorm import fold

_SENTENCE_END = re.compile(r"(?<=[.?!;])\s+|\n+")
_WORD = re.compile(r"\w+")
_QUOTES = str.maketrans({"\u201c": '"', "\u201d": '"', "\u201e": '"', "\u2018": "'", "\u2019": "'", "\u2026": "..."})


@dataclass(frozen=True)
class Feedback:
    """What one answer did well, and the tips: each a rule from the checklist."""

    good: tuple[Rule, ...]
    tips: tuple[Rule, ...]

    def has(self, rule_id: str) -> bool:
        return any(rule.id == rule_id for rule in self.good + self.tips)


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
