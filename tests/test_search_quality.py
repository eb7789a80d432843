"""Our own evaluation: realistic teacher queries should find a fitting phrase near the top."""

from __future__ import annotations

import pytest
from search_eval import QUERIES, fits
from search_eval_blind import BLIND


@pytest.mark.parametrize("query", ["idee", "ideeën", "IDEEEN", "huilen", "huilt", "samenvaten", "kwaad", "boos"])
def test_word_forms_accents_typos_and_case_all_find_something(cli, query):
    assert cli.json("phrase", query), query


def test_forms_of_one_word_find_the_same_phrases(cli):
    assert cli.json("phrase", "huilen") == cli.json("phrase", "huilt")
    assert cli.json("phrase", "ideeën") == cli.json("phrase", "IDEEEN")


def test_split_and_joined_words_meet(cli):
    joined = [r["soort"] for r in cli.json("phrase", "ontvangstbevestiging")]
    split = [r["soort"] for r in cli.json("phrase", "ontvangst bevestiging")]
    assert joined[0] == split[0] == "ontvangstbevestiging"


def test_synonyms_from_the_data_file(cli):
    assert cli.json("phrase", "woedend", "--soort", "erkenning")
    assert any(r["soort"] == "begrenzen" for r in cli.json("phrase", "scheldt")[:3])


def test_hit_rate_on_realistic_queries(cli, capsys):
    first = top3 = 0
    misses = []
    for query, kinds, situations in QUERIES:
        records = cli.json("phrase", query, "--limit", "3")
        hits = [fits(r, kinds, situations) for r in records]
        first += bool(hits and hits[0])
        top3 += any(hits)
        if not any(hits):
            misses.append((query, [r["id"] for r in records]))
    total = len(QUERIES)
    with capsys.disabled():
        print(f"\nzoekkwaliteit: {top3}/{total} in de eerste drie, {first}/{total} als eerste; gemist: {misses}")
    assert total >= 40
    assert top3 / total >= 0.9, misses
    assert first / total >= 0.7


def test_hit_rate_on_queries_written_without_seeing_the_library(cli, capsys):
    first = top3 = 0
    for query, kinds, situations in BLIND:
        hits = [fits(r, kinds, situations) for r in cli.json("phrase", query, "--limit", "3")]
        first += bool(hits and hits[0])
        top3 += any(hits)
    total = len(BLIND)
    with capsys.disabled():
        print(f"\nblinde zoekvragen: {top3}/{total} in de eerste drie, {first}/{total} als eerste")
    assert top3 / total >= 0.9
    assert first / total >= 0.7
