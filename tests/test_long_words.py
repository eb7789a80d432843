"""An endless word (a long web address) is wrapped in linear time and reported by `check`."""

from __future__ import annotations

from helpers import write

from oudergesprek.render.layout import Engine
from oudergesprek.render.measure import Run


def _library(folder, word: str):
    return write(
        folder / "eigen.yaml",
        "vaardigheid: regie-houden\nzinnen:\n  - id: school-link\n    soort: begrenzen\n"
        f"    situaties: [boze-ouder]\n    tekst: Lees het beleid op {word} als u wilt.\n",
    )


def test_wrapping_a_very_long_word_is_linear_and_loses_nothing(monkeypatch):
    """Measuring every prefix of the word took minutes (n² characters measured); now about n·log n."""
    engine = Engine()
    text = "Zie https://school.nl/" + "a" * 16_000 + " en verder."
    measured = []
    measure = engine._measure
    monkeypatch.setattr(engine, "_measure", lambda piece, bold: measured.append(len(piece)) or measure(piece, bold))
    lines = engine.wrap([Run(text, 9)], 60)
    assert sum(measured) < 20 * len(text), sum(measured)  # the quadratic way measured over 100 million
    pieces = [piece for line in lines for _, piece, _ in line]
    assert "".join(pieces).replace(" ", "") == text.replace(" ", "")
    assert all(engine.width(piece, Run(piece, 9)) <= 60 + 1e-6 for line in lines for _, piece, _ in line)
    assert len(engine._widths) < 50  # no cache entry per prefix


def test_cheatsheet_with_a_long_link_finishes(cli, isolated, monkeypatch):
    lib = isolated / "lib"
    _library(lib, "https://school.nl/" + "x" * 4_000)
    monkeypatch.setenv("OUDERGESPREK_LIBRARY", str(lib))
    result = cli("cheatsheet", "--zin", "school-link", "--output", str(isolated / "spiek.pdf"))
    # a 4,000-character link takes more than a page: said in Dutch, never a hang or a traceback
    assert result.exit_code in (0, 2), result.output
    assert result.exit_code == 0 or "te lang voor de pagina" in result.output
    assert "Traceback" not in result.output


def test_check_warns_about_a_word_wider_than_a_column(cli, isolated):
    lib = isolated / "lib"
    _library(lib, "https://school.nl/" + "x" * 300)
    result = cli("check", str(lib))
    assert result.exit_code == 1
    assert "te breed voor een kolom" in result.stdout
    assert "eigen.yaml:3" in result.stdout


def test_check_accepts_ordinary_long_dutch_words(cli, isolated):
    lib = isolated / "lib"
    _library(lib, "arbeidsongeschiktheidsverzekering")
    result = cli("check", str(lib))
    assert result.exit_code == 0, result.output


def test_the_shipped_letter_widths_are_those_of_the_pdf_font():
    """`check` reads the widths of Latin letters from a table instead of loading the font: the table must be
    the font's, or a word could pass `check` and still be cut on paper."""
    import json

    from oudergesprek.render import style

    table = json.loads(style.font_file("latin-widths.json").read_text("utf-8"))["breedtes"]
    engine = Engine()
    printable = [chr(c) for c in range(0x20, 0x250) if chr(c).isprintable()]
    assert sorted(table) == sorted(printable)
    assert all(abs(table[c] - engine._measure(c, False)) < 1e-4 for c in printable)


def test_check_measures_a_word_of_wide_letters_that_the_table_cannot_pass(cli, isolated):
    lib = isolated / "lib"
    _library(lib, "ǱǱǱǱǱ" * 5)
    result = cli("check", str(lib))
    assert result.exit_code == 1
    assert "te breed voor een kolom" in result.stdout
