"""YAML as users and tools write it: typed plain scalars with both parsers, aliases, bombs, huge and odd files."""

from __future__ import annotations

import os
import tracemalloc

import pytest
import yaml
from helpers import ROOT, write
from hypothesis import given, settings
from hypothesis import strategies as st

from oudergesprek import safeyaml

LOADERS = [yaml.SafeLoader] + ([yaml.CSafeLoader] if hasattr(yaml, "CSafeLoader") else [])


@pytest.fixture(params=LOADERS, ids=lambda loader: loader.__name__)
def loader(request):
    return request.param


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a: ~", None),
        ("a: null", None),
        ("a: NULL", None),
        ("a:", None),
        ("a: true", True),
        ("a: false", False),
        ("a: False", False),
        ("a: 3", 3),
        ("a: -12", -12),
        ("a: 2.5", 2.5),
        ("a: Sanne", "Sanne"),
        ("a: '~'", "~"),
        ('a: "null"', "null"),
        ("a: 'false'", "false"),
        ("a: '3'", "3"),
        ("a: ja", "ja"),  # YAML 1.2: only true/false are booleans
        ("a: 2026-11-23", "2026-11-23"),
    ],
)
def test_plain_scalars_are_typed_and_quoted_ones_are_text(loader, text, expected):
    value = safeyaml.loads(text + "\n", loader)["a"]
    assert value == expected and type(value) is type(expected)


# NEL, LS and PS are line breaks in YAML 1.1 itself, folded to a space in a scalar: not ours to keep.
# A lone surrogate (category Cs) is no text at all: no UTF-8 file can hold one, and safeyaml refuses it.
_NOT_YAML_TEXT = "\x85\u2028\u2029"


@settings(max_examples=150, deadline=None)
@given(
    st.one_of(
        st.none(),
        st.booleans(),
        st.integers(-(10**9), 10**9),
        st.text(st.characters(blacklist_characters=_NOT_YAML_TEXT, blacklist_categories=("Cs",)), max_size=40),
    )
)
def test_both_parsers_read_back_what_pyyaml_wrote(value):
    text = yaml.safe_dump({"a": value, "lijst": [value, value]}, allow_unicode=True)
    for loader in LOADERS:
        data = safeyaml.loads(text, loader)
        assert data["a"] == value and type(data["a"]) is type(value)
        assert data["lijst"] == [value, value]


def test_a_null_child_is_missing_not_a_tilde(cli, isolated):
    source = (ROOT / "examples" / "slecht-nieuws.yaml").read_text(encoding="utf-8")
    lines = [("kind: ~" if line.startswith("kind:") else line) for line in source.splitlines()]
    answers = write(isolated / "a.yaml", "\n".join(lines) + "\n")
    result = cli("prep", "--answers", str(answers), "--output", str(isolated / "s.md"))
    assert result.exit_code == 2
    assert "'kind' ontbreekt" in result.output
    assert not (isolated / "s.md").exists()


def test_a_null_phrase_text_is_missing_not_the_word_null(cli, isolated):
    lib = isolated / "lib"
    write(
        lib / "eigen.yaml",
        "vaardigheid: regie-houden\nzinnen:\n  - id: school-leeg\n    soort: grens\n"
        "    situaties: [boze-ouder]\n    tekst: null\n",
    )
    result = cli("check", str(lib))
    assert result.exit_code == 1
    assert "'tekst' ontbreekt" in result.stdout


def test_verplicht_false_is_not_required(isolated):
    from oudergesprek.interview.questions import _question

    question = _question(safeyaml.loads("sleutel: x\nvraag: Iets?\nverplicht: false\n"))
    assert question.required is False
    question = _question(safeyaml.loads("sleutel: x\nvraag: Iets?\nverplicht: true\n"))
    assert question.required is True


# --- anchors and aliases -------------------------------------------------------------------------------


def test_a_school_file_written_by_safe_dump_with_shared_objects_is_accepted(cli, isolated):
    situations = ["boze-ouder", "deurgesprek"]  # one list object shared by two phrases: safe_dump anchors it
    data = {
        "vaardigheid": "regie-houden",
        "zinnen": [
            {"id": f"school-gedeeld-{n}", "soort": "begrenzen", "situaties": situations, "tekst": f"Zin {n}."}
            for n in (1, 2)
        ],
    }
    text = yaml.safe_dump(data, allow_unicode=True)
    assert "&" in text and "*" in text
    lib = isolated / "lib"
    write(lib / "gedeeld.yaml", text)
    result = cli("check", str(lib))
    assert result.exit_code == 0, result.output
    assert "Alles in orde" in result.stdout


def test_alias_bomb_is_refused_quickly_in_dutch(loader):
    levels = ["a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    levels += [f"a{n}: &a{n} [{', '.join([f'*a{n - 1}'] * 10)}]" for n in range(1, 10)]
    with pytest.raises(safeyaml.YamlProblem) as problem:  # unbounded, it would build 10^10 items
        safeyaml.loads("\n".join(levels) + "\n", loader)
    assert "te veel onderdelen" in problem.value.message


def test_aliases_read_as_the_same_values(loader):
    data = safeyaml.plain(safeyaml.loads("a: &x [1, twee]\nb: *x\nc: &n Sanne\nd: *n\n", loader))
    assert data == {"a": [1, "twee"], "b": [1, "twee"], "c": "Sanne", "d": "Sanne"}


def test_an_alias_inside_its_own_anchor_is_refused(loader):
    with pytest.raises(safeyaml.YamlProblem):
        safeyaml.loads("a: &x [1, *x]\n", loader)


# --- huge and odd files --------------------------------------------------------------------------------


def test_a_huge_file_is_refused_without_reading_it(cli, isolated):
    lib = isolated / "lib"
    lib.mkdir()
    huge = lib / "groot.yaml"
    with open(huge, "wb") as handle:  # sparse: 3 GB on paper, nothing on disk
        handle.truncate(3_000_000_000)
    tracemalloc.start()
    try:
        result = cli("check", str(lib))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 50_000_000, peak  # read whole, it took 3 GB of memory (and 15 s)
    assert result.exit_code == 1
    assert "te groot (3000 MB; de grens is 5 MB)" in result.stdout


def test_reading_stops_after_the_limit_even_if_stat_lies(isolated, monkeypatch):
    path = write(isolated / "a.yaml", "a: " + "x" * 200 + "\n")
    with pytest.raises(safeyaml.YamlProblem) as problem:
        safeyaml.read_limited(path, limit=100)
    assert "te groot" in problem.value.message


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_check_reports_a_fifo_and_a_folder_named_yaml(cli, isolated):
    lib = isolated / "lib"
    lib.mkdir()
    os.mkfifo(lib / "pijp.yaml")
    (lib / "map.yaml").mkdir()
    (lib / ".yaml").mkdir()
    result = cli("check", str(lib))
    assert result.exit_code == 1
    assert "Alles in orde" not in result.stdout
    assert "pijp.yaml: Dit is geen gewoon bestand" in result.stdout
    assert "map.yaml: Dit is een map" in result.stdout
    assert "/.yaml: Dit is een map" in result.stdout


def test_a_raw_escape_byte_in_a_library_file_is_reported_with_its_line(cli, isolated):
    """YAML itself refuses such a character; the report said only "geen geldige YAML", without a line."""
    lib = isolated / "lib"
    write(lib / "eigen.yaml", "vaardigheid: regie-houden\nzinnen:\n  - id: x\n    tekst: Ik bel u \x1b[8m morgen.\n")
    result = cli("check", str(lib))
    assert result.exit_code == 1, result.output
    assert "eigen.yaml:4" in result.stdout and "stuurteken (U+001B)" in result.stdout, result.stdout


def test_a_control_character_after_accented_lines_is_reported_on_its_own_line(loader):
    """libyaml gives the position in bytes of UTF-8: after lines with accents, the line and the code point
    must still be right (the report said line 4 and no code)."""
    text = "a: éééééé\nb: ééééé\nc: x\x07y\n"
    with pytest.raises(safeyaml.YamlProblem) as problem:
        safeyaml.loads(text, loader)
    assert problem.value.line == 3
    assert "U+0007" in problem.value.message
