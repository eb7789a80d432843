"""The built-in library itself: size, spread, both forms, spelling, and only our own words."""

from __future__ import annotations

import re
import subprocess
from collections import Counter
from pathlib import Path

import yaml
from helpers import ROOT, needs

from oudergesprek.fill import placeholders_in
from oudergesprek.forms import foreign_words
from oudergesprek.library import Source, builtin_dir, load
from oudergesprek.model import SKILLS

LIB = load([Source("ingebouwd", builtin_dir(), builtin=True)])
# Correct words that the Dutch hunspell dictionary does not know.
SPELLING_ALLOWED = {"Leary", "Eén", "belmoment", "haal", "Rolhelderheid", "tienminutengesprek", "Ayşe", "config"}


def test_library_loads_without_problems():
    assert LIB.problems == []


def test_at_least_200_phrases_25_per_skill_and_8_per_kind():
    assert len(LIB.phrases) >= 200
    per_skill = Counter(p.skill for p in LIB.phrases)
    per_kind = Counter(p.kind for p in LIB.phrases)
    assert set(per_skill) == set(SKILLS) and min(per_skill.values()) >= 25, per_skill
    assert len(LIB.kinds) == 13 and all(per_kind[k] >= 8 for k in LIB.kinds), per_kind


def test_every_situation_has_phrases_and_every_phrase_a_why():
    per_situation = Counter(s for p in LIB.phrases for s in p.situations)
    assert all(per_situation[s] >= 5 for s in LIB.situations), per_situation
    assert all(len(p.why) > 20 for p in LIB.phrases)


def test_u_and_je_forms_are_complete_and_never_mixed():
    for phrase in LIB.phrases:
        assert not foreign_words(phrase.text_u, "u"), phrase.id
        assert not foreign_words(phrase.text_je, "je"), phrase.id
        assert placeholders_in(phrase.text_u) == placeholders_in(phrase.text_je), phrase.id


def _words(text: str) -> set[str]:
    text = re.sub(r"\{\w+\}", "Sanne", text)
    return {w.strip("'-") for w in re.findall(r"[\w'’-]+", text) if w.strip("'-") and not w.isdigit()}


def _strings(value: object) -> set[str]:
    """Every word in the texts of a data file (questions, explanations, choices)."""
    if isinstance(value, dict):
        return set().union(*(_strings(v) for v in value.values())) if value else set()
    if isinstance(value, list):
        return set().union(*(_strings(v) for v in value)) if value else set()
    if isinstance(value, str) and " " in value:
        return _words(value)
    return set()


def _texts_of(path: Path) -> object:
    """What a data file shows the user; of the rehearsal checklist only the texts, not its patterns."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    if path.name == "oefenregels.yaml":
        rules = data["goed"] + data["tips"]
        return [data["checklist"], *[rule.get(key, "") for rule in rules for key in ("naam", "tekst", "oefenen")]]
    return data


@needs("hunspell")
def test_spelling_with_a_dutch_dictionary():
    words: set[str] = set()
    for phrase in LIB.phrases:
        texts = (phrase.text_u, phrase.text_je, phrase.text_jullie, phrase.why, *phrase.when, *phrase.parent_says)
        words |= _words("\n".join(texts))
    for term in [*LIB.kinds.values(), *LIB.situations.values(), *LIB.skills.values()]:
        words |= _words(f"{term.title}\n{term.explanation}")
    for data in (ROOT / "oudergesprek" / "data").glob("*.yaml"):
        if data.name != "synoniemen.yaml":  # search words, stored without accents on purpose
            words |= _strings(_texts_of(data))
    done = subprocess.run(
        ["hunspell", "-d", "nl_NL", "-l"], input="\n".join(sorted(words)), capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    unknown = set(done.stdout.split()) - SPELLING_ALLOWED
    assert not unknown, f"unknown to the Dutch dictionary: {sorted(unknown)}"


def test_no_eight_word_run_from_the_source_articles():
    seeds = ROOT.parent / "shared" / "seeds"
    assert seeds.is_dir(), "the source articles live beside the repository, in ../shared/seeds: clone it there"

    def words(text: str) -> list[str]:
        return re.findall(r"\w+", text.lower())

    grams = set()
    for seed in seeds.glob("*.txt"):
        w = words(seed.read_text(encoding="utf-8"))
        grams |= {tuple(w[i : i + 8]) for i in range(len(w) - 7)}
    data = list((ROOT / "oudergesprek" / "data").glob("*.yaml")) + list((ROOT / "examples").glob("*.yaml"))
    for path in list(Path(builtin_dir()).rglob("*.yaml")) + data + [ROOT / "README.md"]:
        w = words(path.read_text(encoding="utf-8"))
        copied = [" ".join(w[i : i + 8]) for i in range(len(w) - 7) if tuple(w[i : i + 8]) in grams]
        assert not copied, f"{path.name} repeats a source article: {copied[:3]}"
