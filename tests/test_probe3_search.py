"""A look-up with one endless word (a pasted link or code) costs time in proportion to its length (third probe).

Splitting a compound stemmed every prefix of the word: 10,000 letters took 15 s, 30,000 letters two minutes and
700 MB. The tests count the letters stemmed instead of timing; bench/long_words.py prints the times.
"""

from __future__ import annotations

import pytest
import yaml
from helpers import ROOT, write

from oudergesprek.search import textnorm

LONG = 50  # longer than any Dutch word: only the endless word itself, its prefixes or its suffixes are this long


@pytest.fixture
def stemmed(monkeypatch) -> list[int]:
    """The length of every long word stemmed from now on (the cache of stems starts empty)."""
    lengths: list[int] = []
    stem = textnorm._stem

    def counting(word: str) -> str:
        if len(word) > LONG:
            lengths.append(len(word))
        return stem(word)

    monkeypatch.setattr(textnorm, "_STEMS", {})
    monkeypatch.setattr(textnorm, "_stem", counting)
    return lengths


@pytest.mark.parametrize("size", [2_000, 8_000])
def test_phrase_with_one_endless_word_stems_it_a_few_times_only(cli, stemmed, size):
    word = "q" * size
    result = cli("phrase", word)
    assert result.exit_code == 1, result.output
    assert "Niets gevonden" in result.output
    # Before: every prefix and every suffix, about size² letters (64 million for 8,000); now a few times the word.
    assert sum(stemmed) <= 5 * size, sum(stemmed)


def test_phrase_still_finds_a_word_beside_an_endless_link(cli, stemmed):
    result = cli("phrase", "ouder huilt https://school.nl/" + "x" * 8_000, "-n", "1")
    assert result.exit_code == 0, result.output
    assert sum(stemmed) <= 5 * 8_000


def test_prep_with_a_pasted_endless_word_stems_it_a_few_times_only(cli, isolated, stemmed):
    """prep ranks the library with the same index, using the teacher's own words."""
    answers = yaml.safe_load((ROOT / "examples" / "boze-ouder.yaml").read_text(encoding="utf-8"))
    answers["voorkennis"] = "Vader stuurde deze link: https://school.nl/" + "z" * 1_000
    path = write(isolated / "a.yaml", yaml.safe_dump(answers, allow_unicode=True))
    result = cli("prep", "--answers", str(path), "--output", str(isolated / "s.md"))
    assert result.exit_code == 0, result.output
    assert sum(stemmed) <= 10 * 1_000, sum(stemmed)  # before: half a million


def test_compounds_are_still_split():
    """A compound typed as one word where the library has two words still finds them."""
    from oudergesprek.search import engine

    left, right = textnorm.stem("ontvangst"), textnorm.stem("bevestiging")
    index = {"postings": {left: (b"", b""), right: (b"", b"")}, "count": 1, "weights": [1.0], "ids": "I", "codes": "B"}
    searcher = engine.Searcher(index)
    assert searcher._split("ontvangstbevestiging") == [left, right]
    assert searcher._split("ontvangst" * 10 + "bevestiging") == []  # no Dutch word is this long
