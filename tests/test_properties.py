"""Property tests: whatever text or bytes a library file holds, the reader answers cleanly."""

from __future__ import annotations

import functools
import string

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from oudergesprek import safeyaml
from oudergesprek.library.files import read_file
from oudergesprek.library.fill import BLANK, fill
from oudergesprek.search.textnorm import fold, stem

yaml_alphabet = st.sampled_from(list(string.printable) + ["é", "ë", "\ufeff", "…", "&", "*", "!", "\t"])
yaml_like = st.text(alphabet=yaml_alphabet, max_size=300)

scalars = st.one_of(st.none(), st.booleans(), st.integers(), st.text(max_size=30))
structures = st.recursive(
    scalars, lambda c: st.lists(c, max_size=4) | st.dictionaries(st.text(max_size=10), c, max_size=4), max_leaves=20
)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(yaml_like)
def test_loads_returns_data_or_a_dutch_problem(text):
    try:
        safeyaml.loads(text)
    except safeyaml.YamlProblem as problem:
        assert problem.message and (problem.line is None or problem.line >= 1)


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(st.binary(max_size=400))
def test_read_file_never_raises_on_arbitrary_bytes(tmp_path, data):
    path = tmp_path / "willekeurig.yaml"
    path.write_bytes(data)
    content = read_file(path)
    assert all(str(p).startswith(str(path)) for p in content.problems)


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(structures)
def test_any_structure_is_validated_without_crashing(tmp_path, value):
    import yaml

    path = tmp_path / "structuur.yaml"
    path.write_text(yaml.safe_dump({"vaardigheid": "regie-houden", "zinnen": value}), encoding="utf-8")
    content = read_file(path)
    for phrase in content.phrases:
        assert phrase.id and phrase.text_u and phrase.text_je


@given(st.text(max_size=60), st.dictionaries(st.sampled_from(["kind", "onderwerp", "datum"]), st.text(max_size=10)))
def test_fill_leaves_no_known_placeholder_behind(text, values):
    out = fill(text + " {kind} {onderwerp}", values)
    assert "{kind}" not in out and "{onderwerp}" not in out
    if not (values.get("kind") or "").strip():
        assert BLANK in out


@given(st.text(max_size=20))
def test_stem_never_grows_a_word(word):
    folded = fold(word)
    assert len(stem(folded)) <= len(folded)


def test_deep_nesting_is_refused_quickly():
    try:
        safeyaml.loads("[" * 100_000 + "]" * 100_000)
    except safeyaml.YamlProblem as problem:
        assert "diep" in problem.message
    else:
        raise AssertionError("expected a problem")


answer_values = st.one_of(
    scalars, st.lists(scalars, max_size=5), st.dictionaries(st.text(max_size=5), scalars, max_size=3)
)
answer_maps = st.dictionaries(
    st.sampled_from(["kind", "ouders", "aanspreekvorm", "situatie", "feiten", "doel", "stijl", "onbekend"]),
    answer_values,
    max_size=8,
)


@functools.cache
def situations_and_flow() -> tuple:
    """What answer_problems checks against: the same for every example, so read once."""
    from oudergesprek.interview.questions import load_flow
    from oudergesprek.search.catalog import load_catalog

    return load_catalog().library.situations, load_flow()


@settings(max_examples=200)
@given(st.one_of(answer_maps, structures))
def test_answer_checks_return_dutch_lines_for_any_structure(answers):
    from oudergesprek.interview.questions import answer_problems

    problems = answer_problems(answers, *situations_and_flow())
    assert isinstance(problems, list) and all(isinstance(p, str) and p for p in problems)
    if not isinstance(answers, dict):
        assert problems


@settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(yaml_like)
def test_any_answers_file_gives_a_script_or_a_clear_refusal(tmp_path, text):
    from typer.testing import CliRunner

    from oudergesprek.cli.app import app

    path = tmp_path / "antwoorden.yaml"
    path.write_text(text, encoding="utf-8")
    out = tmp_path / "script.txt"
    result = CliRunner().invoke(app, ["prep", "--answers", str(path), "--output", str(out), "--force"])
    assert result.exit_code in (0, 2), result.output
    assert "Traceback" not in result.output


@settings(max_examples=40, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(
    st.sampled_from(["reflect", "plan"]),
    st.one_of(yaml_like, structures.map(lambda v: __import__("yaml").safe_dump(v))),
)
def test_reflect_and_plan_answers_files_never_crash(tmp_path, command, text):
    from typer.testing import CliRunner

    from oudergesprek.cli.app import app

    path = tmp_path / "antwoorden.yaml"
    path.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(app, [command, "--answers", str(path)])
    assert result.exit_code in (0, 1, 2), result.output
    assert "Traceback" not in result.output and "niet had mogen gebeuren" not in result.output


def test_an_unfilled_blank_at_the_end_of_a_sentence_gets_no_extra_full_stop():
    assert fill("We praten weer op {datum}. Klopt dat?", {}) == "We praten weer op … Klopt dat?"
    assert fill("We praten weer op {datum}.", {"datum": "12 januari"}) == "We praten weer op 12 januari."
