"""Our own evaluation: realistic teacher queries should find a fitting phrase near the top."""

from __future__ import annotations

import json

import pytest
import yaml
from helpers import ROOT
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


def test_a_separable_verb_finds_the_kind_it_names(cli):
    # "rond ... af" is afronden, which is what closing a talk is called
    assert [r["soort"] for r in cli.json("phrase", "hoe rond ik een gesprek netjes af", "-n", "3")] == ["afsluiten"] * 3
    assert cli.json("phrase", "hoe vat ik samen wat de moeder zei", "-n", "1")[0]["soort"] == "samenvatten"


def test_quoted_words_of_a_parent_find_the_phrase_that_answers_them(cli):
    (first,) = cli.json("phrase", '"dit blijft toch tussen ons?"', "-n", "1")
    assert any("tussen ons" in remark for remark in first["ouder_zegt"]), first


def test_each_result_shows_the_moment_that_fits_the_look_up(cli):
    result = cli("phrase", "vader scheldt de juf uit", "-n", "3")
    assert result.exit_code == 0
    assert result.output.count("Als: ") == 3


def test_a_look_up_in_english_or_nonsense_says_so_in_dutch(cli):
    for query in ("the parent is angry and shouting", "😡😡", "!!!???", "xq zzv"):
        result = cli("phrase", query)
        assert result.exit_code == 1, query
        assert "Niets gevonden" in result.output and "Traceback" not in result.output


def test_an_empty_look_up_explains_what_to_type(cli):
    result = cli("phrase", "  ")
    assert result.exit_code == 1
    assert "Wat zoekt u?" in result.output


def test_a_look_up_with_few_known_words_is_marked_as_a_guess(cli):
    result = cli("phrase", "boos voetbaltrainer zaterdagochtend kantine")
    assert result.exit_code == 0
    assert "Geen zin die hier echt bij past" in result.output


def test_a_very_long_look_up_still_answers(cli):
    result = cli("phrase", "moeder huilt aan de deur " * 2000, "-n", "1", "--json")
    assert result.exit_code == 0 and len(json.loads(result.stdout)) == 1


@pytest.fixture(scope="module")
def top3():
    """The first three records for a look-up, as `phrase --json --limit 3` gives them, from one loaded
    catalog: the hit-rate tests ask hundreds of questions, and loading the library each time adds nothing."""
    from oudergesprek.search.catalog import load_catalog
    from oudergesprek.search.lookup import Filters, as_record, look_up

    catalog = load_catalog(use_cache=False)
    return lambda query: [as_record(p, catalog.library, "u", {}) for p in look_up(catalog, query, Filters(), 3).phrases]


def test_the_in_process_look_up_gives_what_the_command_prints(cli, top3):
    for query in ("vader scheldt de juf uit", "hoe rond ik een gesprek netjes af", '"dit blijft toch tussen ons?"'):
        assert top3(query) == cli.json("phrase", query, "--limit", "3"), query


def _blind_half(name: str) -> list[dict]:
    return yaml.safe_load((ROOT / "tests" / "data" / f"zoekvragen_{name}.yaml").read_text(encoding="utf-8"))[
        "zoekvragen"
    ]


@pytest.mark.parametrize(("half", "top3_at_least", "first_at_least"), [("dev", 0.78, 0.62), ("test", 0.85, 0.62)])
def test_blind_look_ups_from_four_writers(top3, capsys, half, top3_at_least, first_at_least):
    """320 look-ups by four writers who never saw the library, split once: tuned on dev, reported on test.
    The floors are the figures measured when the search was last changed, less a small margin."""
    queries = _blind_half(half)
    first = in_top3 = 0
    for item in queries:
        categories = [r["soort"] for r in top3(item["vraag"])]
        first += bool(categories and categories[0] in item["soorten"])
        in_top3 += any(category in item["soorten"] for category in categories)
    total = len(queries)
    with capsys.disabled():
        print(f"\nblind ({half}): {in_top3}/{total} in de eerste drie, {first}/{total} als eerste")
    assert total == 160
    assert in_top3 / total >= top3_at_least
    assert first / total >= first_at_least


def test_hit_rate_on_realistic_queries(top3, capsys):
    first = in_top3 = 0
    misses = []
    for query, categories, situations in QUERIES:
        records = top3(query)
        hits = [fits(r, categories, situations) for r in records]
        first += bool(hits and hits[0])
        in_top3 += any(hits)
        if not any(hits):
            misses.append((query, [r["id"] for r in records]))
    total = len(QUERIES)
    with capsys.disabled():
        print(f"\nzoekkwaliteit: {in_top3}/{total} in de eerste drie, {first}/{total} als eerste; gemist: {misses}")
    assert total >= 40
    assert in_top3 / total >= 0.88, misses
    assert first / total >= 0.7


def test_hit_rate_on_queries_written_without_seeing_the_library(top3, capsys):
    first = in_top3 = 0
    for query, categories, situations in BLIND:
        hits = [fits(r, categories, situations) for r in top3(query)]
        first += bool(hits and hits[0])
        in_top3 += any(hits)
    total = len(BLIND)
    with capsys.disabled():
        print(f"\nblinde zoekvragen: {in_top3}/{total} in de eerste drie, {first}/{total} als eerste")
    assert in_top3 / total >= 0.76
    assert first / total >= 0.60
