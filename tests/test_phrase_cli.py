"""`oudergesprek phrase` through the CLI, as a teacher would use it."""

from __future__ import annotations

from oudergesprek.search.catalog import load_catalog


def test_query_finds_fitting_phrases_with_kind_skill_and_why(cli):
    result = cli("phrase", "ouder is boos")
    assert result.exit_code == 0
    assert "1." in result.stdout and "Waarom:" in result.stdout
    assert "Boze ouder" in result.stdout


def test_json_has_the_documented_fields_best_first(cli):
    records = cli.json("phrase", "slecht nieuws")
    assert records, "expected results"
    assert set(records[0]) >= {"id", "vaardigheid", "soort", "situaties", "tekst", "waarom"}
    assert records[0]["soort"] == "slecht-nieuws"
    assert len(records) == 5  # the default limit for a query


def test_child_name_is_filled_in_and_unfilled_placeholders_show_a_blank(cli):
    named = cli.json("phrase", "--situatie", "slecht-nieuws", "--kind", "Ayşe")
    with_name = [r for r in named if "Ayşe" in r["tekst"]]
    assert with_name, "some bad-news phrases use the child's name"
    unnamed = cli.json("phrase", "--situatie", "slecht-nieuws")
    assert any("…" in r["tekst"] for r in unnamed)
    assert not any("{kind}" in r["tekst"] for r in named + unnamed)


def test_form_of_address_is_honoured(cli):
    u_texts = " ".join(r["tekst"] for r in cli.json("phrase", "--soort", "erkenning"))
    je_texts = " ".join(r["tekst"] for r in cli.json("phrase", "--soort", "erkenning", "--aanspreekvorm", "je"))
    assert " u " in f" {u_texts} " and " je " not in f" {u_texts.lower()} "
    assert " je " in f" {je_texts.lower()} " and " u " not in f" {je_texts.lower()} "


def test_no_query_lists_everything_that_matches_the_filters(cli):
    lib = load_catalog().library
    expected = [p.id for p in lib.phrases if p.category == "begrenzen" and "verbale-agressie" in p.situations]
    records = cli.json("phrase", "--soort", "begrenzen", "--situatie", "verbale-agressie")
    assert [r["id"] for r in records] == expected
    assert len(cli.json("phrase")) == len(lib.phrases)


def test_filters_narrow_a_query(cli):
    records = cli.json("phrase", "boos", "--vaardigheid", "regie-houden", "--limit", "20")
    assert records and all(r["vaardigheid"] == "regie-houden" for r in records)


def test_nothing_found_is_friendly_and_exits_1(cli):
    result = cli("phrase", "qwxzzy")
    assert result.exit_code == 1
    assert "Niets gevonden" in result.stderr and "Beschrijf" in result.stderr
    result = cli("phrase", "qwxzzy", "--json")
    assert result.exit_code == 1 and result.stdout.strip() == "[]"


def test_unknown_filter_value_gets_a_suggestion_and_exit_2(cli):
    result = cli("phrase", "--soort", "ontvangst")
    assert result.exit_code == 2
    assert "Bedoelt u 'ontvangstbevestiging'?" in result.stderr
    result = cli("phrase", "--aanspreekvorm", "jij")
    assert result.exit_code == 2 and "Kies 'u', 'je'" in result.stderr


def test_bad_option_is_dutch_and_never_a_traceback(cli):
    result = cli("phrase", "--limiet", "3")
    assert result.exit_code == 2
    assert "Onbekende optie --limiet" in result.stderr
    assert "Traceback" not in result.output
    result = cli("phrase", "boos", "--limit", "veel")
    assert result.exit_code == 2 and "getal" in result.stderr


def test_help_is_dutch(cli):
    result = cli("phrase", "--help")
    assert result.exit_code == 0
    for word in ("Gebruik:", "Opties", "aanspreekvorm", "Toon deze hulp"):
        assert word in result.stdout
    assert "Show this message" not in result.stdout and "Usage" not in result.stdout


def test_the_first_three_are_the_best_phrases_of_the_three_best_supported_categories(cli):
    from oudergesprek.search.engine import Searcher

    catalog = load_catalog()
    searcher = Searcher(catalog.index)
    for query in ("ouder is boos", "ouder huilt", "hoe rond ik een gesprek af", "boze papa deur", "te laat"):
        shown = cli.json("phrase", query, "--limit", "5")
        hits = searcher.search(query, None, catalog.library.phrases)
        scores: dict[str, list[float]] = {}
        for hit in hits:
            scores.setdefault(hit.phrase.category, []).append(hit.score)
        evidence = {category: sum(sorted(values, reverse=True)[:5]) for category, values in scores.items()}
        ranked = sorted(evidence, key=lambda c: -evidence[c])
        leading = [c for c in ranked[:3] if evidence[c] >= 0.5 * evidence[ranked[0]]]
        # the best supported categories lead, each with its best phrase, in order of their evidence
        assert [record["soort"] for record in shown[: len(leading)]] == leading, (query, shown)
        for record in shown[: len(leading)]:
            top = max(hit.score for hit in hits if hit.phrase.category == record["soort"])
            assert next(h.score for h in hits if h.phrase.id == record["id"]) == top, (query, record["id"])
